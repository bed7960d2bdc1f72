package org.desist.safeguarding.web;

import static org.desist.safeguarding.web.SafeguardingForms.optionalDate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.Option;
import org.desist.safeguarding.PanelReferral;
import org.desist.safeguarding.Safeguarding;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The question pages of the risk panel's work: referring the child to the panel, recording the panel's sitting
 * and decisions (from the version read: the stale-record panel when someone saved first), and a vulnerability
 * management plan. Every page works without JavaScript (POST-redirect-GET).
 */
@Controller
class PanelPages {

    private final Safeguarding safeguarding;
    private final ChildRecords children;
    private final SafeguardingForms forms;
    private final Clock clock;

    PanelPages(Safeguarding safeguarding, ChildRecords children, SafeguardingForms forms, Clock clock) {
        this.safeguarding = safeguarding;
        this.children = children;
        this.forms = forms;
        this.clock = clock;
    }

    // Risk panel referrals ---------------------------------------------------------------------------------

    @GetMapping("/children/{id}/safeguarding/referrals/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newReferral(@PathVariable UUID id, Model model) {
        children.visible(id);
        ReferralForm form = new ReferralForm();
        form.setReferredOn(DateParts.of(LocalDate.now(clock)));
        return referralPage(id, null, form, null, model);
    }

    @PostMapping("/children/{id}/safeguarding/referrals")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String refer(@PathVariable UUID id, @ModelAttribute("form") ReferralForm form, BindingResult binding, Model model) {
        children.visible(id);
        Safeguarding.NewReferral request = referral(form, binding);
        return forms.save(
                id,
                binding,
                model,
                ReferralForm.FIELD_ORDER,
                null,
                "referred",
                () -> safeguarding.refer(children.responsibleChild(id), request),
                () -> referralPage(id, null, form, binding, model));
    }

    @GetMapping("/safeguarding/referrals/{referralId}/edit")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String editReferral(@PathVariable UUID referralId, Model model) {
        PanelReferral referral = safeguarding.referral(referralId);
        ReferralForm form = new ReferralForm();
        form.setVersion(referral.version());
        form.setReferredOn(DateParts.of(referral.referredOn()));
        form.setReason(referral.reason());
        form.setPanelDate(DateParts.of(referral.panelDate()));
        form.setDecisions(referral.decisions());
        return referralPage(referral.childId(), referral, form, null, model);
    }

    @PostMapping("/safeguarding/referrals/{referralId}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String updateReferral(
            @PathVariable UUID referralId,
            @ModelAttribute("form") ReferralForm form,
            BindingResult binding,
            Model model) {
        PanelReferral referral = safeguarding.referral(referralId);
        Safeguarding.NewReferral request = referral(form, binding);
        return forms.save(
                referral.childId(),
                binding,
                model,
                ReferralForm.FIELD_ORDER,
                form::setVersion,
                "panel",
                () -> safeguarding.updateReferral(referralId, form.getVersion(), request),
                () -> referralPage(referral.childId(), referral, form, binding, model));
    }

    private String referralPage(
            UUID childId, PanelReferral referral, ReferralForm form, BindingResult binding, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute(
                "action",
                referral == null
                        ? "/children/" + childId + "/safeguarding/referrals"
                        : "/safeguarding/referrals/" + referral.id());
        model.addAttribute("heading", referral == null ? "Refer to the risk panel" : "Risk panel referral");
        return forms.page(
                childId, form, binding, ReferralForm.FIELD_ORDER, ReferralForm.DATE_FIELDS, "referral-form", model);
    }

    private static Safeguarding.NewReferral referral(ReferralForm form, BindingResult binding) {
        return new Safeguarding.NewReferral(
                FormErrors.date(form.getReferredOn(), "referredOn", "the date of the referral", binding),
                form.getReason(),
                optionalDate(form.getPanelDate(), "panelDate", "the date of the panel", binding),
                form.getDecisions());
    }

    // VMPs -------------------------------------------------------------------------------------------------

    @GetMapping("/children/{id}/safeguarding/plans/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newPlan(@PathVariable UUID id, Model model) {
        children.visible(id);
        PlanForm form = new PlanForm();
        form.setPlanDate(DateParts.of(LocalDate.now(clock)));
        return planPage(id, form, null, model);
    }

    @PostMapping("/children/{id}/safeguarding/plans")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String plan(@PathVariable UUID id, @ModelAttribute("form") PlanForm form, BindingResult binding, Model model) {
        children.visible(id);
        Safeguarding.NewPlan request = new Safeguarding.NewPlan(
                FormErrors.date(form.getPlanDate(), "planDate", "the date of the plan", binding),
                form.getVulnerabilities(),
                form.getContingency(),
                FormErrors.date(form.getReviewOn(), "reviewOn", "the review date", binding),
                form.getReferredToPanel() == null ? null : "yes".equals(form.getReferredToPanel()));
        return forms.save(
                id,
                binding,
                model,
                PlanForm.FIELD_ORDER,
                null,
                "planned",
                () -> safeguarding.plan(children.responsibleChild(id), request),
                () -> planPage(id, form, binding, model));
    }

    private String planPage(UUID childId, PlanForm form, BindingResult binding, Model model) {
        model.addAttribute("yesNo", List.of(new Option("yes", "Yes"), new Option("no", "No")));
        return forms.page(childId, form, binding, PlanForm.FIELD_ORDER, PlanForm.DATE_FIELDS, "plan-form", model);
    }
}
