package org.desist.court.web;

import static org.desist.court.web.CourtPageParts.DATE;
import static org.desist.court.web.CourtPageParts.lower;
import static org.desist.court.web.CourtPageParts.nz;
import static org.desist.court.web.CourtPageParts.uuid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.court.CourtAppearance;
import org.desist.court.CourtReport;
import org.desist.court.CourtWork;
import org.desist.court.ReportType;
import org.desist.court.ReportsConsideringParentingOrders;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.security.CurrentUser;
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

/**
 * Reports to court: the question page of a report the court asked for (or an earlier one reused), and the report's
 * page with the manager's quality-assurance sign-off, "mark submitted", a new due date and "no longer needed".
 */
@Controller
class ReportPages {

    private final CourtWork court;
    private final ChildRecords children;
    private final Directory directory;
    private final ReportsConsideringParentingOrders parentingOrders;

    ReportPages(
            CourtWork court,
            ChildRecords children,
            Directory directory,
            ReportsConsideringParentingOrders parentingOrders) {
        this.court = court;
        this.children = children;
        this.directory = directory;
        this.parentingOrders = parentingOrders;
    }

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
        return FormSubmission.submit(
                () -> {
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
                },
                ReportForm.FIELD_ORDER,
                binding,
                model,
                null,
                () -> reportForm(a, form, binding, model));
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

    // ---------------------------------------------------------------- helpers

    private String reportForm(CourtAppearance a, ReportForm form, BindingResult binding, Model model) {
        AccessibleChild child = children.accessible(a.childId());
        model.addAttribute("child", child.summary());
        model.addAttribute("appearance", a);
        model.addAttribute("form", form);
        model.addAttribute("types", Option.of(ReportType.class, ReportType::label));
        model.addAttribute("authors", CourtPageParts.staffOptions(directory, child));
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

    /**
     * A button's post on the report page, whose answers are the page's own fields: the change, or the page again
     * with the report's refusal on its field, or with the stale panel (who changed it, when, what).
     */
    private String reportAction(
            UUID id, Map<String, String> typed, Model model, Supplier<CourtReport> action, String done) {
        return FormSubmission.confirm(
                () -> {
                    action.get();
                    return "redirect:/court-reports/" + id + "?" + done;
                },
                refused -> reportPage(court.report(id), refused.errors(), typed, model),
                stale -> {
                    model.addAttribute("stale", stale);
                    return reportPage(court.report(id), Map.of(), typed, model);
                });
    }

    private String reportPage(
            CourtReport report, Map<String, String> problems, Map<String, String> typed, Model model) {
        AccessibleChild child = children.accessible(report.childId());
        model.addAttribute("child", child.summary());
        model.addAttribute("report", report);
        model.addAttribute("parentingOrderConsidered", parentingOrders.considered(report.id()));
        model.addAttribute("staff", CourtPageParts.staffNames(directory, child));
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
}
