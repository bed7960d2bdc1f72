package org.desist.intervention.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.ClosureRules;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Closing an intervention (YJB case management guidance): why and when, the exit strategy, the child's and the
 * parents' or carers' feedback. The due items still open are listed: a case manager is asked to have a
 * manager close it; a manager may, giving the reason for the override.
 */
@Controller
class ClosurePage {

    private final Interventions interventions;
    private final ChildRecords children;

    ClosurePage(Interventions interventions, ChildRecords children) {
        this.interventions = interventions;
        this.children = children;
    }

    @GetMapping("/interventions/{id}/close")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String closing(@PathVariable UUID id, Model model) {
        Intervention intervention = interventions.get(id);
        children.responsible(intervention.childId());
        ClosureForm form = new ClosureForm();
        form.setVersion(intervention.version());
        return page(intervention, form, null, model);
    }

    @PostMapping("/interventions/{id}/close")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String close(@PathVariable UUID id, @ModelAttribute("form") ClosureForm form, BindingResult binding, Model model) {
        Intervention intervention = interventions.get(id);
        LocalDate closedOn = null;
        Optional<String> dateProblem = form.getClosedOn().problem("the date it ended");
        if (dateProblem.isPresent()) {
            binding.rejectValue("closedOn", "invalid", dateProblem.get());
        } else {
            closedOn = form.getClosedOn().toDate().orElseThrow();
        }
        Interventions.Closing closing = new Interventions.Closing(
                Option.chosen(ClosureReason.class, form.getReason()),
                closedOn,
                form.getExitStrategy(),
                form.getChildFeedback(),
                form.getParentsFeedback(),
                form.getOverrideReason());
        if (binding.hasErrors()) {
            reject(interventions.closureProblems(id, closing), binding);
        }
        return FormSubmission.submit(
                () -> {
                    interventions.close(id, form.getVersion(), closing);
                    return "redirect:/children/" + intervention.childId() + "/interventions?closed";
                },
                e -> reject(e.errors(), binding),
                binding,
                model,
                form::setVersion,
                () -> page(interventions.get(id), form, binding, model));
    }

    private static void reject(java.util.Map<String, String> problems, BindingResult binding) {
        problems.forEach((field, message) -> {
            if (ClosureForm.FIELD_ORDER.contains(field) && !binding.hasFieldErrors(field)) {
                binding.rejectValue(field, "invalid", message);
            } else if (!ClosureForm.FIELD_ORDER.contains(field)) {
                binding.reject("invalid", message);
            }
        });
    }

    private String page(Intervention intervention, ClosureForm form, BindingResult binding, Model model) {
        model.addAttribute("i", intervention);
        model.addAttribute("child", children.visible(intervention.childId()));
        model.addAttribute("form", form);
        model.addAttribute("reasons", Option.of(ClosureReason.class, ClosureReason::label));
        model.addAttribute(
                "openItems",
                ClosureRules.described(interventions.leftUndoneByClosing(
                        intervention.id(), Option.chosen(ClosureReason.class, form.getReason()))));
        model.addAttribute("manager", CurrentUser.require().can(Role.Capability.COUNTERSIGN));
        model.addAttribute("closed", intervention.status() == Intervention.Status.CLOSED);
        FormErrors.show(binding, ClosureForm.FIELD_ORDER, ClosureForm.DATE_FIELDS, model);
        return "intervention/close";
    }
}
