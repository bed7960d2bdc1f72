package org.desist.court;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's court work as other modules and the court's pages call it: a facade over the services of its
 * aggregates ({@link CourtAppearances}, {@link CourtReports}, {@link CourtSentences}), which hold the work, with the
 * records they take and the audit record types.
 */
@Service
@Transactional
public class CourtWork {

    public static final String APPEARANCE = "COURT_APPEARANCE";
    public static final String REPORT = "COURT_REPORT";
    public static final String SENTENCE = "COURT_SENTENCE";

    static final String REPORT_REQUESTED = "COURT_REPORT_REQUESTED";
    static final String REPORT_SUBMITTED = "COURT_REPORT_SUBMITTED";

    private final CourtAppearances appearances;
    private final CourtReports reports;
    private final CourtSentences sentences;
    private final ChildRecords children;

    CourtWork(CourtAppearances appearances, CourtReports reports, CourtSentences sentences, ChildRecords children) {
        this.appearances = appearances;
        this.reports = reports;
        this.sentences = sentences;
        this.children = children;
    }

    /** The reuse rule in force (its months are a setting). */
    public ReportReuse reportReuse() {
        return reports.reportReuse();
    }

    // ---------------------------------------------------------------- appearances (CourtAppearances)

    /** An appearance as entered (recorded or corrected). */
    public record NewAppearance(
            LocalDate appearanceDate,
            String courtName,
            CourtKind courtKind,
            HearingType hearingType,
            List<UUID> offenceIds,
            Outcome outcome,
            String outcomeDetail,
            LocalDate nextHearingDate,
            String informationToCourt) {}

    public CourtAppearance recordAppearance(AccessibleChild child, NewAppearance a) {
        return appearances.recordAppearance(child, a);
    }

    public CourtAppearance correctAppearance(UUID id, long version, NewAppearance a) {
        return appearances.correctAppearance(id, version, a);
    }

    /** The remand or bail decision of a "remanded" or "bailed" appearance; remands and bail support start work. */
    public record RemandDecision(
            RemandOrBail decision, EstablishmentType establishmentType, String establishmentName) {}

    public CourtAppearance recordRemandOrBail(UUID appearanceId, long version, RemandDecision d) {
        return appearances.recordRemandOrBail(appearanceId, version, d);
    }

    public List<CourtAppearance> appearances(AccessibleChild child) {
        return appearances.appearances(child);
    }

    public CourtAppearance appearance(UUID id) {
        return appearances.appearance(id);
    }

    /** The child's court work on one page: appearances, sentences and reports; one audited view. */
    public record CourtRecord(List<CourtAppearance> appearances, List<Sentence> sentences, List<CourtReport> reports) {}

    public CourtRecord ofChild(AccessibleChild child) {
        return appearances.ofChild(child);
    }

    // ---------------------------------------------------------------- sentences (CourtSentences)

    /**
     * A sentence as entered: its end date, or its length in whole months from the day it was made (one is
     * enough; if both are given they must agree).
     */
    public record NewSentence(
            SentenceType type, LocalDate madeOn, LocalDate endDate, Integer lengthMonths, UUID caseManagerId) {}

    public Sentence recordSentence(UUID appearanceId, NewSentence s) {
        return sentences.recordSentence(appearanceId, s);
    }

    @Transactional(readOnly = true)
    public boolean reportInTheProceedings(UUID appearanceId) {
        return sentences.reportInTheProceedings(appearanceId);
    }

    // ---------------------------------------------------------------- reports (CourtReports)

    /**
     * A report the court asked for: its type, the due date the court set and its author; or, instead of a
     * new report, an earlier one reused with the reason nothing significant has changed.
     */
    public record NewReport(
            ReportType type, LocalDate dueDate, UUID authorId, UUID reusedReportId, String reuseReason) {}

    public CourtReport requestReport(UUID appearanceId, NewReport r) {
        return reports.requestReport(appearanceId, r);
    }

    public CourtReport changeDueDate(UUID id, long version, LocalDate dueDate) {
        return reports.changeDueDate(id, version, dueDate);
    }

    public CourtReport qualityAssure(UUID id, long version) {
        return reports.qualityAssure(id, version);
    }

    public CourtReport submit(UUID id, long version, LocalDate submittedOn) {
        return reports.submit(id, version, submittedOn);
    }

    public CourtReport withdraw(UUID id, long version, String reason) {
        return reports.withdraw(id, version, reason);
    }

    public List<CourtReport> reports(AccessibleChild child) {
        return reports.reports(child);
    }

    public CourtReport report(UUID id) {
        return reports.report(id);
    }

    public List<CourtReport> reusableFor(UUID appearanceId) {
        return reports.reusableFor(appearanceId);
    }
}
