package org.desist.quality.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.desist.platform.NotFoundException;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.quality.ImprovementAction;
import org.desist.quality.ImprovementActions;
import org.desist.quality.ImprovementPlan;
import org.desist.quality.ImprovementPlans;
import org.desist.quality.web.ImprovementPlanForms.ActionForm;
import org.desist.quality.web.ImprovementPlanForms.ProgressForm;
import org.desist.quality.web.ImprovementPlanForms.RecommendationForm;
import org.desist.quality.web.ImprovementPlanForms.ReplanForm;
import org.desist.security.Directory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An improvement plan's recommendations and actions: adding them, re-planning an action, recording its progress. */
@Controller
class ImprovementActionPages {

    private final ImprovementPlans plans;
    private final ImprovementActions actions;
    private final ImprovementPlanQuestion pages;
    private final Directory directory;
    private final Clock clock;

    ImprovementActionPages(
            ImprovementPlans plans,
            ImprovementActions actions,
            ImprovementPlanQuestion pages,
            Directory directory,
            Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.pages = pages;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/quality/improvement-plans/{id}/recommendations/new")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String newRecommendation(@PathVariable UUID id, Model model) {
        ImprovementPlan plan = plans.get(id);
        RecommendationForm form = new RecommendationForm();
        form.setVersion(plan.version());
        model.addAttribute("form", form);
        return recommendationPage(plan, null, model);
    }

    @PostMapping("/quality/improvement-plans/{id}/recommendations")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String addRecommendation(
            @PathVariable UUID id,
            @ModelAttribute("form") RecommendationForm form,
            BindingResult binding,
            Model model) {
        plans.get(id);
        return FormSubmission.submit(
                () -> {
                    plans.addRecommendation(
                            id,
                            form.getVersion(),
                            form.getText(),
                            Option.chosen(ImprovementPlan.AddressedTo.class, form.getAddressedTo()),
                            Option.chosen(ImprovementPlan.Partner.class, form.getPartner()),
                            form.getPartnerName());
                    return "redirect:/quality/improvement-plans/" + id + "?recommendationAdded";
                },
                RecommendationForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> recommendationPage(plans.get(id), binding, model));
    }

    @GetMapping("/quality/improvement-plans/{id}/actions/new")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String newAction(@PathVariable UUID id, @RequestParam(required = false) String recommendation, Model model) {
        ImprovementPlan plan = plans.get(id);
        ActionForm form = new ActionForm();
        UUID chosen = ImprovementPlanForms.id(recommendation);
        if (chosen != null && plan.recommendation(chosen).isPresent()) {
            form.setRecommendationId(chosen.toString());
        }
        model.addAttribute("form", form);
        return actionPage(plan, null, model);
    }

    @PostMapping("/quality/improvement-plans/{id}/actions")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String addAction(
            @PathVariable UUID id, @ModelAttribute("form") ActionForm form, BindingResult binding, Model model) {
        plans.get(id);
        LocalDate due = ImprovementPlanForms.date(form.getDueDate(), "dueDate", "the date the action is due", binding);
        return FormSubmission.submit(
                () -> {
                    ImprovementAction saved = actions.add(
                            id,
                            ImprovementPlanForms.id(form.getRecommendationId()),
                            form.getDescription(),
                            ImprovementPlanForms.id(form.getOwnerId()),
                            due);
                    return "redirect:/quality/improvement-plans/" + id + "?actionAdded#action-" + saved.id();
                },
                ActionForm.FIELD_ORDER,
                binding,
                model,
                null,
                () -> actionPage(plans.get(id), binding, model));
    }

    @GetMapping("/quality/improvement-plans/{id}/actions/{actionId}/progress")
    @PreAuthorize("hasAnyAuthority('QUALITY_ASSURANCE', 'CHILD_VIEW')")
    String progress(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
        ImprovementAction action = actionOf(id, actionId);
        ProgressForm form = new ProgressForm();
        form.setVersion(action.version());
        form.setOn(DateParts.of(LocalDate.now(clock)));
        model.addAttribute("form", form);
        return progressPage(plans.get(id), action, null, model);
    }

