package org.desist.court.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.child.ChildHeading;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.child.RecordHeader;
import org.desist.court.CourtAppearance;
import org.desist.court.CourtKind;
import org.desist.court.CourtReport;
import org.desist.court.CourtWork;
import org.desist.court.EstablishmentType;
import org.desist.court.HearingType;
import org.desist.court.Outcome;
import org.desist.court.RemandOrBail;
import org.desist.court.ReportType;
import org.desist.court.ReportsConsideringParentingOrders;
import org.desist.court.Sentence;
import org.desist.court.SentenceType;
import org.desist.court.SocialWorkerAtCourt;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.offence.Offence;
import org.desist.offence.Offences;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.StaleRecordException;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The child's Court tab and its question pages: record an appearance, then — by outcome — the remand or
 * bail decision, the report the court asked for, or the sentence; and the report page with the manager's
 * quality-assurance sign-off and "mark submitted".
 */
@Controller
class CourtPages {

    private final CourtWork court;
    private final ChildRecords children;
    private final Offences offences;
    private final Interventions interventions;
    private final Directory directory;
    private final RecordHeader recordHeader;
    private final Clock clock;

    private final SocialWorkerAtCourt socialWorker;
    private final ReportsConsideringParentingOrders parentingOrders;

    CourtPages(
            CourtWork court,
            ChildRecords children,
            Offences offences,
            Interventions interventions,
            Directory directory,
            RecordHeader recordHeader,
            Clock clock,
            SocialWorkerAtCourt socialWorker,
            ReportsConsideringParentingOrders parentingOrders) {
        this.socialWorker = socialWorker;
        this.parentingOrders = parentingOrders;
        this.court = court;
        this.children = children;
        this.offences = offences;
        this.interventions = interventions;
        this.directory = directory;
        this.recordHeader = recordHeader;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the tab

    @GetMapping("/children/{id}/court")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String tab(@PathVariable UUID id, Model model) {
        ChildSummary child = children.visible(id);
        CourtWork.CourtRecord record = court.ofChild(id);
        header(child, model);
        model.addAttribute("appearances", record.appearances());
        model.addAttribute("atCourt", socialWorker.ofChild(child.id()));
        Map<UUID, List<Sentence>> sentences = new LinkedHashMap<>();
        record.sentences()
                .forEach(s -> sentences
                        .computeIfAbsent(s.appearanceId(), k -> new ArrayList<>())
                        .add(s));
        model.addAttribute("sentences", sentences);
        model.addAttribute("reports", record.reports());
        Map<UUID, Intervention> remands = new LinkedHashMap<>();
        for (CourtAppearance a : record.appearances()) {
            if (a.remandInterventionId() != null) {
                remands.putIfAbsent(a.remandInterventionId(), interventions.get(a.remandInterventionId()));
            }
        }
        model.addAttribute("remands", remands.values());
        model.addAttribute("staff", staffNames(child));
        model.addAttribute("today", LocalDate.now(clock));
        Map<UUID, String> offenceLabels = new LinkedHashMap<>();
        if (!record.appearances().isEmpty()) {
            for (Offence o : offences.ofChild(children.accessible(child.id()))) {
                offenceLabels.put(
                        o.id(),
                        DATE.format(o.offenceDate()) + ": " + o.category().label());
            }
        }
        model.addAttribute("offenceLabels", offenceLabels);
        return "court/tab";
    }

    // ---------------------------------------------------------------- appearances

    @GetMapping("/children/{id}/court/appearances/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newAppearance(@PathVariable UUID id, Model model) {
        return appearanceForm(children.visible(id), null, new AppearanceForm(), null, model);
    }

    @PostMapping("/children/{id}/court/appearances")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordAppearance(
            @PathVariable UUID id, @ModelAttribute("form") AppearanceForm form, BindingResult binding, Model model) {
        ChildSummary child = children.visible(id);
        CourtWork.NewAppearance appearance = parse(form, binding);
        if (!binding.hasErrors()) {
            try {
                CourtAppearance recorded = court.recordAppearance(id, appearance);
                return "redirect:" + next(recorded);
            } catch (InvalidRequestException e) {
                FormErrors.reject(e, AppearanceForm.FIELD_ORDER, binding);
            }
        }
        return appearanceForm(child, null, form, binding, model);
    }

    @GetMapping("/court-appearances/{id}/edit")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String editAppearance(@PathVariable UUID id, Model model) {
        CourtAppearance a = court.appearance(id);
        AppearanceForm form = new AppearanceForm();
        form.setVersion(a.version());
        form.setAppearanceDate(DateParts.of(a.appearanceDate()));
        form.setCourtName(a.courtName());
        form.setCourtKind(a.courtKind().name());
        form.setHearingType(a.hearingType().name());
        form.setOffenceIds(
                new ArrayList<>(a.offenceIds().stream().map(UUID::toString).toList()));
        form.setOutcome(a.outcome().name());
        form.setOutcomeDetail(a.outcomeDetail());
        form.setNextHearingDate(DateParts.of(a.nextHearingDate()));
        form.setInformationToCourt(a.informationToCourt());
        return appearanceForm(children.visible(a.childId()), a, form, null, model);
    }

    @PostMapping("/court-appearances/{id}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String correctAppearance(
            @PathVariable UUID id, @ModelAttribute("form") AppearanceForm form, BindingResult binding, Model model) {
        CourtAppearance a = court.appearance(id);
        ChildSummary child = children.visible(a.childId());
        CourtWork.NewAppearance appearance = parse(form, binding);
        return FormSubmission.submit(
                () -> {
                    CourtAppearance after =
                            court.correctAppearance(id, form.getVersion() == null ? -1 : form.getVersion(), appearance);
                    if (after.awaitsRemandOrBail()) {
                        return "redirect:/court-appearances/" + id + "/remand";
                    }
                    return "redirect:/children/" + child.id() + "/court?corrected"
                            + (after.ended().size() > a.ended().size() ? "&ended" : "");
                },
                AppearanceForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> appearanceForm(child, a, form, binding, model));
    }

    // ---------------------------------------------------------------- remand or bail

    @GetMapping("/court-appearances/{id}/remand")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String remand(@PathVariable UUID id, Model model) {
        CourtAppearance a = court.appearance(id);
        RemandForm form = new RemandForm();
        form.setVersion(a.version());
        return remandForm(a, form, null, model);
    }

    @PostMapping("/court-appearances/{id}/remand")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordRemand(
            @PathVariable UUID id, @ModelAttribute("form") RemandForm form, BindingResult binding, Model model) {
        CourtAppearance a = court.appearance(id);
        return FormSubmission.submit(
                () -> {
                    CourtAppearance after = court.recordRemandOrBail(
                            id,
                            form.getVersion() == null ? -1 : form.getVersion(),
                            new CourtWork.RemandDecision(
                                    Option.chosen(RemandOrBail.class, form.getDecision()),
                                    Option.chosen(EstablishmentType.class, form.getEstablishmentType()),
                                    form.getEstablishmentName()));
                    return "redirect:/court-appearances/" + after.id() + "/reports/new?remand";
                },
                RemandForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> remandForm(a, form, binding, model));
    }

    // ---------------------------------------------------------------- reports

    @GetMapping("/court-appearances/{id}/reports/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newReport(@PathVariable UUID id, Model model) {
        CourtAppearance a = court.appearance(id);
        return reportForm(a, new ReportForm(), null, model);
    }

    @PostMapping("/court-appearances/{id}/reports")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String requestReport(
            @PathVariable UUID id, @ModelAttribute("form") ReportForm form, BindingResult binding, Model model) {
        CourtAppearance a = court.appearance(id);
        if (!form.getDueDate().isBlank()) {
            form.getDueDate()
                    .problem("the date the report is due")
                    .ifPresent(p -> binding.rejectValue("dueDate", "invalid", p));
        }
        UUID author = uuid(form.getAuthorId());
        UUID reused = uuid(form.getReusedReportId());
        if (!binding.hasErrors()) {
            try {
                CourtReport report = court.requestReport(
                        id,
                        new CourtWork.NewReport(
                                Option.chosen(ReportType.class, form.getType()),
                                form.getDueDate().toDate().orElse(null),
                                author,
                                reused,
                                form.getReusedReportId() == null
                                                || form.getReusedReportId().isBlank()
                                        ? null
                                        : form.getReuseReason()));
                return "redirect:/court-reports/" + report.id() + "?requested";
            } catch (InvalidRequestException e) {
                FormErrors.reject(e, ReportForm.FIELD_ORDER, binding);
            }
        }
        return reportForm(a, form, binding, model);
    }

    @GetMapping("/court-reports/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String report(@PathVariable UUID id, Model model) {
        return reportPage(court.report(id), Map.of(), Map.of(), model);
    }

    @PostMapping("/court-reports/{id}/quality-assurance")
    @PreAuthorize("hasAuthority('COUNTERSIGN')")
    String qualityAssure(@PathVariable UUID id, @RequestParam long version, Model model) {
        return reportAction(id, Map.of(), model, () -> court.qualityAssure(id, version), "quality-assured");
    }

    @PostMapping("/court-reports/{id}/parenting-order")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String parentingOrderConsidered(@PathVariable UUID id, @RequestParam long version, Model model) {
        return reportAction(
                id,
                Map.of(),
                model,
                () -> {
                    parentingOrders.markConsidered(id, version);
                    return null;
                },
                "parentingOrder");
    }

    @PostMapping("/court-reports/{id}/submit")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String submit(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(name = "submitted-day", required = false) String day,
            @RequestParam(name = "submitted-month", required = false) String month,
            @RequestParam(name = "submitted-year", required = false) String year,
            Model model) {
        DateParts on = DateParts.of(day, month, year);
        Map<String, String> typed =
                Map.of("submitted-day", nz(day), "submitted-month", nz(month), "submitted-year", nz(year));
        if (!on.isBlank() && on.toDate().isEmpty()) {
            return reportPage(
                    court.report(id),
                    Map.of(
                            "submittedOn",
                            on.problem("the date it was submitted").orElseThrow()),
                    typed,
                    model);
        }
        return reportAction(
                id, typed, model, () -> court.submit(id, version, on.toDate().orElse(null)), "submitted");
    }

    @PostMapping("/court-reports/{id}/due-date")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String dueDate(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(name = "due-day", required = false) String day,
            @RequestParam(name = "due-month", required = false) String month,
            @RequestParam(name = "due-year", required = false) String year,
            Model model) {
        DateParts due = DateParts.of(day, month, year);
        Map<String, String> typed = Map.of("due-day", nz(day), "due-month", nz(month), "due-year", nz(year));
        if (due.toDate().isEmpty()) {
            return reportPage(
                    court.report(id),
                    Map.of("dueDate", due.problem("the new due date").orElseThrow()),
                    typed,
                    model);
        }
        return reportAction(
                id,
                typed,
                model,
                () -> court.changeDueDate(id, version, due.toDate().orElseThrow()),
                "moved");
    }

    @PostMapping("/court-reports/{id}/withdraw")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String withdraw(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String reason,
            Model model) {
        return reportAction(
                id, Map.of("reason", reason), model, () -> court.withdraw(id, version, reason), "withdrawn");
    }

    // ---------------------------------------------------------------- sentences

    @GetMapping("/court-appearances/{id}/sentence")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String sentence(@PathVariable UUID id, Model model) {
        CourtAppearance a = court.appearance(id);
        SentenceForm form = new SentenceForm();
        ChildHeading header = children.heading(a.childId());
        if (header.caseManagerId() != null) {
            form.setCaseManagerId(header.caseManagerId().toString());
        }
        return sentenceForm(a, form, null, model);
    }

    @PostMapping("/court-appearances/{id}/sentence")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordSentence(
            @PathVariable UUID id, @ModelAttribute("form") SentenceForm form, BindingResult binding, Model model) {
        CourtAppearance a = court.appearance(id);
        Integer length = null;
        if (form.getLengthMonths() != null && !form.getLengthMonths().isBlank()) {
            try {
                length = Integer.valueOf(form.getLengthMonths().trim());
            } catch (NumberFormatException e) {
                binding.rejectValue("lengthMonths", "invalid", "The length must be a whole number of months");
            }
        }
        if (!form.getEndDate().isBlank()) {
            form.getEndDate().problem("the end date").ifPresent(p -> binding.rejectValue("endDate", "invalid", p));
        }
        if (!binding.hasErrors()) {
            try {
                Sentence sentence = court.recordSentence(
                        id,
                        new CourtWork.NewSentence(
                                Option.chosen(SentenceType.class, form.getType()),
                                null,
                                form.getEndDate().toDate().orElse(null),
                                length,
                                uuid(form.getCaseManagerId())));
                return "redirect:/children/" + a.childId() + "/court?sentenced"
                        + (sentence.withoutReport() ? "&withoutReport" : "");
            } catch (InvalidRequestException e) {
                FormErrors.reject(e, SentenceForm.FIELD_ORDER, binding);
            }
        }
        return sentenceForm(a, form, binding, model);
    }

    // ---------------------------------------------------------------- helpers

    /** Where the question pages go next, by outcome. */
    private static String next(CourtAppearance a) {
        if (a.outcome().decidesRemandOrBail()) {
            return "/court-appearances/" + a.id() + "/remand";
        }
        if (a.outcome() == Outcome.SENTENCED) {
            return "/court-appearances/" + a.id() + "/sentence";
        }
        if (a.outcome() == Outcome.ADJOURNED) {
            return "/court-appearances/" + a.id() + "/reports/new";
        }
        return "/children/" + a.childId() + "/court?recorded" + (a.ended().isEmpty() ? "" : "&ended");
    }

    private CourtWork.NewAppearance parse(AppearanceForm form, BindingResult binding) {
        form.getAppearanceDate()
                .problem("the date of the appearance")
                .ifPresent(p -> binding.rejectValue("appearanceDate", "invalid", p));
        if (!form.getNextHearingDate().isBlank()) {
            form.getNextHearingDate()
                    .problem("the date of the next hearing")
                    .ifPresent(p -> binding.rejectValue("nextHearingDate", "invalid", p));
        }
        List<UUID> offenceIds = new ArrayList<>();
        for (String o : form.getOffenceIds() == null ? List.<String>of() : form.getOffenceIds()) {
            UUID parsed = uuid(o);
            if (parsed != null) {
                offenceIds.add(parsed);
            }
        }
        return new CourtWork.NewAppearance(
                form.getAppearanceDate().toDate().orElse(null),
                form.getCourtName(),
                Option.chosen(CourtKind.class, form.getCourtKind()),
                Option.chosen(HearingType.class, form.getHearingType()),
                offenceIds,
                Option.chosen(Outcome.class, form.getOutcome()),
                form.getOutcomeDetail(),
                form.getNextHearingDate().toDate().orElse(null),
                form.getInformationToCourt());
    }

    private String appearanceForm(
            ChildSummary child, CourtAppearance existing, AppearanceForm form, BindingResult binding, Model model) {
        model.addAttribute("child", child);
        model.addAttribute("existing", existing);
        model.addAttribute("form", form);
        model.addAttribute("kinds", Option.of(CourtKind.class, CourtKind::label));
        model.addAttribute("hearings", Option.of(HearingType.class, HearingType::label));
        model.addAttribute("outcomes", Option.of(Outcome.class, Outcome::label));
        List<Option> offenceOptions = new ArrayList<>();
        for (Offence o : offences.ofChild(children.accessible(child.id()))) {
            offenceOptions.add(new Option(
                    o.id().toString(),
                    DATE.format(o.offenceDate()) + ": " + o.category().label() + " – " + o.description()));
        }
        model.addAttribute("offences", offenceOptions);
        FormErrors.show(binding, AppearanceForm.FIELD_ORDER, Set.of("appearanceDate", "nextHearingDate"), model);
        return "court/appearance-form";
    }

    private String remandForm(CourtAppearance a, RemandForm form, BindingResult binding, Model model) {
        model.addAttribute("child", children.visible(a.childId()));
        model.addAttribute("appearance", a);
        model.addAttribute("form", form);
        List<Option> decisions = new ArrayList<>();
        for (RemandOrBail d : RemandOrBail.values()) {
            if (d.outcome() == a.outcome()) {
                decisions.add(new Option(d.name(), d.label()));
            }
        }
        model.addAttribute("decisions", decisions);
        model.addAttribute("establishments", Option.of(EstablishmentType.class, EstablishmentType::label));
        FormErrors.show(binding, RemandForm.FIELD_ORDER, Set.of(), model);
        return "court/remand-form";
    }

    private String reportForm(CourtAppearance a, ReportForm form, BindingResult binding, Model model) {
        ChildSummary child = children.visible(a.childId());
        model.addAttribute("child", child);
        model.addAttribute("appearance", a);
        model.addAttribute("form", form);
        model.addAttribute("types", Option.of(ReportType.class, ReportType::label));
        model.addAttribute("authors", staffOptions(child));
        List<Option> reusable = new ArrayList<>();
        reusable.add(new Option("", "No, a new report will be written"));
        for (CourtReport r : court.reusableFor(a.id())) {
            reusable.add(new Option(
                    r.id().toString(),
                    "Yes, the " + lower(r.type().label()) + " submitted on " + DATE.format(r.submittedOn())));
        }
        model.addAttribute("reusable", reusable);
        model.addAttribute("reuseMonths", court.reportReuse().months());
        FormErrors.show(binding, ReportForm.FIELD_ORDER, Set.of("dueDate"), model);
        return "court/report-form";
    }

    private String sentenceForm(CourtAppearance a, SentenceForm form, BindingResult binding, Model model) {
        ChildSummary child = children.visible(a.childId());
        model.addAttribute("child", child);
        model.addAttribute("appearance", a);
        model.addAttribute("form", form);
        model.addAttribute("types", Option.of(SentenceType.class, SentenceType::label));
        model.addAttribute("caseManagers", staffOptions(child));
        model.addAttribute("reportInTheProceedings", court.reportInTheProceedings(a.id()));
        FormErrors.show(binding, SentenceForm.FIELD_ORDER, Set.of("endDate"), model);
        return "court/sentence-form";
    }

    private String reportAction(
            UUID id,
            Map<String, String> typed,
            Model model,
            java.util.function.Supplier<CourtReport> action,
            String done) {
        try {
            action.get();
            return "redirect:/court-reports/" + id + "?" + done;
        } catch (InvalidRequestException e) {
            return reportPage(court.report(id), e.errors(), typed, model);
        } catch (StaleRecordException e) {
            model.addAttribute("stale", e);
            return reportPage(court.report(id), Map.of(), typed, model);
        }
    }

    private String reportPage(
            CourtReport report, Map<String, String> problems, Map<String, String> typed, Model model) {
        ChildSummary child = children.visible(report.childId());
        model.addAttribute("child", child);
        model.addAttribute("report", report);
        model.addAttribute("parentingOrderConsidered", parentingOrders.considered(report.id()));
        model.addAttribute("staff", staffNames(child));
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        model.addAttribute(
                "submitted",
                DateParts.of(typed.get("submitted-day"), typed.get("submitted-month"), typed.get("submitted-year")));
        model.addAttribute("due", DateParts.of(typed.get("due-day"), typed.get("due-month"), typed.get("due-year")));
        CurrentUser user = CurrentUser.require();
        model.addAttribute("isAuthor", report.authorId().equals(user.id()));
        List<ErrorSummary.Item> summary = new ArrayList<>();
        problems.forEach((field, message) -> summary.add(new ErrorSummary.Item(
                switch (field) {
                    case "submittedOn" -> "#submitted-day";
                    case "dueDate" -> "#due-day";
                    case "reason" -> "#reason";
                    default -> "#main-content";
                },
                message)));
        model.addAttribute("errorSummary", summary);
        return "court/report";
    }

    private void header(ChildSummary child, Model model) {
        recordHeader.addTo(model, child.id(), "court");
    }

    private Map<UUID, String> staffNames(ChildSummary child) {
        Map<UUID, String> names = new LinkedHashMap<>();
        directory.caseHolders(child.serviceId()).forEach(s -> names.put(s.id(), s.displayName()));
        return names;
    }

    private List<Option> staffOptions(ChildSummary child) {
        List<Option> options = new ArrayList<>();
        for (StaffMember s : directory.caseHolders(child.serviceId())) {
            options.add(new Option(s.id().toString(), s.displayName()));
        }
        return options;
    }

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String lower(String label) {
        return label.substring(0, 1).toLowerCase(java.util.Locale.UK) + label.substring(1);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
