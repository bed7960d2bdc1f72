package org.desist.intervention.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.Option;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The child's interventions: the list, starting one, and closing one. */
@Controller
class InterventionPages {

    private final Interventions interventions;
    private final ChildRecords children;
    private final Directory directory;

    InterventionPages(Interventions interventions, ChildRecords children, Directory directory) {
        this.interventions = interventions;
        this.children = children;
        this.directory = directory;
    }

    @GetMapping("/children/{id}/interventions")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String list(@PathVariable UUID id, Model model) {
        ChildSummary child = children.visible(id);
        model.addAttribute("child", child);
        model.addAttribute("interventions", interventions.ofChild(children.accessible(id)));
        model.addAttribute("hostView", children.seenAsHost(id));
        Map<UUID, String> names = new LinkedHashMap<>();
        directory.caseHolders(child.serviceId()).forEach(s -> names.put(s.id(), s.displayName()));
        model.addAttribute("caseManagerNames", names);
        return "intervention/list";
    }

    @GetMapping("/children/{id}/interventions/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newIntervention(@PathVariable UUID id, Model model) {
        return form(id, Map.of(), Map.of(), new DateParts(), new DateParts(), model);
    }

    @PostMapping("/children/{id}/interventions")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String start(
            @PathVariable UUID id,
            @RequestParam(required = false) String type,
            @RequestParam(name = "start-day", required = false) String startDay,
            @RequestParam(name = "start-month", required = false) String startMonth,
            @RequestParam(name = "start-year", required = false) String startYear,
            @RequestParam(name = "end-day", required = false) String endDay,
            @RequestParam(name = "end-month", required = false) String endMonth,
            @RequestParam(name = "end-year", required = false) String endYear,
            @RequestParam(required = false) String caseManagerId,
            Model model) {
        DateParts start = DateParts.of(startDay, startMonth, startYear);
        DateParts end = DateParts.of(endDay, endMonth, endYear);
        Map<String, String> problems = new LinkedHashMap<>();
        start.problem("the start date").ifPresent(p -> problems.put("start", p));
        if (!end.isBlank()) {
            end.problem("the end date").ifPresent(p -> problems.put("end", p));
        }
        InterventionType chosen = Option.chosen(InterventionType.class, type);
        if (chosen == null) {
            problems.put("type", "Select the type of intervention");
        }
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("type", type == null ? "" : type);
        typed.put("caseManagerId", caseManagerId == null ? "" : caseManagerId);
        if (problems.isEmpty()) {
            try {
                interventions.start(
                        children.responsibleChild(id),
                        new Interventions.NewIntervention(
                                chosen,
                                start.toDate().orElseThrow(),
                                end.isBlank() ? null : end.toDate().orElseThrow(),
                                caseManagerId == null || caseManagerId.isBlank()
                                        ? null
                                        : UUID.fromString(caseManagerId),
                                List.of()));
                return "redirect:/children/" + id + "/interventions?started";
            } catch (InvalidRequestException e) {
                e.errors().forEach((field, message) -> problems.put(field.replace("Date", ""), message));
            }
        }
        return form(id, problems, typed, start, end, model);
    }

    @GetMapping("/children/{id}/interventions/referral")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newReferral(@PathVariable UUID id, Model model) {
        return referralForm(id, Map.of(), Map.of(), new DateParts(), model);
    }

    @PostMapping("/children/{id}/interventions/referral")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String refer(
            @PathVariable UUID id,
            @RequestParam(required = false) String type,
            @RequestParam(name = "referred-day", required = false) String day,
            @RequestParam(name = "referred-month", required = false) String month,
            @RequestParam(name = "referred-year", required = false) String year,
            @RequestParam(required = false) String caseManagerId,
            Model model) {
        DateParts referred = DateParts.of(day, month, year);
        Map<String, String> problems = new LinkedHashMap<>();
        InterventionType chosen = Option.chosen(InterventionType.class, type);
        if (chosen == null) {
            problems.put("type", "Select the type of intervention");
        }
        referred.problem("the date of the referral").ifPresent(p -> problems.put("referred", p));
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("type", type == null ? "" : type);
        typed.put("caseManagerId", caseManagerId == null ? "" : caseManagerId);
        if (problems.isEmpty()) {
            try {
                var intervention = interventions.refer(
                        children.responsibleChild(id),
                        new Interventions.NewReferral(
                                chosen,
                                referred.toDate().orElseThrow(),
                                caseManagerId == null || caseManagerId.isBlank()
                                        ? null
                                        : UUID.fromString(caseManagerId),
                                List.of()));
                return "redirect:/interventions/" + intervention.id();
            } catch (InvalidRequestException e) {
                e.errors()
                        .forEach((field, message) ->
                                problems.put(field.equals("referredOn") ? "referred" : field, message));
            }
        }
        return referralForm(id, problems, typed, referred, model);
    }

    private String referralForm(
            UUID childId, Map<String, String> problems, Map<String, String> typed, DateParts referred, Model model) {
        ChildSummary child = children.responsible(childId);
        model.addAttribute("child", child);
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        model.addAttribute("referred", referred);
        model.addAttribute("types", Option.of(InterventionType.class, t -> t.label() + " (" + t.legalBasis() + ")"));
        List<Option> caseManagers = new ArrayList<>();
        for (StaffMember s : directory.caseHolders(child.serviceId())) {
            caseManagers.add(new Option(s.id().toString(), s.displayName()));
        }
        model.addAttribute("caseManagers", caseManagers);
        List<ErrorSummary.Item> summary = new ArrayList<>();
        problems.forEach((field, message) ->
                summary.add(new ErrorSummary.Item("#" + (field.equals("referred") ? "referred-day" : field), message)));
        model.addAttribute("errorSummary", summary);
        return "intervention/referral-form";
    }

    private String form(
            UUID childId,
            Map<String, String> problems,
            Map<String, String> typed,
            DateParts start,
            DateParts end,
            Model model) {
        ChildSummary child = children.visible(childId);
        model.addAttribute("child", child);
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        model.addAttribute("start", start);
        model.addAttribute("end", end);
        model.addAttribute("types", Option.of(InterventionType.class, t -> t.label() + " (" + t.legalBasis() + ")"));
        List<Option> caseManagers = new ArrayList<>();
        for (StaffMember s : directory.caseHolders(child.serviceId())) {
            caseManagers.add(new Option(s.id().toString(), s.displayName()));
        }
        model.addAttribute("caseManagers", caseManagers);
        List<ErrorSummary.Item> summary = new ArrayList<>();
        problems.forEach((field, message) -> summary.add(new ErrorSummary.Item(
                "#" + (field.equals("start") || field.equals("end") ? field + "-day" : field), message)));
        model.addAttribute("errorSummary", summary);
        return "intervention/form";
    }
}