    @PostMapping("/quality/improvement-plans/{id}/actions/{actionId}/progress")
    @PreAuthorize("hasAnyAuthority('QUALITY_ASSURANCE', 'CHILD_VIEW')")
    String recordProgress(
            @PathVariable UUID id,
            @PathVariable UUID actionId,
            @ModelAttribute("form") ProgressForm form,
            BindingResult binding,
            Model model) {
        actionOf(id, actionId);
        LocalDate on = ImprovementPlanForms.date(form.getOn(), "on", "the date of the update", binding);
        return FormSubmission.submit(
                () -> {
                    actions.recordProgress(
                            actionId,
                            form.getVersion(),
                            on,
                            form.getText(),
                            Option.chosen(ImprovementAction.Status.class, form.getStatus()),
                            form.getReason());
                    return "redirect:/quality/improvement-plans/" + id + "?progressRecorded#action-" + actionId;
                },
                ProgressForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> progressPage(plans.get(id), actions.get(actionId), binding, model));
    }

    @GetMapping("/quality/improvement-plans/{id}/actions/{actionId}/change")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String change(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
        ImprovementAction action = actionOf(id, actionId);
        ReplanForm form = new ReplanForm();
        form.setVersion(action.version());
        form.setDescription(action.description());
        form.setOwnerId(action.ownerId().toString());
        form.setDueDate(DateParts.of(action.dueDate()));
        model.addAttribute("form", form);
        return replanPage(plans.get(id), action, null, model);
    }

    @PostMapping("/quality/improvement-plans/{id}/actions/{actionId}/change")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String replan(
            @PathVariable UUID id,
            @PathVariable UUID actionId,
            @ModelAttribute("form") ReplanForm form,
            BindingResult binding,
            Model model) {
        actionOf(id, actionId);
        LocalDate due = ImprovementPlanForms.date(form.getDueDate(), "dueDate", "the date the action is due", binding);
        return FormSubmission.submit(
                () -> {
                    actions.replan(
                            actionId,
                            form.getVersion(),
                            form.getDescription(),
                            ImprovementPlanForms.id(form.getOwnerId()),
                            due,
                            form.getReason());
                    return "redirect:/quality/improvement-plans/" + id + "?actionChanged#action-" + actionId;
                },
                ReplanForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> replanPage(plans.get(id), actions.get(actionId), binding, model));
    }

    private ImprovementAction actionOf(UUID planId, UUID actionId) {
        ImprovementAction action = actions.get(actionId);
        if (!action.planId().equals(planId)) {
            throw new NotFoundException("Action");
        }
        return action;
    }

    private String recommendationPage(ImprovementPlan plan, BindingResult binding, Model model) {
        return pages.question(
                plan,
                "RECOMMENDATION",
                "Add a recommendation",
                "/quality/improvement-plans/" + plan.id() + "/recommendations",
                binding,
                model,
                RecommendationForm.FIELD_ORDER,
                Set.of());
    }

    private String actionPage(ImprovementPlan plan, BindingResult binding, Model model) {
        return pages.question(
                plan,
                "ACTION",
                "Add an action",
                "/quality/improvement-plans/" + plan.id() + "/actions",
                binding,
                model,
                ActionForm.FIELD_ORDER,
                Set.of("dueDate"));
    }

    private String progressPage(ImprovementPlan plan, ImprovementAction action, BindingResult binding, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("statuses", ImprovementPlanQuestion.statuses(action));
        model.addAttribute(
                "ownerName",
                directory
                        .staffMember(action.ownerId())
                        .map(s -> s.displayName())
                        .orElse(""));
        model.addAttribute(
                "names",
                directory.displayNames(action.updates().stream()
                        .map(ImprovementAction.ProgressUpdate::writtenBy)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList()));
        return pages.question(
                plan,
                "PROGRESS",
                action.isOpen() ? "Update progress" : "Reopen the action",
                "/quality/improvement-plans/" + plan.id() + "/actions/" + action.id() + "/progress",
                binding,
                model,
                ProgressForm.FIELD_ORDER,
                Set.of("on"));
    }

    private String replanPage(ImprovementPlan plan, ImprovementAction action, BindingResult binding, Model model) {
        model.addAttribute("action", action);
        return pages.question(
                plan,
                "REPLAN",
                "Change the action",
                "/quality/improvement-plans/" + plan.id() + "/actions/" + action.id() + "/change",
                binding,
                model,
                ReplanForm.FIELD_ORDER,
                Set.of("dueDate"));
    }
}
