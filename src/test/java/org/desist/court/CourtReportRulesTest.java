package org.desist.court;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What may happen to a report to court, and why not: the aggregate's own rules, with real dates. */
class CourtReportRulesTest {

    private static final UUID AUTHOR = UUID.randomUUID();
    private static final UUID MANAGER = UUID.randomUUID();
    private static final LocalDate REQUESTED = LocalDate.of(2027, 1, 4);
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    private static CourtReport report(CourtReport.Status status, boolean qualityAssured) {
        return new CourtReport(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                ReportType.PRE_SENTENCE,
                REQUESTED,
                LocalDate.of(2027, 1, 25),
                AUTHOR,
                status,
                qualityAssured ? MANAGER : null,
                qualityAssured ? Instant.parse("2027-01-20T10:00:00Z") : null,
                null,
                null,
                null,
                null,
                0);
    }

    private static final CourtReport BEING_WRITTEN = report(CourtReport.Status.REQUESTED, false);
    private static final CourtReport SIGNED_OFF = report(CourtReport.Status.REQUESTED, true);
    private static final CourtReport SUBMITTED = report(CourtReport.Status.SUBMITTED, true);
    private static final CourtReport WITHDRAWN = report(CourtReport.Status.WITHDRAWN, false);

    record Case(
            String name,
            CourtReport report,
            Function<CourtReport, Map<String, String>> asked,
            Map<String, String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case(
                        "the court moves the due date",
                        BEING_WRITTEN,
                        r -> r.problemsMovingTo(LocalDate.of(2027, 2, 8)),
                        Map.of()),
                new Case(
                        "due on the day it was asked for", BEING_WRITTEN, r -> r.problemsMovingTo(REQUESTED), Map.of()),
                new Case(
                        "due the day before it was asked for",
                        BEING_WRITTEN,
                        r -> r.problemsMovingTo(REQUESTED.minusDays(1)),
                        Map.of("dueDate", "The report cannot be due before the court asked for it")),
                new Case(
                        "no due date",
                        BEING_WRITTEN,
                        r -> r.problemsMovingTo(null),
                        Map.of("dueDate", "Enter the date the court set for the report")),
                new Case(
                        "moving a submitted report",
                        SUBMITTED,
                        r -> r.problemsMovingTo(LocalDate.of(2027, 2, 8)),
                        Map.of("dueDate", "This report is submitted: it cannot change")),
                new Case(
                        "another manager signs it off",
                        BEING_WRITTEN,
                        r -> r.problemsQualityAssuringBy(MANAGER),
                        Map.of()),
                new Case(
                        "its author signs it off",
                        BEING_WRITTEN,
                        r -> r.problemsQualityAssuringBy(AUTHOR),
                        Map.of("qualityAssurance", "You wrote this report: another manager must quality assure it")),
                new Case(
                        "signed off twice",
                        SIGNED_OFF,
                        r -> r.problemsQualityAssuringBy(MANAGER),
                        Map.of("qualityAssurance", "This report is already quality assured")),
                new Case(
                        "submitted today once signed off",
                        SIGNED_OFF,
                        r -> r.problemsSubmittingOn(TODAY, TODAY),
                        Map.of()),
                new Case(
                        "submitted the day it was asked for",
                        SIGNED_OFF,
                        r -> r.problemsSubmittingOn(REQUESTED, TODAY),
                        Map.of()),
                new Case(
                        "submitted before a manager signed it off",
                        BEING_WRITTEN,
                        r -> r.problemsSubmittingOn(TODAY, TODAY),
                        Map.of(
                                "submittedOn",
                                "A report cannot be marked submitted before a manager’s quality assurance sign-off")),
                new Case(
                        "submitted tomorrow",
                        SIGNED_OFF,
                        r -> r.problemsSubmittingOn(TODAY.plusDays(1), TODAY),
                        Map.of("submittedOn", "The date it was submitted must be today or in the past")),
                new Case(
                        "submitted before it was asked for",
                        SIGNED_OFF,
                        r -> r.problemsSubmittingOn(REQUESTED.minusDays(1), TODAY),
                        Map.of("submittedOn", "The report cannot be submitted before the court asked for it")),
                new Case(
                        "submitted with no date",
                        SIGNED_OFF,
                        r -> r.problemsSubmittingOn(null, TODAY),
                        Map.of("submittedOn", "Enter the date the report was submitted")),
                new Case(
                        "withdrawn with the reason",
                        BEING_WRITTEN,
                        r -> r.problemsWithdrawing("Adjourned sine die"),
                        Map.of()),
                new Case(
                        "withdrawn with no reason",
                        BEING_WRITTEN,
                        r -> r.problemsWithdrawing("  "),
                        Map.of("reason", "Say why the report is no longer needed")),
                new Case(
                        "withdrawing one already withdrawn",
                        WITHDRAWN,
                        r -> r.problemsWithdrawing("Again"),
                        Map.of("reason", "This report is no longer needed: it cannot change")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void saysWhatMayHappenAndWhyNot(Case c) {
        assertThat(c.asked().apply(c.report())).isEqualTo(c.expected());
    }

    @ParameterizedTest
    @CsvSource({"2027-01-04", "2027-01-20", "2027-03-01"})
    void movingTheDueDateChangesOnlyIt(LocalDate due) {
        CourtReport before = report(CourtReport.Status.REQUESTED, false);
        var change = before.moveDueDate(due);
        assertThat(change.before()).isEqualTo(before);
        assertThat(change.after())
                .isEqualTo(new CourtReport(
                        before.id(),
                        before.childId(),
                        before.appearanceId(),
                        before.type(),
                        before.requestedOn(),
                        due,
                        before.authorId(),
                        before.status(),
                        before.qualityAssuredBy(),
                        before.qualityAssuredAt(),
                        before.submittedOn(),
                        before.reusedReportId(),
                        before.reuseReason(),
                        before.withdrawnReason(),
                        before.version()));
    }

    @ParameterizedTest
    @CsvSource({"2027-01-04", "2027-01-31", "2027-02-01"})
    void submittingAQualityAssuredReportSubmitsItOnItsDate(LocalDate on) {
        var change = report(CourtReport.Status.REQUESTED, true).submit(on, TODAY);
        assertThat(change.after().status()).isEqualTo(CourtReport.Status.SUBMITTED);
        assertThat(change.after().submittedOn()).isEqualTo(on);
    }

    @org.junit.jupiter.api.Test
    void signingOffRecordsTheManagerAndWithdrawingTheTrimmedReason() {
        var at = java.time.Instant.parse("2027-01-20T10:15:00Z");
        var signed = report(CourtReport.Status.REQUESTED, false)
                .qualityAssure(MANAGER, at)
                .after();
        assertThat(signed.qualityAssuredBy()).isEqualTo(MANAGER);
        assertThat(signed.qualityAssuredAt()).isEqualTo(at);
        var withdrawn = signed.withdraw("  The court dismissed the case ").after();
        assertThat(withdrawn.status()).isEqualTo(CourtReport.Status.WITHDRAWN);
        assertThat(withdrawn.withdrawnReason()).isEqualTo("The court dismissed the case");
    }

    @org.junit.jupiter.api.Test
    void aRefusedChangeNamesItsField() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> report(CourtReport.Status.REQUESTED, false).submit(TODAY, TODAY))
                .isInstanceOfSatisfying(
                        org.desist.platform.InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsKey("submittedOn"));
    }
}
