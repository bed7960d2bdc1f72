package org.desist.court;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/** A report the court asked for at an appearance, with the due date the court set. */
public record CourtReport(
        UUID id,
        UUID childId,
        UUID appearanceId,
        ReportType type,
        LocalDate requestedOn,
        LocalDate dueDate,
        UUID authorId,
        Status status,
        UUID qualityAssuredBy,
        Instant qualityAssuredAt,
        LocalDate submittedOn,
        UUID reusedReportId,
        String reuseReason,
        String withdrawnReason,
        long version) {

    public enum Status {
        REQUESTED("Being written"),
        SUBMITTED("Submitted"),
        REUSED("Earlier report reused"),
        WITHDRAWN("No longer needed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** An earlier report went to court instead of a new one. */
        public boolean isReused() {
            return this == REUSED;
        }
    }

    public boolean qualityAssured() {
        return qualityAssuredAt != null;
    }

    /** Still being written: its due date can move, it can be signed off, submitted or withdrawn. */
    public boolean open() {
        return status == Status.REQUESTED;
    }

    /** What a practitioner reads as its status. */
    public String statusLabel() {
        if (status == Status.REQUESTED) {
            return qualityAssured() ? "Quality assured, to submit" : "Awaiting quality assurance";
        }
        return status.label();
    }

    /** It went to court (written and submitted, or an earlier one reused). */
    public boolean reachedCourt() {
        return status == Status.SUBMITTED || status == Status.REUSED;
    }

    /**
     * The court asked for a report at {@code appearance} (YJB case management guidance, reports to court): its type,
     * a due date not before the appearance and an author among the service's case holders ({@code caseHolders});
     * or an earlier report of the child's reused ({@code earlier}, the child's report with the id asked for, null
     * when there is none) as the reuse rule allows, its author writing it unless another is chosen.
     */
    public static Change<CourtReport> request(
            UUID id,
            CourtAppearance appearance,
            CourtWork.NewReport r,
            CourtReport earlier,
            ReportReuse reuse,
            Collection<UUID> caseHolders) {
        LocalDate requestedOn = appearance.appearanceDate();
        Map<String, String> problems = new LinkedHashMap<>();
        if (r.type() == null) {
            problems.put("type", "Select the type of report");
        }
        if (r.dueDate() == null) {
            problems.put("dueDate", "Enter the date the court set for the report");
        } else if (r.dueDate().isBefore(requestedOn)) {
            problems.put("dueDate", "The report cannot be due before the court asked for it");
        }
        boolean reused = r.reusedReportId() != null && earlier != null;
        UUID author = r.authorId();
        if (r.reusedReportId() != null) {
            if (earlier == null) {
                problems.put("reusedReportId", "Select one of this child’s earlier reports");
            } else {
                reuse.problems(
                                earlier.status() == Status.SUBMITTED ? earlier.submittedOn() : null,
                                earlier.qualityAssured(),
                                requestedOn,
                                r.reuseReason())
                        .forEach(problems::putIfAbsent);
                if (r.type() != null && earlier.type() != r.type()) {
                    String label = earlier.type().label();
                    problems.putIfAbsent(
                            "reusedReportId",
                            "Reuse a report of the same type: that one is a "
                                    + label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1));
                }
                if (author == null) {
                    author = earlier.authorId();
                }
            }
        } else if (r.reuseReason() != null && !r.reuseReason().isBlank()) {
            problems.put("reusedReportId", "Select the earlier report to reuse");
        }
        if (author == null) {
            problems.put("authorId", "Select who writes the report");
        } else if (!caseHolders.contains(author)) {
            problems.put("authorId", "Select a case holder from this youth justice service");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.created(new CourtReport(
                id,
                appearance.childId(),
                appearance.id(),
                r.type(),
                requestedOn,
                r.dueDate(),
                author,
                reused ? Status.REUSED : Status.REQUESTED,
                null,
                null,
                reused ? requestedOn : null,
                reused ? earlier.id() : null,
                reused ? r.reuseReason().trim() : null,
                null,
                0));
    }

    // What may happen to the report, and why not (each answer a field's problem, empty when it may): the rules of
    // the aggregate, which its service applies before the save (YJB case management guidance, reports to court).

    /** The court moves its due date. */
    public Map<String, String> problemsMovingTo(LocalDate newDueDate) {
        Map<String, String> problems = notOpen("dueDate");
        if (!problems.isEmpty()) {
            return problems;
        }
        if (newDueDate == null) {
            problems.put("dueDate", "Enter the date the court set for the report");
        } else if (newDueDate.isBefore(requestedOn)) {
            problems.put("dueDate", "The report cannot be due before the court asked for it");
        }
        return problems;
    }

    /** A manager signs it off: once, and never its own author. */
    public Map<String, String> problemsQualityAssuringBy(UUID managerId) {
        Map<String, String> problems = notOpen("qualityAssurance");
        if (!problems.isEmpty()) {
            return problems;
        }
        if (qualityAssured()) {
            problems.put("qualityAssurance", "This report is already quality assured");
        } else if (authorId.equals(managerId)) {
            problems.put("qualityAssurance", "You wrote this report: another manager must quality assure it");
        }
        return problems;
    }

    /** It went to court on {@code on}: only once quality assured, not before it was asked for, not in the future. */
    public Map<String, String> problemsSubmittingOn(LocalDate on, LocalDate today) {
        Map<String, String> problems = notOpen("submittedOn");
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!qualityAssured()) {
            problems.put(
                    "submittedOn", "A report cannot be marked submitted before a manager’s quality assurance sign-off");
        } else if (on == null) {
            problems.put("submittedOn", "Enter the date the report was submitted");
        } else if (on.isBefore(requestedOn)) {
            problems.put("submittedOn", "The report cannot be submitted before the court asked for it");
        } else if (on.isAfter(today)) {
            problems.put("submittedOn", "The date it was submitted must be today or in the past");
        }
        return problems;
    }

    /** The court no longer needs it: with the reason. */
    public Map<String, String> problemsWithdrawing(String reason) {
        Map<String, String> problems = notOpen("reason");
        if (problems.isEmpty() && (reason == null || reason.isBlank())) {
            problems.put("reason", "Say why the report is no longer needed");
        }
        return problems;
    }

    // The intention-revealing changes: each refuses what its rule above forbids (each problem on its field) and
    // returns the report's state before and after (YJB case management guidance, reports to court).

    /** The court set a different due date. */
    public Change<CourtReport> moveDueDate(LocalDate newDueDate) {
        InvalidRequestException.refuseIf(problemsMovingTo(newDueDate));
        return Change.of(this, with(newDueDate, status, qualityAssuredBy, qualityAssuredAt, submittedOn, null));
    }

    /** A manager ({@code managerId}, not its author) signed it off {@code at}. */
    public Change<CourtReport> qualityAssure(UUID managerId, Instant at) {
        InvalidRequestException.refuseIf(problemsQualityAssuringBy(managerId));
        return Change.of(this, with(dueDate, status, managerId, at, submittedOn, null));
    }

    /** It went to court {@code on}, once quality assured. */
    public Change<CourtReport> submit(LocalDate on, LocalDate today) {
        InvalidRequestException.refuseIf(problemsSubmittingOn(on, today));
        return Change.of(this, with(dueDate, Status.SUBMITTED, qualityAssuredBy, qualityAssuredAt, on, null));
    }

    /** The court no longer needs it, for {@code reason}. */
    public Change<CourtReport> withdraw(String reason) {
        InvalidRequestException.refuseIf(problemsWithdrawing(reason));
        return Change.of(
                this, with(dueDate, Status.WITHDRAWN, qualityAssuredBy, qualityAssuredAt, submittedOn, reason.trim()));
    }

    private CourtReport with(
            LocalDate due, Status newStatus, UUID qaBy, Instant qaAt, LocalDate submitted, String withdrawn) {
        return new CourtReport(
                id,
                childId,
                appearanceId,
                type,
                requestedOn,
                due,
                authorId,
                newStatus,
                qaBy,
                qaAt,
                submitted,
                reusedReportId,
                reuseReason,
                withdrawn == null ? withdrawnReason : withdrawn,
                version);
    }

    private Map<String, String> notOpen(String field) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!open()) {
            problems.put(field, "This report is " + statusLabel().toLowerCase(Locale.UK) + ": it cannot change");
        }
        return problems;
    }
}
