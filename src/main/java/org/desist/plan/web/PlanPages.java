package org.desist.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.assessment.Assessment;
import org.desist.assessment.Assessments;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.plan.OtherPlan;
import org.desist.plan.OtherPlanKind;
import org.desist.plan.Plan;
import org.desist.plan.PlanStatus;
import org.desist.plan.Plans;
import org.desist.plan.Strand;
import org.desist.plan.web.PlanForms.ContentForm;
import org.desist.plan.web.PlanForms.OtherPlanForm;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.ErrorSummary;
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
 * An intervention's plan: summary cards per strand with their actions, victims, contingency, views and other
 * agencies' plans; one question page per part of a draft, and adding another agency's plan. Its actions are on
 * {@link PlanActionPages}, its agreement on {@link PlanAgreementPages}.
 */
@Controller
class PlanPages {

    private final Plans plans;
    private final Assessments assessments;
    private final Interventions interventions;
    private final ChildRecords children;
    private final PlanQuestion pages;
    private final VictimWorkForThePlan victimWork;

    PlanPages(
            Plans plans,
            Assessments assessments,
            Interventions interventions,
            ChildRecords children,
            PlanQuestion pages,
            VictimWorkForThePlan victimWork) {
        this.plans = plans;
        this.assessments = assessments;
        this.interventions = interventions;
        this.children = children;
        this.pages = pages;
        this.victimWork = victimWork;
    }

    @GetMapping("/interventions/{id}/plan")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String current(@PathVariable UUID id, Model model) {
        Intervention intervention = interventions.get(id);
        return show(intervention, plans.currentOf(id).orElse(null), Map.of(), model);
    }

    @GetMapping("/plans/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String one(@PathVariable UUID id, Model model) {
        Plan plan = plans.get(id);
        return show(interventions.get(plan.interventionId()), plan, Map.of(), model);
    }

    @PostMapping("/interventions/{id}/plan")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String start(@PathVariable UUID id, Model model) {
        Intervention intervention = interventions.get(id);
        try {
            Plan draft = plans.start(id);
            return "redirect:/plans/" + draft.id() + "/edit/" + PlanPart.STRANDS.slug();
        } catch (InvalidRequestException e) {
            return show(intervention, plans.currentOf(id).orElse(null), e.errors(), model);
        }
    }

    @GetMapping("/plans/{id}/edit/{part}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String question(@PathVariable UUID id, @PathVariable String part, Model model) {
        Plan plan = plans.get(id);
        PlanPart page = PlanPart.of(part);
        if (plan.status() != PlanStatus.DRAFT) {
            return "redirect:/plans/" + id;
        }
        model.addAttribute("form", ContentForm.of(plan.content(), plan.version()));
        return pages.question(plan, page.name(), page.title(), "/plans/" + id + "/edit/" + page.slug(), null, model);
    }

    @PostMapping("/plans/{id}/edit/{part}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String save(
            @PathVariable UUID id,
            @PathVariable String part,
            @ModelAttribute("form") ContentForm form,
            BindingResult binding,
            Model model) {
        PlanPart page = PlanPart.of(part);
        Plan before = plans.get(id);
        String action = "/plans/" + id + "/edit/" + page.slug();
        return FormSubmission.submit(
                () -> {
                    plans.update(id, form.getVersion(), form.applyTo(before.content(), page));
                    return page.next()
                            .map(next -> "redirect:/plans/" + id + "/edit/" + next.slug())
                            .orElse("redirect:/plans/" + id + "?saved");
                },
                ContentForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> pages.question(
                        before, page.name(), page.title(), action, binding, model, ContentForm.FIELD_ORDER, Set.of()));
    }

    @GetMapping("/plans/{id}/other-plans/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newOtherPlan(@PathVariable UUID id, Model model) {
        Plan plan = plans.get(id);
        if (plan.status() != PlanStatus.DRAFT) {
            return "redirect:/plans/" + id;
        }
        OtherPlanForm form = new OtherPlanForm();
        form.setVersion(plan.version());
        model.addAttribute("form", form);
        return pages.question(
                plan, "OTHER_PLAN", "Another agency’s plan", "/plans/" + id + "/other-plans", null, model);
    }

    @PostMapping("/plans/{id}/other-plans")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String addOtherPlan(
            @PathVariable UUID id, @ModelAttribute("form") OtherPlanForm form, BindingResult binding, Model model) {
        Plan plan = plans.get(id);
        String action = "/plans/" + id + "/other-plans";
        if (!form.getDated().isBlank() && form.getDated().toDate().isEmpty()) {
            binding.rejectValue(
                    "dated",
                    "invalid",
                    form.getDated().problem("the date of the plan").get());
        }
        return FormSubmission.submit(
                () -> {
                    plans.addOtherPlan(
                            id,
                            form.getVersion(),
                            new OtherPlan(
                                    Option.chosen(OtherPlanKind.class, form.getKind()),
                                    form.getReference(),
                                    form.getAgency(),
                                    form.getDated().toDate().orElse(null)));
                    return "redirect:/plans/" + id + "?saved";
                },
                OtherPlanForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> pages.question(
                        plan,
                        "OTHER_PLAN",
                        "Another agency’s plan",
                        action,
                        binding,
                        model,
                        OtherPlanForm.FIELD_ORDER,
                        Set.of("dated")));
    }

    private String show(Intervention intervention, Plan plan, Map<String, String> problems, Model model) {
        ChildSummary child = children.visible(intervention.childId());
        Optional<Assessment> assessment = plans.assessmentToPlan(intervention.id());
        List<Plan> all = plans.ofIntervention(intervention.id());
        model.addAttribute("child", child);
        model.addAttribute("i", intervention);
        model.addAttribute("p", plan);
        model.addAttribute("assessment", assessment.orElse(null));
        model.addAttribute("followsAssessment", plan == null ? null : assessments.get(plan.assessmentId()));
        model.addAttribute(
                "laterAssessment",
                plan != null && assessment.isPresent() && !assessment.get().id().equals(plan.assessmentId()));
        model.addAttribute(
                "earlier",
                all.stream()
                        .filter(p -> plan == null || !p.id().equals(plan.id()))
                        .toList());
        model.addAttribute(
                "isCurrent", plan != null && !all.isEmpty() && all.get(0).id().equals(plan.id()));
        model.addAttribute("strands", Strand.values());
        model.addAttribute("victimWork", victimWork.of(intervention));
        model.addAttribute(
                "changeable", !children.seenAsHost(child.id()) && intervention.status() != Intervention.Status.CLOSED);
        List<ErrorSummary.Item> summary = new ArrayList<>();
        problems.forEach((field, message) -> summary.add(new ErrorSummary.Item("#main-content", message)));
        model.addAttribute("errorSummary", summary);
        return "plan/show";
    }
}
