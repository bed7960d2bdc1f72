package org.desist.appropriateadult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.platform.Clocks;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of call-outs: lateness against the local target, out of hours, and the call-out's invariants. */
class AppropriateAdultRulesTest {

    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Map.of(
            LocalDate.of(2026, 12, 25), "Christmas Day",
            LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)",
            LocalDate.of(2027, 1, 1), "New Year's Day"));

    static final ResponseRules RULES = new ResponseRules(120, LocalTime.of(9, 0), LocalTime.of(17, 0), CALENDAR);

    static Instant uk(String local) {
        return LocalDateTime.parse(local).atZone(Clocks.UK).toInstant();
    }

    @ParameterizedTest(name = "{0} minutes against a target of {1}: late {2}")
    @CsvSource({
        "0, 120, false",
        "119, 120, false",
        "120, 120, false",
        "121, 120, true",
        "300, 120, true",
        "45, 30, true",
        "30, 30, false"
    })
    void lateIsMoreThanTheTarget(long minutes, int target, boolean late) {
        ResponseRules rules = new ResponseRules(target, LocalTime.of(9, 0), LocalTime.of(17, 0), CALENDAR);
        assertThat(rules.late(Duration.ofMinutes(minutes))).isEqualTo(late);
    }

    @ParameterizedTest(name = "{0}: out of hours {1}")
    @CsvSource({
        "2026-12-01T08:59, true", // Tuesday, before office hours
        "2026-12-01T09:00, false", // the start is in hours
        "2026-12-01T16:59, false",
        "2026-12-01T17:00, true", // the end is out of hours
        "2026-12-01T23:30, true",
        "2026-12-05T11:00, true", // Saturday
        "2026-12-06T11:00, true", // Sunday
        "2026-12-25T11:00, true", // Christmas Day, a Friday
        "2026-12-28T11:00, true", // the substitute bank holiday, a Monday
        "2026-12-29T11:00, false", // Tuesday after
        "2027-01-01T10:00, true", // New Year's Day
        "2027-03-29T10:00, false" // after the clocks go forward: still UK time
    })
    void outOfHoursIsOutsideOfficeHoursOnWorkingDays(String at, boolean outOfHours) {
        assertThat(RULES.outOfHours(uk(at))).isEqualTo(outOfHours);
    }

    @Test
    void aTargetOrOfficeHoursThatMakeNoSenseAreRefused() {
        assertThatThrownBy(() -> new ResponseRules(0, LocalTime.of(9, 0), LocalTime.of(17, 0), CALENDAR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResponseRules(120, LocalTime.of(17, 0), LocalTime.of(9, 0), CALENDAR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static final Instant NOW = uk("2026-12-02T12:00");

    static CallOut.Request request(String at) {
        return new CallOut.Request(
                "Northbridge Central custody suite",
                uk(at),
                "Leo Grant",
                LocalDate.of(2010, 3, 3),
                null,
                "Ann Vol",
                true,
                null);
    }

    static CallOut requested(String at) {
        return CallOut.requestReceived(UUID.randomUUID(), UUID.randomUUID(), request(at), NOW)
                .after();
    }

    static Map<String, String> refusal(Runnable change) {
        try {
            change.run();
        } catch (InvalidRequestException e) {
            return e.errors();
        }
        return Map.of();
    }

    @ParameterizedTest(name = "request at {0}, arrival at {1}: {2}")
    @CsvSource({
        "2026-12-01T21:40, 2026-12-01T21:39, The arrival cannot be before the custody suite asked",
        "2026-12-01T21:40, 2026-12-02T12:01, The arrival must be now or in the past",
        "2026-12-01T21:40, 2026-12-01T21:40, ''",
        "2026-12-01T21:40, 2026-12-01T23:55, ''"
    })
    void arrivalIsNotBeforeTheRequest(String requestedAt, String arrivedAt, String problem) {
        CallOut c = requested(requestedAt);
        Map<String, String> problems = refusal(() -> c.arrived(uk(arrivedAt), NOW));
        assertThat(problems.getOrDefault("arrivedAt", "")).isEqualTo(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "leaving before arriving | 2026-12-01T22:59 | CHARGE | no | | | | leftAt | The time they left cannot be before they arrived",
                "charged, kept overnight, not asked, no reason | 2026-12-02T02:00 | CHARGE | yes | no | | | accommodationReason | Enter why the child was not moved to local authority accommodation",
                "charged, kept overnight, asked, not provided, no reason | 2026-12-02T02:00 | CHARGE | yes | yes | no | | accommodationReason | Enter why the child was not moved to local authority accommodation",
                "charged, kept overnight, asked, unanswered | 2026-12-02T02:00 | CHARGE | yes | yes | | | accommodationProvided | Select whether the local authority provided accommodation",
                "charged, overnight unanswered | 2026-12-02T02:00 | CHARGE | | | | | keptOvernight | Select whether the child was refused bail and kept in custody overnight",
                "no outcome | 2026-12-02T02:00 | | | | | | outcome | Select the outcome",
                "charged, kept overnight, provided | 2026-12-02T02:00 | CHARGE | yes | yes | yes | | | ",
                "charged, kept overnight, not provided, with the reason | 2026-12-02T02:00 | CHARGE | yes | yes | no | No bed | | ",
                "bailed | 2026-12-02T02:00 | BAIL | | | | | | "
            })
    void leavingRules(
            String description,
            String leftAt,
            CallOut.Outcome outcome,
            String overnight,
            String asked,
            String provided,
            String reason,
            String field,
            String problem) {
        CallOut arrived = requested("2026-12-01T21:40")
                .arrived(uk("2026-12-01T23:00"), NOW)
                .after();
        CallOut.Leaving leaving = new CallOut.Leaving(
                uk(leftAt),
                Set.of(CallOut.Procedure.INTERVIEW),
                outcome,
                yesNo(overnight),
                yesNo(asked),
                yesNo(provided),
                reason);
        Map<String, String> problems = refusal(() -> arrived.left(leaving, NOW));
        if (field == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsEntry(field, problem);
        }
    }

    @Test
    void leavingBeforeArrivingIsRefusedAndAnOvernightDetentionNotProvidedIsReported() {
        CallOut c = requested("2026-12-01T21:40");
        assertThat(refusal(() -> c.left(
                        new CallOut.Leaving(
                                uk("2026-12-01T23:00"),
                                Set.of(CallOut.Procedure.RIGHTS),
                                CallOut.Outcome.BAIL,
                                null,
                                null,
                                null,
                                null),
                        NOW)))
                .containsEntry("leftAt", "Record when the appropriate adult arrived first");
        CallOut left = c.arrived(uk("2026-12-01T23:55"), NOW)
                .after()
                .left(
                        new CallOut.Leaving(
                                uk("2026-12-02T03:10"),
                                Set.of(CallOut.Procedure.INTERVIEW, CallOut.Procedure.CHARGE),
                                CallOut.Outcome.CHARGE,
                                true,
                                true,
                                false,
                                "No bed in a children's home tonight"),
                        NOW)
                .after();
        assertThat(left.stage()).isEqualTo(CallOut.Stage.FINISHED);
        assertThat(left.overnightDetention()).isTrue();
        assertThat(left.accommodationNotProvided()).isTrue();
        assertThat(left.responseTime()).contains(Duration.ofMinutes(135));
        assertThat(RULES.late(left)).isTrue();
        // Bailed: nothing about overnight detention is kept, even if sent.
        CallOut bailed = c.arrived(uk("2026-12-01T22:00"), NOW)
                .after()
                .left(
                        new CallOut.Leaving(
                                uk("2026-12-01T23:00"),
                                Set.of(CallOut.Procedure.INTERVIEW),
                                CallOut.Outcome.BAIL,
                                true,
                                true,
                                false,
                                "x"),
                        NOW)
                .after();
        assertThat(bailed.keptOvernight()).isNull();
        assertThat(bailed.accommodationReason()).isNull();
        assertThat(RULES.late(bailed)).isFalse();
    }

    @Test
    void aRequestNeedsItsSuiteItsChildAndWhySomeoneOffTheRotaAttended() {
        Map<String, String> problems = refusal(() -> CallOut.requestReceived(
                UUID.randomUUID(),
                UUID.randomUUID(),
                new CallOut.Request(
                        " ", uk("2026-12-02T12:05"), "", LocalDate.of(2027, 1, 1), null, "Sam Staff", false, " "),
                NOW));
        assertThat(problems)
                .containsEntry("custodySuite", "Enter the custody suite that asked")
                .containsEntry("requestedAt", "The request must be now or in the past")
                .containsEntry("childName", "Enter the child's name")
                .containsEntry("childDateOfBirth", "The date of birth must be in the past")
                .containsEntry("offRotaReason", "Enter why someone not on the rota attended");
        CallOut c = requested("2026-12-01T21:40")
                .arrived(uk("2026-12-01T22:30"), NOW)
                .after();
        assertThat(refusal(() -> c.correctRequest(request("2026-12-01T22:31"), NOW)))
                .containsEntry("requestedAt", "The request must be before the appropriate adult arrived");
    }

    @Test
    void aCallOutLinksToWhatItLedToOnlyForAKnownChildChargedOrReferred() {
        CallOut bailed = requested("2026-12-01T21:40")
                .arrived(uk("2026-12-01T22:00"), NOW)
                .after()
                .left(
                        new CallOut.Leaving(
                                uk("2026-12-01T23:00"),
                                Set.of(CallOut.Procedure.INTERVIEW),
                                CallOut.Outcome.OUT_OF_COURT_REFERRAL,
                                null,
                                null,
                                null,
                                null),
                        NOW)
                .after();
        assertThat(refusal(() -> bailed.linkRecord(UUID.randomUUID())))
                .containsEntry("linkedRecordId", "Link the call-out to the child's record first");
        CallOut known = bailed.linkChild(UUID.randomUUID(), "Leo Grant", LocalDate.of(2010, 3, 3))
                .after();
        UUID referral = UUID.randomUUID();
        assertThat(known.linkRecord(referral).after().linkedRecordId()).isEqualTo(referral);
        assertThat(refusal(() -> known.linkChild(UUID.randomUUID(), "x", null))).containsKey("childId");
    }

    @ParameterizedTest(name = "median of {0} is {1} minutes")
    @CsvSource({"'30', 30", "'30 90', 60", "'90 30 45', 45", "'10 20 30 200', 25"})
    void theMedianIsTheMiddleResponse(String minutes, long median) {
        List<Duration> times = java.util.Arrays.stream(minutes.split(" "))
                .map(m -> Duration.ofMinutes(Long.parseLong(m)))
                .toList();
        assertThat(AppropriateAdultMeasures.median(times)).contains(Duration.ofMinutes(median));
        assertThat(AppropriateAdultMeasures.median(List.of())).isEmpty();
    }

    @Test
    void aRotaSlotIsSomeoneForAtMostAWeek() {
        Instant from = uk("2026-12-04T17:00");
        assertThat(refusal(() -> RotaSlot.add(UUID.randomUUID(), UUID.randomUUID(), from, from, null, null, "Ann")))
                .containsEntry("endsAt", "The slot must end after it starts");
        assertThat(refusal(() -> RotaSlot.add(
                        UUID.randomUUID(), UUID.randomUUID(), from, from.plus(Duration.ofDays(8)), null, null, "Ann")))
                .containsEntry("endsAt", "A slot can last a week at most");
        assertThat(refusal(() -> RotaSlot.add(
                        UUID.randomUUID(), UUID.randomUUID(), from, from.plus(Duration.ofHours(16)), null, null, " ")))
                .containsEntry("who", "Select who is on call");
        RotaSlot weekend = RotaSlot.add(
                        UUID.randomUUID(), UUID.randomUUID(), from, uk("2026-12-07T09:00"), null, null, "Ann Vol")
                .after();
        assertThat(weekend.covers(uk("2026-12-06T03:00"))).isTrue();
        assertThat(weekend.covers(uk("2026-12-07T09:00"))).isFalse();
    }

    private static Boolean yesNo(String v) {
        return v == null ? null : v.equals("yes");
    }
}
