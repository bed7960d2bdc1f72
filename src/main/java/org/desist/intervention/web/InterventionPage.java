package org.desist.intervention.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.deadline.DueItems;
import org.desist.intervention.Allocation;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.offence.Offence;
import org.desist.offence.Offences;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.desist.security.StaffMember;
import org.desist.security.YouthJusticeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One intervention: what it is, its status and dates, who holds it (with the allocation history), where it
 * is delivered (home and caretaking host service), its offences and due items; and, for the home service,
 * starting a referred intervention, reallocating it and arranging or ending caretaking.
 */
@Controller
@RequestMapping("/interventions/{id}")
class InterventionPage {

    private final Interventions interventions;
    private final ChildRecords children;
    private final DueItems dueItems;
    private final Offences offences;
    private final Directory directory;
    private final java.time.Clock clock;

    InterventionPage(
            Interventions interventions,
            ChildRecords children,
            DueItems dueItems,
            Offences offences,
            Directory directory,
            java.time.Clock clock) {
        this.interventions = interventions;
        this.children = children;
        this.dueItems = dueItems;
        this.offences = offences;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String show(@PathVariable UUID id, Model model) {
        return page(interventions.view(id), new LinkedHashMap<>(), Map.of(), Map.of(), model);
    }

    @PostMapping("/activate")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String activate(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(name = "start-day", required = false) String startDay,
            @RequestParam(name = "start-month", required = false) String startMonth,
            @RequestParam(name = "start-year", required = false) String startYear,
            @RequestParam(name = "end-day", required = false) String endDay,
            @RequestParam(name = "end-month", required = false) String endMonth,
            @RequestParam(name = "end-year", required = false) String endYear,
            Model model) {
        DateParts start = DateParts.of(startDay, startMonth, startYear);
        DateParts end = DateParts.of(endDay, endMonth, endYear);
        Map<String, String> problems = new LinkedHashMap<>();
        start.problem("the start date").ifPresent(p -> problems.put("start", p));
        if (!end.isBlank()) {
            end.problem("the end date").ifPresent(p -> problems.put("end", p));
        }
        return submit(
                () -> {
                    interventions.activate(
                            id,
                            version,
                            start.toDate().orElseThrow(),
                            end.isBlank() ? null : end.toDate().orElseThrow());
                    return "redirect:/interventions/" + id + "?started";
                },
                e -> e.errors().forEach((field, message) -> problems.put(field.replace("Date", ""), message)),
                problems,
                model,
                () -> page(interventions.get(id), problems, Map.of(), Map.of("start", start, "end", end), model));
    }

    @PostMapping("/reallocate")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String reallocate(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) String caseManagerId,
            @RequestParam(name = "from-day", required = false) String day,
            @RequestParam(name = "from-month", required = false) String month,
            @RequestParam(name = "from-year", required = false) String year,
            @RequestParam(defaultValue = "") String reason,
            Model model) {
        DateParts from = DateParts.of(day, month, year);
        Map<String, String> problems = new LinkedHashMap<>();
        UUID chosen = uuid(caseManagerId);
        if (chosen == null) {
            problems.put("caseManagerId", "Select the new case manager");
        }
        from.problem("the date the new case manager takes over").ifPresent(p -> problems.put("from", p));
        if (reason.isBlank()) {
            problems.put("reason", "Enter why the intervention is being reallocated");
        }
        Map<String, String> typed =
                Map.of("caseManagerId", caseManagerId == null ? "" : caseManagerId, "reason", reason);
        return submit(
                () -> {
                    interventions.reallocate(id, version, chosen, from.toDate().orElseThrow(), reason);
                    return "redirect:/interventions/" + id + "?reallocated";
                },
                e -> problems.putAll(e.errors()),
                problems,
                model,
                () -> page(interventions.get(id), problems, typed, Map.of("from", from), model));
    }

