package org.desist.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.jointworking.SocialWorkerInvitation;
import org.desist.jointworking.SocialWorkerInvited;
import org.desist.plan.Agreement;
import org.desist.plan.Plan;
import org.desist.plan.PlanStatus;
import org.desist.plan.Plans;
import org.desist.plan.web.PlanForms.AgreementForm;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Agreeing a plan: the check-answers step, where what is missing from the plan links to the question that asks it.
 */
@Controller
class PlanAgreementPages {

    private final Plans plans;
    private final PlanQuestion pages;

    PlanAgreementPages(Plans plans, PlanQuestion pages) {
        this.plans = plans;
        this.pages = pages;
    }

    @GetMapping("/plans/{id}/agree")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String agreement(@PathVariable UUID id, Model model) {
        Plan plan = plans.get(id);
        if (plan.status() != PlanStatus.DRAFT) {
            return "redirect:/plans/" + id;
        }
        AgreementForm form = new AgreementForm();
        form.setVersion(plan.version());
        model.addAttribute("form", form);
        return pages.question(plan, "AGREE", "Agree the plan", "/plans/" + id + "/agree", null, model);
    }

    @PostMapping("/plans/{id}/agree")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String agree(
            @PathVariable UUID id, @ModelAttribute("form") AgreementForm form, BindingResult binding, Model model) {
        Plan plan = plans.get(id);
        String url = "/plans/" + id + "/agree";
        List<ErrorSummary.Item> summary = new ArrayList<>();
        if (!form.getAgreedOn().isBlank() && form.getAgreedOn().toDate().isEmpty()) {
            String message =
                    form.getAgreedOn().problem("the date the plan was agreed").get();
            binding.rejectValue("agreedOn", "invalid", message);
        }
        SocialWorkerInvitation invitation = invitation(form, binding);
        return FormSubmission.submit(
                () -> {
                    plans.agree(
                            id,
                            form.getVersion(),
                            new Agreement(
                                    form.getAgreedOn().toDate().orElse(null),
                                    form.getAgreedBy(),
                                    yesNo(form.getChildInvolved()),
                                    yesNo(form.getParentsInvolved()),
                                    invitation));
                    return "redirect:/plans/" + id + "?agreed";
                },
                // What is missing from the plan links to the question that asks it; the agreement's own answers
                // are marked on this page.
                e -> e.errors().forEach((field, message) -> {
                    if (AgreementForm.FIELD_ORDER.contains(field)) {
                        binding.rejectValue(field, "invalid", message);
                    } else if (field.equals("actions")) {
                        summary.add(new ErrorSummary.Item("/plans/" + id + "/actions/new", message));
                    } else {
                        summary.add(new ErrorSummary.Item(
                                PlanPart.asking(field)
                                        .map(p -> "/plans/" + id + "/edit/" + p.slug() + "#" + field)
                                        .orElse("#main-content"),
                                message));
                    }
                }),
                binding,
                model,
                form::setVersion,
                () -> agreementPage(plan, url, binding, model, summary));
    }

    private String agreementPage(
            Plan plan, String url, BindingResult binding, Model model, List<ErrorSummary.Item> summary) {
        pages.question(
                plan,
                "AGREE",
                "Agree the plan",
                url,
                binding,
                model,
                AgreementForm.FIELD_ORDER,
                Set.of("agreedOn", "socialWorkerInvitedOn"));
        @SuppressWarnings("unchecked")
        List<ErrorSummary.Item> own = (List<ErrorSummary.Item>) model.getAttribute("errorSummary");
        summary.addAll(own);
        model.addAttribute("errorSummary", summary);
        return "plan/question";
    }

    /** The social worker's invitation as typed (null when not answered: the service says when it is needed). */
    private static SocialWorkerInvitation invitation(AgreementForm form, BindingResult binding) {
        SocialWorkerInvited invited = Option.chosen(SocialWorkerInvited.class, form.getSocialWorkerInvited());
        if (invited == null) {
            return null;
        }
        LocalDate on = invited == SocialWorkerInvited.INVITED
                        && !form.getSocialWorkerInvitedOn().isBlank()
                ? FormErrors.date(
                        form.getSocialWorkerInvitedOn(),
                        "socialWorkerInvitedOn",
                        "the date the social worker was invited",
                        binding)
                : null;
        return new SocialWorkerInvitation(
                invited, on, form.getSocialWorkerInvitedHow(), form.getSocialWorkerNotInvitedReason());
    }

    private static Boolean yesNo(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }
}
