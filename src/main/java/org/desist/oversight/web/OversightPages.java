package org.desist.oversight.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.oversight.Judgement;
import org.desist.oversight.ManagementOversight;
import org.desist.oversight.Oversight;
import org.desist.oversight.OversightArea;
import org.desist.oversight.OversightDetails;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.DateParts;
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
 * An intervention's management oversight (the history, recording it, a manager correcting their own record)
 * and a manager's list of the cases in their services without recent oversight.
 */
@Controller
class OversightPages {

    private static final List<String> FIELDS = OversightForm.FIELD_ORDER;

    private final ManagementOversight oversight;
    private final Interventions interventions;
    private final ChildRecords children;

    OversightPages(ManagementOversight oversight, Interventions interventions, ChildRecords children) {
        this.oversight = oversight;
        this.interventions = interventions;
        this.children = children;
    }

    @GetMapping("/oversight/cases-without-recent-oversight")
    @PreAuthorize("hasAuthority('TEAM_CASELOAD')")
    String withoutRecentOversight(Model model) {
        model.addAttribute("cases", oversight.withoutRecentOversight());
        model.addAttribute("within", describe(oversight.recentWithin()));
        return "oversight/without-recent";
    }

    @GetMapping("/interventions/{id}/oversight")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String history(@PathVariable UUID id, Model model) {
        List<Oversight> all = oversight.viewed(id);
        Intervention intervention = interventions.get(id);
        CurrentUser user = CurrentUser.require();
        model.addAttribute("i", intervention);
        model.addAttribute("child", children.visible(intervention.childId()));
        model.addAttribute("records", all);
        model.addAttribute(
                "canRecord",
                user.can(Role.Capability.COUNTERSIGN)
                        && user.belongsTo(intervention.serviceId())
                        && !user.id().equals(intervention.caseManagerId()));
        model.addAttribute("ownCase", user.id().equals(intervention.caseManagerId()));
        model.addAttribute("userId", user.id());
        return "oversight/history";
    }

    @GetMapping("/interventions/{id}/oversight/new")
    @PreAuthorize("hasAuthority('COUNTERSIGN')")
    String newOversight(@PathVariable UUID id, Model model) {
        Intervention intervention = interventions.get(id);
        children.responsible(intervention.childId());
        return page(intervention, new OversightForm(), null, null, model);
    }

    @PostMapping("/interventions/{id}/oversight")
    @PreAuthorize("hasAuthority('COUNTERSIGN')")
    String record(
            @PathVariable UUID id, @ModelAttribute("form") OversightForm form, BindingResult binding, Model model) {
        Intervention intervention = interventions.get(id);
        OversightDetails details = details(form, binding);
        // A date that could not be read: the rules' other problems are shown with it, in one error summary.
        if (binding.hasErrors()) {
            FormErrors.reject(new InvalidRequestException(oversight.problems(id, details)), FIELDS, binding);
        }
        return FormSubmission.submit(
                () -> {
                    oversight.record(id, details);
                    return "redirect:/interventions/" + id + "/oversight?recorded";
                },
                FIELDS,
                binding,
                model,
                null,
                () -> page(intervention, form, binding, null, model));
    }

    @GetMapping("/oversight/{id}/edit")
    @PreAuthorize("hasAuthority('COUNTERSIGN')")
    String edit(@PathVariable UUID id, Model model) {
        Oversight record = oversight.get(id);
        Intervention intervention = interventions.get(record.interventionId());
        children.responsible(intervention.childId());
        OversightForm form = new OversightForm();
        form.setVersion(record.version());
        form.setRecordedOn(DateParts.of(record.recordedOn()));
        form.setAreas(record.areas().stream().map(Enum::name).toList());
        form.setJudgement(record.judgement().name());
        form.setDirection(record.direction());
        form.setActions(record.actions());
        form.setActionsDue(record.actionsDue() == null ? new DateParts() : DateParts.of(record.actionsDue()));
        form.setNextDue(DateParts.of(record.nextDue()));
        return page(intervention, form, null, record, model);
    }

    @PostMapping("/oversight/{id}")
    @PreAuthorize("hasAuthority('COUNTERSIGN')")
    String amend(
            @PathVariable UUID id, @ModelAttribute("form") OversightForm form, BindingResult binding, Model model) {
        Oversight record = oversight.get(id);
        Intervention intervention = interventions.get(record.interventionId());
        OversightDetails details = details(form, binding);
        // As when recording it: the rules' problems beside the dates that could not be read.
        if (binding.hasErrors()) {
            FormErrors.reject(
                    new InvalidRequestException(oversight.problems(intervention.id(), details)), FIELDS, binding);
        }
        return FormSubmission.submit(
                () -> {
                    oversight.amend(id, form.getVersion(), details);
                    return "redirect:/interventions/" + intervention.id() + "/oversight?changed";
                },
                FIELDS,
                binding,
                model,
                form::setVersion,
                () -> page(intervention, form, binding, record, model));
    }

    private static OversightDetails details(OversightForm form, BindingResult binding) {
        LocalDate recordedOn = date(form.getRecordedOn(), "recordedOn", "the date of the oversight", binding, true);
        LocalDate actionsDue = date(form.getActionsDue(), "actionsDue", "when the actions are due", binding, false);
        LocalDate nextDue = date(form.getNextDue(), "nextDue", "when oversight is next due", binding, true);
        List<OversightArea> areas = form.getAreas() == null
                ? List.of()
                : form.getAreas().stream()
                        .map(a -> Option.chosen(OversightArea.class, a))
                        .filter(java.util.Objects::nonNull)
                        .toList();
        return new OversightDetails(
                recordedOn,
                areas,
                Option.chosen(Judgement.class, form.getJudgement()),
                form.getDirection(),
                form.getActions(),
                actionsDue,
                nextDue);
    }

    private static LocalDate date(DateParts parts, String field, String what, BindingResult binding, boolean needed) {
        if (parts == null || (!needed && parts.isBlank())) {
            return null;
        }
        Optional<String> problem = parts.problem(what);
        if (problem.isPresent()) {
            binding.rejectValue(field, "invalid", problem.get());
            return null;
        }
        return parts.toDate().orElseThrow();
    }

    private String page(
            Intervention intervention, OversightForm form, BindingResult binding, Oversight editing, Model model) {
        model.addAttribute("i", intervention);
        model.addAttribute("child", children.visible(intervention.childId()));
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("areaOptions", Option.of(OversightArea.class, OversightArea::label));
        model.addAttribute("judgements", Option.of(Judgement.class, Judgement::label));
        model.addAttribute("ownCase", CurrentUser.require().id().equals(intervention.caseManagerId()));
        FormErrors.show(binding, OversightForm.FIELD_ORDER, OversightForm.DATE_FIELDS, model);
        return "oversight/form";
    }

    private static String describe(java.time.Period period) {
        if (period.getYears() == 0 && period.getDays() == 0 && period.getMonths() > 0) {
            return period.getMonths() + (period.getMonths() == 1 ? " month" : " months");
        }
        if (period.getYears() == 0 && period.getMonths() == 0) {
            return period.getDays() + (period.getDays() == 1 ? " day" : " days");
        }
        return period.toString();
    }
}
