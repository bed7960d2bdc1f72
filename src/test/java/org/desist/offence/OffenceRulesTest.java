package org.desist.offence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recording an offence and a victim: the aggregates' own rules, with real dates. */
class OffenceRulesTest {

    private static final LocalDate BORN = LocalDate.of(2012, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 14);

    private static Map<String, String> problems(LocalDate on, String description, Integer score, int adjustment) {
        try {
            Change<Offence> change = Offence.record(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    BORN,
                    new Offences.NewOffence(
                            on,
                            description,
                            OffenceCategory.THEFT_AND_HANDLING,
                            Plea.ADMITTED,
                            " ",
                            false,
                            false,
                            score,
                            adjustment,
                            adjustment == 0 ? null : " Planned "),
                    GravityScale.CURRENT,
                    TODAY);
            assertThat(change.isCreation()).isTrue();
            assertThat(change.after().description()).isEqualTo(description.trim());
            assertThat(change.after().coAccused()).isNull();
            assertThat(change.events())
                    .containsExactly(new OffenceRecorded(
                            change.after().childId(), change.after().id(), on, TODAY));
            return Map.of();
        } catch (InvalidRequestException e) {
            return e.errors();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "today                     | 2026-12-14 | ' Took sweets ' | 2    | 0  | null              | null",
                "tomorrow                  | 2026-12-15 | Took sweets     | 2    | 0  | offenceDate       | Date of the offence must be today or in the past",
                "the day before 10         | 2022-02-28 | Took sweets     | 2    | 0  | offenceDate       | The child was under 10 on that date, below the age of criminal responsibility",
                "the 10th birthday         | 2022-03-01 | Took sweets     | 2    | 0  | null              | null",
                "no date                   | null       | Took sweets     | 2    | 0  | offenceDate       | Enter the date of the offence",
                "no description            | 2026-12-01 | ' '             | 2    | 0  | description       | Describe the offence",
                "no score                  | 2026-12-01 | Took sweets     | null | 0  | gravityScore      | Enter the gravity score from 1 to 5",
                "score 6 on a 1-5 scale    | 2026-12-01 | Took sweets     | 6    | 0  | gravityScore      | Gravity score must be from 1 to 5 on the Current national matrix (1–5)",
                "aggravated 5 to 6         | 2026-12-01 | Took sweets     | 5    | 1  | gravityAdjustment | The adjusted score must stay from 1 to 5",
                "aggravated 3 to 4         | 2026-12-01 | Took sweets     | 3    | 1  | null              | null",
            })
    void whatAnOffenceMustSay(
            String name,
            LocalDate on,
            String description,
            Integer score,
            int adjustment,
            String field,
            String message) {
        Map<String, String> problems = problems(on, description, score, adjustment);
        if (field == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsEntry(field, message);
        }
    }
}
