package org.desist.victim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words the child's side reads of victim work: plain, and never about who the victim is. */
class StatementWordingTest {

    @ParameterizedTest(name = "[{index}] {6}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // contact consent | attempts | made | sharing | wishes recorded | offers | expected line
                "NONE      | 0 | 0 | NONE      | false | -                              | Victim recorded",
                "GIVEN     | 2 | 1 | GIVEN     | true  | -                              | Victim contacted, wishes shared",
                "GIVEN     | 1 | 0 | NONE      | false | -                              | 1 contact attempt, not reached yet",
                "NONE      | 3 | 0 | NONE      | false | -                              | 3 contact attempts, not reached yet",
                "REFUSED   | 1 | 0 | NONE      | false | -                              | Victim asked for no contact",
                "WITHDRAWN | 2 | 2 | WITHDRAWN | true  | -                              | Victim withdrew consent to contact, victim did not agree to share their wishes",
                "GIVEN     | 1 | 1 | REFUSED   | true  | INFORMATION                    | Victim contacted, victim did not agree to share their wishes, offered information",
                "GIVEN     | 1 | 1 | GIVEN     | false | INFORMATION SUPPORT_SERVICES PERSONAL_STATEMENT RESTORATIVE_JUSTICE | Victim contacted, offered information, support and a victim personal statement",
            })
    void theLineJoinsThePartsWords(
            VictimPrompts.Consent contact,
            int attempts,
            int made,
            VictimPrompts.Consent sharing,
            boolean wishes,
            String offers,
            String expected) {
        List<String> words = new ArrayList<>(
                StatementWording.contact(contact, new CaseSideRepository.Contacts(attempts, made, null)));
        words.addAll(StatementWording.wishes(sharing, wishes));
        words.addAll(StatementWording.offers(offers == null ? List.of() : Arrays.asList(offers.split(" "))));

        assertThat(StatementWording.line(words)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} due {1}, today {2}: {3}")
    @CsvSource({
        "FIRST_CONTACT, 2026-12-15, 2026-12-08, first contact attempt due by 15 December 2026",
        "FIRST_CONTACT, 2026-12-15, 2026-12-15, first contact attempt due by 15 December 2026",
        "FIRST_CONTACT, 2026-12-15, 2026-12-16, 'first contact attempt overdue, due by 15 December 2026'",
        "UPDATE_DISPOSAL, 2027-01-05, 2026-12-29, update on the disposal due by 5 January 2027",
        "UPDATE_ORDER_END, 2027-01-11, 2027-01-12, 'update on the order''s end overdue, due by 11 January 2027'",
    })
    void aPromptStillDueSaysByWhen(VictimPrompts.Kind kind, LocalDate due, LocalDate today, String expected) {
        var prompt = new VictimPrompts.Prompt(UUID.randomUUID(), kind, due.minusDays(14), due, "why");

        assertThat(StatementWording.due(prompt, today)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} updates: {1}")
    @CsvSource({"0, asked to be kept informed", "1, kept informed (1 update)", "3, kept informed (3 updates)"})
    void updatesSayHowManyWereGiven(int given, String expected) {
        assertThat(StatementWording.updates(given)).containsExactly(expected);
    }
}
