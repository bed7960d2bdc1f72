package org.desist.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.desist.court.ReportType;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.deadline.internal.TestCalendars;
import org.desist.order.RequirementType;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A liaison as the aggregate makes and records it: due 2 working days before the report (across the bank holiday
 * of Friday 1 January 2027), recorded once. "Today" is Monday 1 February 2027.
 */
class SocialCareLiaisonTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static WorkingDayCalendar calendar;

    @BeforeAll
    static void holidays() throws IOException {
        try (InputStream in =
                SocialCareLiaisonTest.class.getResourceAsStream("/calendar/bank-holidays-england-and-wales.json")) {
            calendar = TestCalendars.read(in);
        }
    }

    @ParameterizedTest(name = "{0} considered {1} for a report due {2}, child of {3}: due {4}, overdue {5}")
    @CsvSource({
        "RESIDENCE, 2026-12-14, 2027-01-04, 16, 2026-12-30, true",
        "INTENSIVE_FOSTERING, 2027-01-31, 2027-02-02, 14, 2027-01-31, true",
        "LOCAL_AUTHORITY_RESIDENCE, 2027-01-25, 2027-02-05, 12, 2027-02-03, false",
    })
    void aRequirementConsideredFallsDueBeforeTheReport(
            RequirementType requirement,
            LocalDate consideredOn,
            LocalDate reportDue,
            int age,
            LocalDate due,
            boolean overdue) {
        var change = SocialCareLiaison.consider(
                UUID.randomUUID(),
                UUID.randomUUID(),
                new LiaisonRules.Considered(requirement, consideredOn),
                UUID.randomUUID(),
                ReportType.PRE_SENTENCE,
                reportDue,
                age,
                2,
                calendar,
                TODAY);

        assertThat(change.isCreation()).isTrue();
        assertThat(change.after().dueOn()).isEqualTo(due);
        assertThat(change.after().overdue()).isEqualTo(overdue);
        assertThat(SocialCareLiaison.AUDITED.changes(null, change.after()))
                .extracting(c -> c.field() + ": " + c.newValue())
                .containsExactly(
                        "Requirement: " + requirement.label(),
                        "Report: Pre-sentence report due " + reportDue,
                        "Liaison due: " + due);
    }

    @Test
    void withoutAReportOrForAChildTooYoungForResidenceItIsRefused() {
        assertThatThrownBy(() -> SocialCareLiaison.consider(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        new LiaisonRules.Considered(RequirementType.RESIDENCE, LocalDate.of(2026, 12, 14)),
                        null,
                        null,
                        null,
                        15,
                        2,
                        calendar,
                        TODAY))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("requirement", "reportId"));
    }

    @Test
    void theLiaisonIsRecordedOnce() {
        SocialCareLiaison considered = SocialCareLiaison.consider(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        new LiaisonRules.Considered(RequirementType.RESIDENCE, LocalDate.of(2026, 12, 14)),
                        UUID.randomUUID(),
                        ReportType.PRE_SENTENCE,
                        LocalDate.of(2027, 1, 4),
                        16,
                        2,
                        calendar,
                        TODAY)
                .after();
        var change = considered.recordLiaison(
                new LiaisonRules.Liaison(LocalDate.of(2027, 1, 4), " Jo Hughes, social worker ", " Supports the aunt "),
                TODAY);

        assertThat(change.after().done()).isTrue();
        assertThat(change.after().overdue()).isFalse();
        assertThat(SocialCareLiaison.AUDITED.changes(change.before(), change.after()))
                .extracting(c -> c.field() + ": " + c.newValue())
                .containsExactly(
                        "Liaised on: 2027-01-04", "With: Jo Hughes, social worker", "Outcome: Supports the aunt");
        assertThatThrownBy(
                        () -> change.after().recordLiaison(new LiaisonRules.Liaison(TODAY, "Kim Lee", "Again"), TODAY))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(Map.entry("liaisedOn", "The liaison is already recorded")));
        assertThatThrownBy(() ->
                        considered.recordLiaison(new LiaisonRules.Liaison(LocalDate.of(2027, 2, 2), " ", null), TODAY))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("liaisedOn", "contact", "outcome"));
    }
}