    @PostMapping("/caretaking")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String arrangeCaretaking(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) String hostServiceId,
            @RequestParam(name = "caretakingFrom-day", required = false) String day,
            @RequestParam(name = "caretakingFrom-month", required = false) String month,
            @RequestParam(name = "caretakingFrom-year", required = false) String year,
            Model model) {
        DateParts from = DateParts.of(day, month, year);
        Map<String, String> problems = new LinkedHashMap<>();
        UUID host = uuid(hostServiceId);
        if (host == null) {
            problems.put("hostServiceId", "Select the youth justice service that will deliver the work");
        }
        from.problem("the date caretaking starts").ifPresent(p -> problems.put("caretakingFrom", p));
        Map<String, String> typed = Map.of("hostServiceId", hostServiceId == null ? "" : hostServiceId);
        return submit(
                () -> {
                    interventions.arrangeCaretaking(
                            id, version, host, from.toDate().orElseThrow());
                    return "redirect:/interventions/" + id + "?caretaking";
                },
                e -> problems.putAll(e.errors()),
                problems,
                model,
                () -> page(interventions.get(id), problems, typed, Map.of("caretakingFrom", from), model));
    }

    @PostMapping("/caretaking/end")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String endCaretaking(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(name = "caretakingTo-day", required = false) String day,
            @RequestParam(name = "caretakingTo-month", required = false) String month,
            @RequestParam(name = "caretakingTo-year", required = false) String year,
            Model model) {
        DateParts on = DateParts.of(day, month, year);
        Map<String, String> problems = new LinkedHashMap<>();
        on.problem("the date caretaking ended").ifPresent(p -> problems.put("caretakingTo", p));
        return submit(
                () -> {
                    interventions.endCaretaking(id, version, on.toDate().orElseThrow());
                    return "redirect:/interventions/" + id + "?caretakingEnded";
                },
                e -> problems.putAll(e.errors()),
                problems,
                model,
                () -> page(interventions.get(id), problems, Map.of(), Map.of("caretakingTo", on), model));
    }

    /**
     * The page's forms are bound by hand (their problems keyed by field): {@link FormSubmission} saves when the
     * page found nothing wrong, puts the module's problems with the page's, and shows the stale-record panel
     * (the page then carries the current version, so a second submit is a deliberate overwrite).
     */
    private static String submit(
            java.util.function.Supplier<String> save,
            java.util.function.Consumer<InvalidRequestException> refused,
            Map<String, String> problems,
            Model model,
            java.util.function.Supplier<String> redisplay) {
        BindingResult binding = new MapBindingResult(new LinkedHashMap<>(), "form");
        problems.forEach((field, message) -> binding.reject(field, message));
        return FormSubmission.submit(save, refused, binding, model, null, redisplay);
    }

    private static final List<String> DATE_FIELDS = List.of("start", "end", "from", "caretakingFrom", "caretakingTo");

    private String page(
            Intervention intervention,
            Map<String, String> problems,
            Map<String, String> typed,
            Map<String, DateParts> dates,
            Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("i", intervention);
        model.addAttribute("child", children.visible(intervention.childId()));
        model.addAttribute("homeService", serviceName(intervention.serviceId()));
        model.addAttribute("hostService", serviceName(intervention.hostServiceId()));
        boolean changeable = user.can(Role.Capability.CHILD_EDIT) && user.belongsTo(intervention.serviceId());
        model.addAttribute("changeable", changeable);
        model.addAttribute("open", intervention.status() != Intervention.Status.CLOSED);
        model.addAttribute("closure", interventions.closure(intervention.id()).orElse(null));
        List<Allocation> allocations = interventions.allocations(intervention.id());
        model.addAttribute("allocations", allocations);
        Map<UUID, String> names = new LinkedHashMap<>();
        allocations.stream()
                .map(Allocation::caseManagerId)
                .filter(java.util.Objects::nonNull)
                .forEach(s -> names.put(s, name(s)));
        if (intervention.caseManagerId() != null) {
            names.put(intervention.caseManagerId(), name(intervention.caseManagerId()));
        }
        model.addAttribute("names", names);
        List<Offence> linked = new ArrayList<>();
        for (UUID offence : interventions.offenceIds(intervention.id())) {
            linked.add(offences.get(offence));
        }
        model.addAttribute("offences", linked);
        model.addAttribute("dueItems", dueItems.forRecord(intervention.id()));
        model.addAttribute("today", java.time.LocalDate.now(clock));
        List<Option> caseManagers = new ArrayList<>();
        for (StaffMember s : directory.caseHolders(intervention.serviceId())) {
            if (!s.id().equals(intervention.caseManagerId())) {
                caseManagers.add(new Option(s.id().toString(), s.displayName() + " – " + s.jobTitle()));
            }
        }
        model.addAttribute("caseManagers", caseManagers);
        model.addAttribute(
                "hostServices",
                directory.allServices().stream()
                        .filter(s -> !s.id().equals(intervention.serviceId()))
                        .map(s -> new Option(s.id().toString(), s.name()))
                        .toList());
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        for (String field : DATE_FIELDS) {
            model.addAttribute(field + "Parts", dates.getOrDefault(field, new DateParts()));
        }
        List<ErrorSummary.Item> summary = new ArrayList<>();
        // In the order of the fields on the page (the domain's problems come unordered).
        List<String> order = List.of(
                "start", "end", "caseManagerId", "from", "reason", "hostServiceId", "caretakingFrom", "caretakingTo");
        problems.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> order.indexOf(e.getKey())))
                .forEach(e -> summary.add(new ErrorSummary.Item(
                        "#" + e.getKey() + (DATE_FIELDS.contains(e.getKey()) ? "-day" : ""), e.getValue())));
        model.addAttribute("errorSummary", summary);
        return "intervention/show";
    }

    private String name(UUID staffId) {
        return directory.staffMember(staffId).map(StaffMember::displayName).orElse("Unknown");
    }

    private String serviceName(UUID serviceId) {
        return serviceId == null
                ? null
                : directory.service(serviceId).map(YouthJusticeService::name).orElse("Unknown service");
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
