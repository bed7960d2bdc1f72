package org.desist.plan.web;

import java.util.List;
import java.util.Set;
import org.desist.child.ChildRecords;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.jointworking.SocialWorkerInvited;
import org.desist.plan.ActionStatus;
import org.desist.plan.OtherPlanKind;
import org.desist.plan.Plan;
import org.desist.plan.Plans;
import org.desist.plan.Strand;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.Option;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What every question page of a plan shows: the child, the plan, the page's options and its error summary. */
@Component
class PlanQuestion {

    private final Plans plans;
    private final Interventions interventions;
    private final ChildRecords children;
    private final VictimWorkForThePlan victimWork;

    PlanQuestion(Plans plans, Interventions interventions, ChildRecords children, VictimWorkForThePlan victimWork) {
        this.plans = plans;
        this.interventions = interventions;
        this.children = children;
        this.victimWork = victimWork;
    }

    String question(Plan plan, String page, String title, String action, BindingResult binding, Model model) {
        return question(plan, page, title, action, binding, model, List.of(), Set.of());
    }

    String question(
            Plan plan,
            String page,
            String title,
            String action,
            BindingResult binding,
            Model model,
            List<String> fieldOrder,
            Set<String> dateFields) {
        Intervention intervention = interventions.get(plan.interventionId());
        model.addAttribute("child", children.visible(plan.childId()));
        model.addAttribute("i", intervention);
        model.addAttribute("p", plan);
        model.addAttribute("page", page);
        if ("VICTIMS".equals(page)) {
            model.addAttribute("victimWork", victimWork.of(intervention));
        }
        model.addAttribute("heading", title);
        model.addAttribute("formAction", action);
        model.addAttribute("strandOptions", Option.of(Strand.class, Strand::label));
        model.addAttribute("kinds", Option.of(OtherPlanKind.class, OtherPlanKind::label));
        model.addAttribute(
                "statuses",
                List.of(
                        new Option(ActionStatus.IN_PROGRESS.name(), ActionStatus.IN_PROGRESS.label()),
                        new Option(ActionStatus.DONE.name(), ActionStatus.DONE.label()),
                        new Option(ActionStatus.STOPPED.name(), ActionStatus.STOPPED.label())));
        model.addAttribute("yesNo", List.of(new Option("yes", "Yes"), new Option("no", "No")));
        model.addAttribute("invitedOptions", Option.of(SocialWorkerInvited.class, SocialWorkerInvited::label));
        model.addAttribute(
                "owners",
                plans.possibleOwners(intervention.id()).stream()
                        .map(s -> new Option(s.id().toString(), s.displayName()))
                        .toList());
        if (binding != null) {
            model.addAttribute("org.springframework.validation.BindingResult.form", binding);
            model.addAttribute("errorSummary", ErrorSummary.from(binding, fieldOrder, dateFields));
        } else {
            model.addAttribute("errorSummary", List.of());
        }
        return "plan/question";
    }
}
