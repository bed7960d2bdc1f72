package org.desist.offence.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.offence.VictimWorkOnOffences;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A child's offences. Their victims are on the victim module's pages, for the roles that need them. */
@Controller
class OffencePages {

    private final Offences offences;
    private final ChildRecords children;
    private final VictimWorkOnOffences victimWork;

    OffencePages(Offences offences, ChildRecords children, VictimWorkOnOffences victimWork) {
        this.offences = offences;
        this.children = children;
        this.victimWork = victimWork;
    }

    @GetMapping("/children/{id}/offences")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String list(@PathVariable UUID id, Model model) {
        AccessibleChild child = children.accessible(id);
        model.addAttribute("child", child.summary());
        model.addAttribute("offences", offences.ofChild(child));
        model.addAttribute("scale", offences.scale());
        boolean hostView = children.seenAsHost(id);
        model.addAttribute("hostView", hostView);
        // Where victim work stands on each offence, never who the victim is; never shown to a caretaking host.
        model.addAttribute(
                "victimWork",
                hostView
                        ? Map.of()
                        : victimWork.of(child).stream()
                                .collect(Collectors.groupingBy(VictimWorkOnOffences.VictimWorkSummary::offenceId)));
        return "offence/list";
    }

    @GetMapping("/children/{id}/offences/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newOffence(@PathVariable UUID id, Model model) {
        return form(id, new OffenceForm(), null, model);
    }

    @PostMapping("/children/{id}/offences")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String record(@PathVariable UUID id, @ModelAttribute("form") OffenceForm form, BindingResult binding, Model model) {
        AccessibleChild child = children.accessible(id);
        form.getOffenceDate()
                .problem("the date of the offence")
                .ifPresent(p -> binding.rejectValue("offenceDate", "invalid", p));
        Integer score = number(form.getGravityScore(), "gravityScore", "Gravity score must be a number", binding);
        Integer adjustment = number(form.getGravityAdjustment(), "gravityAdjustment", "Select an adjustment", binding);
        if (!binding.hasErrors()) {
            try {
                offences.record(
                        child,
                        new Offences.NewOffence(
                                form.getOffenceDate().toDate().orElseThrow(),
                                form.getDescription(),
                                Option.chosen(OffenceCategory.class, form.getCategory()),
                                Option.chosen(Plea.class, form.getPlea()),
                                form.getCoAccused(),
                                form.isSeriousYouthViolence(),
                                form.isWeapon(),
                                score,
                                adjustment == null ? 0 : adjustment,
                                form.getGravityRationale()));
                return "redirect:/children/" + id + "/offences?recorded";
            } catch (InvalidRequestException e) {
                e.errors().forEach((field, message) -> binding.rejectValue(field, "invalid", message));
            }
        }
        return form(id, form, binding, model);
    }

    private String form(UUID childId, OffenceForm form, BindingResult binding, Model model) {
        model.addAttribute("child", children.visible(childId));
        model.addAttribute("form", form);
        model.addAttribute("scale", offences.scale());
        model.addAttribute("categories", Option.of(OffenceCategory.class, OffenceCategory::label));
        model.addAttribute("pleas", Option.of(Plea.class, Plea::label));
        List<Option> scores = new ArrayList<>();
        for (int score = 1; score <= offences.scale().highest(); score++) {
            scores.add(new Option(
                    String.valueOf(score), score + " – " + offences.scale().meaning(score)));
        }
        model.addAttribute("scores", scores);
        model.addAttribute(
                "adjustments",
                List.of(
                        new Option("0", "No adjustment"),
                        new Option("1", "Up one step (aggravating factors)"),
                        new Option("-1", "Down one step (mitigating factors)")));
        FormErrors.show(binding, OffenceForm.FIELD_ORDER, Set.of("offenceDate"), model);
        return "offence/form";
    }

    private static Integer number(String value, String field, String message, BindingResult binding) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            binding.rejectValue(field, "invalid", message);
            return null;
        }
    }
}
