package org.desist.safeguarding.web;

import static org.desist.safeguarding.web.SafeguardingForms.optionalDate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.Option;
import org.desist.safeguarding.ChildProtectionConcern;
import org.desist.safeguarding.ConcernDetails;
import org.desist.safeguarding.ReportMethod;
import org.desist.safeguarding.Safeguarding;
import org.desist.safeguarding.SocialCareContact;
import org.desist.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Recording a child protection concern and, later, its reporting and social care's response (from the version
 * read: the stale-record panel when someone saved first). Works without JavaScript (POST-redirect-GET).
 */
@Controller
class ConcernPages {

    private final Safeguarding safeguarding;
    private final ChildRecords children;
    private final SafeguardingForms forms;
    private final Clock clock;

    ConcernPages(Safeguarding safeguarding, ChildRecords children, SafeguardingForms forms, Clock clock) {
        this.safeguarding = safeguarding;
        this.children = children;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/safeguarding/concerns/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newConcern(@PathVariable UUID id, Model model) {
        children.visible(id);
        ConcernForm form = new ConcernForm();
        form.setIdentifiedOn(DateParts.of(LocalDate.now(clock)));
        form.setIdentifiedBy(CurrentUser.require().displayName());
        return concernPage(id, null, form, null, model);
    }

    @PostMapping("/children/{id}/safeguarding/concerns")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String concern(
            @PathVariable UUID id, @ModelAttribute("form") ConcernForm form, BindingResult binding, Model model) {
        children.visible(id);
        ConcernDetails details = concern(form, binding);
        return forms.save(
                id,
                binding,
                model,
                ConcernForm.FIELD_ORDER,
                null,
                "concern",
                () -> safeguarding.recordConcern(children.responsibleChild(id), details),
                () -> concernPage(id, null, form, binding, model));
    }

    @GetMapping("/safeguarding/concerns/{concernId}/edit")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String editConcern(@PathVariable UUID concernId, Model model) {
        ChildProtectionConcern concern = safeguarding.concern(concernId);
        ConcernDetails d = concern.details();
        ConcernForm form = new ConcernForm();
        form.setVersion(concern.version());
        form.setIdentifiedOn(DateParts.of(d.identifiedOn()));
        form.setIdentifiedBy(d.identifiedBy());
        form.setConcern(d.concern());
        form.setManagerName(d.managerName());
        form.setManagerToldOn(DateParts.of(d.managerToldOn()));
        form.setSocialCareContact(
                d.socialCareContact() == null ? null : d.socialCareContact().name());
        form.setSocialCareName(d.socialCareName());
        form.setSocialCareToldOn(DateParts.of(d.socialCareToldOn()));
        form.setSocialCareHow(
                d.socialCareHow() == null ? null : d.socialCareHow().name());
        form.setSocialCareResponse(d.socialCareResponse());
        return concernPage(concern.childId(), concern, form, null, model);
    }

    @PostMapping("/safeguarding/concerns/{concernId}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String updateConcern(
            @PathVariable UUID concernId,
            @ModelAttribute("form") ConcernForm form,
            BindingResult binding,
            Model model) {
        ChildProtectionConcern concern = safeguarding.concern(concernId);
        ConcernDetails details = concern(form, binding);
        return forms.save(
                concern.childId(),
                binding,
                model,
                ConcernForm.FIELD_ORDER,
                form::setVersion,
                "concernChanged",
                () -> safeguarding.updateConcern(concernId, form.getVersion(), details),
                () -> concernPage(concern.childId(), concern, form, binding, model));
    }

    private String concernPage(
            UUID childId, ChildProtectionConcern concern, ConcernForm form, BindingResult binding, Model model) {
        model.addAttribute("concernRecord", concern);
        model.addAttribute(
                "action",
                concern == null
                        ? "/children/" + childId + "/safeguarding/concerns"
                        : "/safeguarding/concerns/" + concern.id());
        model.addAttribute("contacts", Option.of(SocialCareContact.class, SocialCareContact::label));
        model.addAttribute("methods", Option.of(ReportMethod.class, ReportMethod::label));
        return forms.page(
                childId, form, binding, ConcernForm.FIELD_ORDER, ConcernForm.DATE_FIELDS, "concern-form", model);
    }

    private static ConcernDetails concern(ConcernForm form, BindingResult binding) {
        return new ConcernDetails(
                FormErrors.date(form.getIdentifiedOn(), "identifiedOn", "the date the concern was identified", binding),
                form.getIdentifiedBy(),
                form.getConcern(),
                form.getManagerName(),
                optionalDate(
                        form.getManagerToldOn(), "managerToldOn", "the date it was reported to the manager", binding),
                Option.chosen(SocialCareContact.class, form.getSocialCareContact()),
                form.getSocialCareName(),
                optionalDate(
                        form.getSocialCareToldOn(),
                        "socialCareToldOn",
                        "the date it was reported to children’s social care",
                        binding),
                Option.chosen(ReportMethod.class, form.getSocialCareHow()),
                form.getSocialCareResponse());
    }
}
