package org.desist.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The intervention aggregate's changes: what each refuses, the state it moves to and the events it raises. */
class InterventionRulesTest {

    static final UUID HOME = AllocationRulesTest.HOME;
    static final UUID CURRENT = AllocationRulesTest.CURRENT;
    static final UUID COLLEAGUE = AllocationRulesTest.COLLEAGUE;

    static Intervention referred(String referredOn) {
        return AllocationRulesTest.intervention("REFERRED", null, referredOn, null, null);
    }

    static Intervention active(String start) {
        return AllocationRulesTest.intervention("ACTIVE", start, null, null, null);
    }

    @ParameterizedTest(name = "referred {0}, start {1} to {2}: {3}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "2026-12-01 | 2026-12-10 | 2027-06-10 | -",
                "2026-12-01 | 2026-12-01 | 2027-03-01 | -",
                "2026-12-01 | 2026-11-30 | 2027-03-01 | startDate: The work cannot start before the referral",
                "2026-12-01 | -          | -          | startDate: Enter the start date",
                "2026-12-01 | 2026-12-10 | -          | endDate: Enter the end date of the referral order",
                "2026-12-01 | 2026-12-10 | 2027-01-10 | endDate: A referral order lasts from 3 to 12 months",
            })
    void activating(String referredOn, String start, String end, String expected) {
        Intervention before = referred(referredOn);
        LocalDate startDate = date(start);
        if (expected == null) {
            Change<Intervention> change = before.activate(startDate, date(end));
            assertThat(change.after().status()).isEqualTo(Intervention.Status.ACTIVE);
            assertThat(change.after().startDate()).isEqualTo(startDate);
            assertThat(change.after().endDate()).isEqualTo(date(end));
            assertThat(change.events())
                    .singleElement()
                    .isInstanceOfSatisfying(
                            InterventionStarted.class,
                            e -> assertThat(e.startDate()).isEqualTo(startDate));
        } else {
            assertRefused(() -> before.activate(startDate, date(end)), expected);
        }
    }

    @Test
    void anActiveInterventionCannotStartAgain() {
        assertRefused(
                () -> active("2026-12-10").activate(LocalDate.of(2026, 12, 11), null),
                "startDate: This intervention has already started");
    }

    @ParameterizedTest(name = "{0} started {1}, corrected to {2}: {3}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "ACTIVE   | 2026-12-10 | 2026-12-08 | -",
                "ACTIVE   | 2026-12-10 | -          | startDate: Enter the start date",
                "ACTIVE   | 2026-12-10 | 2026-02-01 | startDate: A referral order lasts from 3 to 12 months",
                "REFERRED | -          | 2026-12-08 | startDate: The intervention has not started yet",
            })
    void correctingTheStartDate(String status, String start, String corrected, String expected) {
        Intervention given = AllocationRulesTest.intervention(status, start, "2026-12-01", null, null);
        // A referral order of six months from its first start.
        Intervention before = new Intervention(
                given.id(),
                given.serviceId(),
                null,
                given.childId(),
                given.type(),
                given.startDate(),
                given.startDate() == null ? null : LocalDate.of(2027, 6, 10),
                given.status(),
                null,
                null,
                null,
                given.caseManagerId(),
                0,
                given.referredOn(),
                null);
        if (expected == null) {
            Change<Intervention> change = before.correctStartDate(date(corrected));
            assertThat(change.before()).isEqualTo(before);
            assertThat(change.after().startDate()).isEqualTo(date(corrected));
            assertThat(change.events())
                    .containsExactly(new InterventionStartDateCorrected(before.id(), date(corrected)));
        } else {
            assertRefused(() -> before.correctStartDate(date(corrected)), expected);
        }
    }

    @Test
    void reallocatingRaisesTheChangeOfCaseManager() {
        Intervention before = active("2026-12-10");
        LocalDate from = LocalDate.of(2027, 1, 4);
        Change<Intervention> change = before.reallocate(COLLEAGUE, Set.of(CURRENT, COLLEAGUE), from, "Caseload");

        assertThat(change.after().caseManagerId()).isEqualTo(COLLEAGUE);
        assertThat(change.events())
                .containsExactly(new CaseManagerChanged(before.childId(), before.id(), CURRENT, COLLEAGUE, from));
        assertRefused(
                () -> before.reallocate(CURRENT, Set.of(CURRENT), from, "Caseload"),
                "caseManagerId: Select a different case manager: this one already holds it");
    }

    @ParameterizedTest(name = "caretaking from {0} of work begun 2026-12-10, ended {1}: {2}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "2026-12-10 | 2027-02-01 | -",
                "2026-12-09 | -          | caretakingFrom: Caretaking cannot start before the intervention began",
                "2027-02-01 | 2027-01-31 | caretakingTo: Caretaking cannot end before it started",
            })
    void caretaking(String from, String to, String expected) {
        Intervention before = active("2026-12-10");
        UUID host = AllocationRulesTest.HOST;
        if (expected != null && expected.startsWith("caretakingFrom")) {
            assertRefused(() -> before.arrangeCaretaking(host, true, date(from)), expected);
            return;
        }
        Intervention hosted = before.arrangeCaretaking(host, true, date(from)).after();
        assertThat(hosted.hostServiceId()).isEqualTo(host);
        assertThat(hosted.caretakingFrom()).isEqualTo(date(from));
        if (expected == null) {
            Intervention ended = hosted.endCaretaking(date(to)).after();
            assertThat(ended.hostServiceId()).isNull();
            assertThat(ended.caretakingFrom()).isNull();
        } else {
            assertRefused(() -> hosted.endCaretaking(date(to)), expected);
        }
    }

    @ParameterizedTest(name = "closed {0} on {1}, manager {2}, undone {3}: {4}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "COMPLETED | 2027-06-10 | false | -          | -",
                "COMPLETED | 2026-12-09 | false | -          | closedOn: It cannot end before it started",
                "COMPLETED | 2027-06-10 | true  | Assessment | overrideReason: Give the reason for closing with these due items still open: Assessment",
                "REVOKED   | 2027-01-10 | false | -          | -",
            })
    void closing(String reason, String on, boolean manager, String undone, String expected) {
        Intervention before = active("2026-12-10");
        List<String> left = undone == null ? List.of() : List.of(undone);
        ClosureReason why = ClosureReason.valueOf(reason);
        if (expected == null) {
            Intervention closed = before.close(why, " Family support ", date(on), left, manager, null)
                    .after();
            assertThat(closed.status()).isEqualTo(Intervention.Status.CLOSED);
            assertThat(closed.closureReason()).isEqualTo(why);
            assertThat(closed.closedOn()).isEqualTo(date(on));
            assertThat(closed.exitStrategy()).isEqualTo("Family support");
        } else {
            assertRefused(() -> before.close(why, "Family support", date(on), left, manager, null), expected);
        }
    }

    @Test
    void preventionWorkStartsWithoutTellingOtherModules() {
        Change<Intervention> prevention = Intervention.start(
                UUID.randomUUID(),
                HOME,
                UUID.randomUUID(),
                InterventionType.PREVENTION_PROGRAMME,
                LocalDate.of(2026, 12, 10),
                null,
                null,
                Map.of());
        assertThat(prevention.isCreation()).isTrue();
        assertThat(prevention.events()).isEmpty();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static void assertRefused(Runnable change, String expected) {
        String field = expected.substring(0, expected.indexOf(':'));
        String message = expected.substring(expected.indexOf(':') + 2);
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsEntry(field, message));
    }
}
