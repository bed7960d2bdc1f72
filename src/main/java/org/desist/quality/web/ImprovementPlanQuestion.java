package org.desist.quality.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.Option;
import org.desist.quality.ImprovementAction;
import org.desist.quality.ImprovementActions;
import org.desist.quality.ImprovementPlan;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What every question page of an improvement plan shows: the plan, the page's options and its error summary. */
@Component
class ImprovementPlanQuestion {

    private final ImprovementActions actions;

    ImprovementPlanQuestion(ImprovementActions actions) {
        this.actions = actions;
    }

    String question(
            ImprovementPlan plan,
            String page,
            String heading,
            String action,
            BindingResult binding,
            Model model,
            List<String> fieldOrder,
            Set<String> dateFields) {
        model.addAttribute("plan", plan);
        model.addAttribute("page", page);
        model.addAttribute("heading", heading);
        model.addAttribute("formAction", action);
        model.addAttribute(
                "addressees", Option.of(ImprovementPlan.AddressedTo.class, ImprovementPlan.AddressedTo::label));
        model.addAttribute("partners", Option.of(ImprovementPlan.Partner.class, ImprovementPlan.Partner::label));
        model.addAttribute(
                "recommendations",
                plan.recommendations().stream()
                        .map(r -> new Option(r.id().toString(), r.position() + ". " + shortened(r.text())))
                        .toList());
        model.addAttribute(
                "owners",
                actions.possibleOwners(plan.serviceId()).stream()
                        .map(s -> new Option(s.id().toString(), s.displayName() + " (" + s.jobTitle() + ")"))
                        .toList());
        if (binding != null) {
            model.addAttribute("org.springframework.validation.BindingResult.form", binding);
            model.addAttribute("errorSummary", ErrorSummary.from(binding, fieldOrder, dateFields));
        } else {
            model.addAttribute("errorSummary", List.of());
        }
        return "quality/improvement-plan-question";
    }

    /** The statuses a progress update may leave the action in: from an open one, onward; a closed one, reopened. */
    static List<Option> statuses(ImprovementAction action) {
        if (!action.isOpen()) {
            return List.of(new Option(ImprovementAction.Status.IN_PROGRESS.name(), "Reopen it: back in progress"));
        }
        return java.util.Arrays.stream(ImprovementAction.Status.values())
                .filter(s -> s != ImprovementAction.Status.NOT_STARTED
                        || action.status() == ImprovementAction.Status.NOT_STARTED)
                .map(s -> new Option(s.name(), s.label()))
                .toList();
    }

    private static String shortened(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "…";
    }
}
