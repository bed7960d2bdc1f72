package org.desist.plan.web;

import java.util.Set;
import java.util.UUID;
import org.desist.plan.ActionStatus;
import org.desist.plan.NewAction;
import org.desist.plan.Plan;
import org.desist.plan.PlanAction;
import org.desist.plan.Plans;
import org.desist.plan.Strand;
import org.desist.plan.web.PlanForms.ActionForm;
import org.desist.plan.web.PlanForms.StatusForm;
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
 * A plan's actions: adding one, and moving one on (in progress, done, or stopped with the reason).
 */
@Controller
class PlanActionPages {

    private final Plans plans;
    private final PlanQuestion pages;

    PlanActionPages(Plans plans, PlanQuestion pages) {
        this.plans = plans;
        this.pages = pages;
    }

    @GetMapping("/plans/{id}/actions/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newAction(@PathVariable UUID id, Model model) {
        Plan plan = plans.get(id);
        ActionForm form = new ActionForm();
        form.setVersion(plan.version());
        model.addAttribute("form", form);
        return pages.question(plan, "ACTION", "Add an action", "/plans/" + id + "/actions", null, model);
    }

    @PostMapping("/plans/{id}/actions")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String addAction(
            @PathVariable UUID id, @ModelAttribute("form") ActionForm form, BindingResult binding, Model model) {
        Plan plan = plans.get(id);
        String action = "/plans/" + id + "/actions";
        if (!form.getDueDate().isBlank() && form.getDueDate().toDate().isEmpty()) {
            binding.rejectValue(
                    "dueDate",
                    "invalid",
                    form.getDueDate().problem("the date the action is due").get());
        }
        UUID owner = null;
        try {
            owner = form.getOwnerStaffId() == null || form.getOwnerStaffId().isBlank()
                    ? null
                    : UUID.fromString(form.getOwnerStaffId());
        } catch (IllegalArgumentException e) {
            binding.rejectValue("ownerStaffId", "invalid", "Choose a person of the service");
        }
        UUID chosenOwner = owner;
        return FormSubmission.submit(
                () -> {
                    plans.addAction(
                            id,
                            form.getVersion(),
                            new NewAction(
                                    Option.chosen(Strand.class, form.getStrand()),
                                    form.getDescription(),
                                    chosenOwner,
                                    form.getOwnerAgency(),
                                    form.getDueDate().toDate().orElse(null)));
                    return "redirect:/plans/" + id + "?actionAdded";
                },
                ActionForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> pages.question(
                        plan,
                        "ACTION",
                        "Add an action",
                        action,
                        binding,
                        model,
                        ActionForm.FIELD_ORDER,
                        Set.of("dueDate")));
    }

    @GetMapping("/plan-actions/{id}/status")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String status(@PathVariable UUID id, Model model) {
        PlanAction action = plans.action(id);
        StatusForm form = new StatusForm();
        form.setVersion(action.version());
        model.addAttribute("form", form);
        model.addAttribute("action", action);
        return pages.question(
                plans.get(action.planId()),
                "STATUS",
                "Change the action’s status",
                "/plan-actions/" + id + "/status",
                null,
                model);
    }

    @PostMapping("/plan-actions/{id}/status")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String changeStatus(
            @PathVariable UUID id, @ModelAttribute("form") StatusForm form, BindingResult binding, Model model) {
        PlanAction action = plans.action(id);
        Plan plan = plans.get(action.planId());
        model.addAttribute("action", action);
        String url = "/plan-actions/" + id + "/status";
        return FormSubmission.submit(
                () -> {
                    plans.changeActionStatus(
                            id,
                            form.getVersion(),
                            Option.chosen(ActionStatus.class, form.getStatus()),
                            form.getReason());
                    return "redirect:/plans/" + plan.id() + "?statusChanged";
                },
                StatusForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> pages.question(
                        plan,
                        "STATUS",
                        "Change the action’s status",
                        url,
                        binding,
                        model,
                        StatusForm.FIELD_ORDER,
                        Set.of()));
    }
}
