package org.desist.victim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.deadline.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The prompts of victim work with real dates, over Christmas 2026: the first contact attempt within 10 working days
 * of the victim being recorded or of the disposal starting (the later), updates within 5 working days of a key
 * point when the victim asked for them; none once contact is refused or withdrawn, nor for closed work.
 */
class VictimPromptsTest {

    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Map.of(
            LocalDate.of(2026, 12, 25), "Christmas Day",
            LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)",
            LocalDate.of(2027, 1, 1), "New Year's Day"));

    static final VictimPrompts.Settings SETTINGS = new VictimPrompts.Settings(10, 5);

    @ParameterizedTest(name = "[{index}] {11}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // recorded | contact consent | attempted | closed | wants updates | disposal start | end | court order
                // | update key | given on | expected | why
                "2026-12-01 | NONE      | false | -          | false | -          | -          | false | -         | -          | FIRST_CONTACT 2026-12-15 | recorded Tuesday 1 December: 10 WD is Tuesday 15 December",
                "2026-12-18 | GIVEN     | false | -          | false | -          | -          | false | -         | -          | FIRST_CONTACT 2027-01-06 | recorded Friday 18 December: Christmas, Boxing Day (substitute) and New Year skipped",
                "2026-12-01 | NONE      | false | -          | false | 2026-12-10 | -          | true  | -         | -          | FIRST_CONTACT 2026-12-24 | the disposal started later (10 December): counted from it",
                "2026-12-01 | NONE      | false | -          | false | 2026-11-20 | -          | true  | -         | -          | FIRST_CONTACT 2026-12-15 | the disposal started before the victim was recorded: counted from the recording",
                "2026-12-01 | NONE      | true  | -          | false | -          | -          | false | -         | -          | none                     | a contact attempt was made",
                "2026-12-01 | REFUSED   | false | -          | true  | 2026-12-10 | -          | true  | -         | -          | none                     | the victim refused contact: no prompts at all",
                "2026-12-01 | WITHDRAWN | true  | -          | true  | 2026-12-10 | 2027-01-04 | true  | -         | -          | none                     | the victim withdrew consent: no prompts at all",
                "2026-12-01 | GIVEN     | false | 2026-12-03 | false | -          | -          | false | -         | -          | none                     | closed work prompts nothing",
                "2026-11-02 | GIVEN     | true  | -          | true  | 2026-12-24 | -          | true  | -         | -          | UPDATE_DISPOSAL 2027-01-05 | asked for updates, disposal Thursday 24 December: 5 WD is Tuesday 5 January",
                "2026-11-02 | GIVEN     | true  | -          | true  | 2026-12-24 | -          | true  | DISPOSAL  | 2026-12-29 | none                     | the update on the disposal was given",
                "2026-11-02 | GIVEN     | true  | -          | true  | 2026-12-24 | -          | true  | DISPOSAL  | 2026-12-20 | UPDATE_DISPOSAL 2027-01-05 | an update given before the disposal started does not meet it",
                "2026-11-02 | GIVEN     | true  | -          | false | 2026-12-24 | -          | true  | -         | -          | none                     | the victim did not ask for updates",
                "2026-11-02 | GIVEN     | true  | -          | true  | 2026-11-09 | 2027-01-04 | true  | DISPOSAL  | 2026-11-10 | UPDATE_ORDER_END 2027-01-11 | the order ended Monday 4 January: 5 WD is Monday 11 January",
                "2026-11-02 | GIVEN     | true  | -          | true  | 2026-11-09 | 2027-01-04 | false | DISPOSAL  | 2026-11-10 | none                     | an out-of-court disposal's end is no key point",
                "2026-11-02 | GIVEN     | true  | -          | true  | 2026-11-09 | 2027-01-04 | true  | ORDER_END | 2027-01-05 | UPDATE_DISPOSAL 2026-11-16 | the order's end was told but not the disposal",
                "2026-12-01 | NONE      | false | -          | true  | 2026-12-10 | -          | true  | -         | -          | FIRST_CONTACT 2026-12-24; UPDATE_DISPOSAL 2026-12-17 | not yet contacted and asked for updates: both due",
            })
    void promptsAreDueByTheRules(
            LocalDate recorded,
            VictimPrompts.Consent consent,
            boolean attempted,
            LocalDate closed,
            boolean wantsUpdates,
            LocalDate disposalStart,
            LocalDate disposalEnd,
            boolean courtOrder,
            String updateKey,
            LocalDate givenOn,
            String expected,
            String why) {
        List<VictimPrompts.Disposal> disposals = disposalStart == null
                ? List.of()
                : List.of(new VictimPrompts.Disposal(disposalStart, disposalEnd, courtOrder));
        List<VictimPrompts.Update> updates =
                updateKey == null ? List.of() : List.of(new VictimPrompts.Update(updateKey, givenOn));
        var facts = new VictimPrompts.Facts(
                UUID.randomUUID(), recorded, wantsUpdates, closed, consent, attempted, disposals, updates);

        String due = VictimPrompts.due(facts, SETTINGS, CALENDAR).stream()
                .map(p -> p.kind() + " " + p.dueDate())
                .collect(Collectors.joining("; "));

        assertThat(due.isEmpty() ? "none" : due).as(why).isEqualTo(expected);
    }

    @Test
    void theReasonSaysFromWhatAndTheSource() {
        var facts = new VictimPrompts.Facts(
                UUID.randomUUID(),
                LocalDate.of(2026, 12, 1),
                false,
                null,
                VictimPrompts.Consent.NONE,
                false,
                List.of(new VictimPrompts.Disposal(LocalDate.of(2026, 12, 10), null, true)),
                List.of());

        assertThat(VictimPrompts.due(facts, new VictimPrompts.Settings(8, 5), CALENDAR))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 12, 22));
                    assertThat(p.reason())
                            .isEqualTo("8 working days after 10 December 2026, the day the disposal started"
                                    + " (Victims' Code 2021)");
                });
    }
}
