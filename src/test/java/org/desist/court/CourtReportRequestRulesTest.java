package org.desist.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The court asks for a report at an appearance on Monday 4 January 2027, or an earlier report is reused (YJB case
 * management guidance: one submitted and quality assured in the last 3 months, nothing significant changed).
 */
class CourtReportRequestRulesTest {

    private static final UUID CHILD = UUID.randomUUID();
    private static final UUID AUTHOR = UUID.randomUUID();
    private static final UUID OTHER_CASE_HOLDER = UUID.randomUUID();
    private static final UUID NOT_A_CASE_HOLDER = UUID.randomUUID();
    private static final ReportReuse THREE_MONTHS = new ReportReuse(3);

    private static final CourtAppearance ADJOURNED = new CourtAppearance(
            UUID.randomUUID(),
            CHILD,
            LocalDate.of(2027, 1, 4),
            "Northbridge Youth Court",
            CourtKind.YOUTH_COURT,
            HearingType.FIRST,
            List.of(UUID.randomUUID()),
            Outcome.ADJOURNED,
            null,
            LocalDate.of(2027, 2, 1),
            null,
            null,
            null,
            null,
            null,
            List.of(),
            1);

    private static CourtReport earlier(LocalDate submittedOn, boolean qualityAssured) {
        return new CourtReport(
                UUID.randomUUID(),
                CHILD,
                UUID.randomUUID(),
                ReportType.PRE_SENTENCE,
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 20),
                AUTHOR,
                CourtReport.Status.SUBMITTED,
                qualityAssured ? OTHER_CASE_HOLDER : null,
                qualityAssured ? Instant.parse("2026-09-18T10:00:00Z") : null,
                submittedOn,
                null,
                null,
                null,
                3);
    }

    private static UUID who(String author) {
        return switch (author == null ? "" : author) {
            case "author" -> AUTHOR;
            case "other" -> OTHER_CASE_HOLDER;
            case "outsider" -> NOT_A_CASE_HOLDER;
            default -> null;
        };
    }

    @ParameterizedTest(name = "{0}, due {1}, by {2} → {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "PRE_SENTENCE, 2027-01-25, author, -, -",
                "PRE_SENTENCE, 2027-01-04, other, -, -",
                "PRE_SENTENCE, 2027-01-03, author, dueDate, The report cannot be due before the court asked for it",
                "PRE_SENTENCE, -, author, dueDate, Enter the date the court set for the report",
                "-, 2027-01-25, author, type, Select the type of report",
                "PRE_SENTENCE, 2027-01-25, -, authorId, Select who writes the report",
                "PRE_SENTENCE, 2027-01-25, outsider, authorId, Select a case holder from this youth justice service",
            })
    void aNewReport(ReportType type, LocalDate due, String author, String field, String problem) {
        CourtWork.NewReport asked = new CourtWork.NewReport(type, due, who(author), null, null);
        UUID id = UUID.randomUUID();
        List<UUID> caseHolders = List.of(AUTHOR, OTHER_CASE_HOLDER);
        if (field == null) {
            Change<CourtReport> change = CourtReport.request(id, ADJOURNED, asked, null, THREE_MONTHS, caseHolders);
            assertThat(change.isCreation()).isTrue();
            CourtReport report = change.after();
            assertThat(report.status()).isEqualTo(CourtReport.Status.REQUESTED);
            assertThat(report.childId()).isEqualTo(CHILD);
            assertThat(report.appearanceId()).isEqualTo(ADJOURNED.id());
            assertThat(report.requestedOn()).isEqualTo(LocalDate.of(2027, 1, 4));
            assertThat(report.authorId()).isEqualTo(who(author));
            assertThat(report.submittedOn()).isNull();
        } else {
            assertThatThrownBy(() -> CourtReport.request(id, ADJOURNED, asked, null, THREE_MONTHS, caseHolders))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsEntry(field, problem));
        }
    }

    @ParameterizedTest(name = "reusing a {0} submitted {1} (quality assured {2}) because \"{3}\", by {4} → {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                // The earlier report's author writes it unless another is chosen.
                "PRE_SENTENCE, 2026-10-05, true, Nothing has changed, -, -, -",
                "PRE_SENTENCE, 2026-10-04, true, Nothing has changed, other, -, -",
                "PRE_SENTENCE, 2026-10-03, true, Nothing has changed, -, reusedReportId,"
                        + " Only a report submitted in the last 3 months can be reused: write a new one",
                "PRE_SENTENCE, 2026-12-01, false, Nothing has changed, -, reusedReportId,"
                        + " Only a quality-assured report can be reused",
                "PRE_SENTENCE, 2026-12-01, true, '  ', -, reuseReason,"
                        + " Explain why nothing significant has changed since the earlier report",
                "STAND_DOWN, 2026-12-01, true, Nothing has changed, -, reusedReportId,"
                        + " Reuse a report of the same type: that one is a pre-sentence report",
            })
    void anEarlierReportReused(
            ReportType type,
            LocalDate submittedOn,
            boolean qualityAssured,
            String reason,
            String author,
            String field,
            String problem) {
        CourtReport earlier = earlier(submittedOn, qualityAssured);
        CourtWork.NewReport asked =
                new CourtWork.NewReport(type, LocalDate.of(2027, 1, 25), who(author), earlier.id(), reason);
        UUID id = UUID.randomUUID();
        List<UUID> caseHolders = List.of(AUTHOR, OTHER_CASE_HOLDER);
        if (field == null) {
            CourtReport report = CourtReport.request(id, ADJOURNED, asked, earlier, THREE_MONTHS, caseHolders)
                    .after();
            assertThat(report.status()).isEqualTo(CourtReport.Status.REUSED);
            assertThat(report.reusedReportId()).isEqualTo(earlier.id());
            assertThat(report.reuseReason()).isEqualTo(reason.trim());
            assertThat(report.submittedOn()).isEqualTo(LocalDate.of(2027, 1, 4));
            assertThat(report.authorId()).isEqualTo(author == null ? AUTHOR : who(author));
        } else {
            assertThatThrownBy(() -> CourtReport.request(id, ADJOURNED, asked, earlier, THREE_MONTHS, caseHolders))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsEntry(field, problem));
        }
    }

    @ParameterizedTest(name = "reused id given {0}, reason \"{1}\" → {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "true, Nothing has changed, Select one of this child’s earlier reports",
                "false, Nothing has changed, Select the earlier report to reuse",
            })
    void theEarlierReportMustBeOneOfTheChilds(boolean idGiven, String reason, String problem) {
        CourtWork.NewReport asked = new CourtWork.NewReport(
                ReportType.PRE_SENTENCE, LocalDate.of(2027, 1, 25), AUTHOR, idGiven ? UUID.randomUUID() : null, reason);
        assertThatThrownBy(() ->
                        CourtReport.request(UUID.randomUUID(), ADJOURNED, asked, null, THREE_MONTHS, List.of(AUTHOR)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsEntry("reusedReportId", problem));
    }

    @ParameterizedTest(name = "{0}, already marked {1} → event {2}, refused {3}")
    @CsvSource({
        "REQUESTED, false, true,  false",
        "REQUESTED, true,  false, false",
        "SUBMITTED, false, false, true",
        "WITHDRAWN, false, false, true",
    })
    void aParentingOrderConsidered(CourtReport.Status status, boolean marked, boolean event, boolean refused) {
        UUID report = UUID.randomUUID();
        ParentingOrderConsideration consideration = new ParentingOrderConsideration(report, CHILD, status, marked, 2);
        LocalDate on = LocalDate.of(2027, 2, 1);
        if (refused) {
            assertThatThrownBy(() -> consideration.consider(on))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors())
                                    .containsEntry(
                                            "parentingOrder",
                                            "Only a report still being written can be marked as considering a"
                                                    + " parenting order"));
            return;
        }
        Change<ParentingOrderConsideration> change = consideration.consider(on);
        assertThat(change.after().considered()).isTrue();
        assertThat(change.after().version()).isEqualTo(2);
        assertThat(change.events())
                .isEqualTo(event ? List.of(new ParentingOrderConsidered(CHILD, report, on)) : List.of());
    }
}
