package org.desist.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a victim's record must say (Victims' Code 2021), and that its details never reach the trail. */
class VictimRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "a person          | PERSON    | ' Ann Lee ' | null | null",
                "the community     | COMMUNITY | Residents   | null | null",
                "nobody said who   | null      | Ann Lee     | kind | Select who the victim is",
                "no name           | BUSINESS  | ' '         | name | Enter the victim's name, or the business or community affected",
            })
    void whatAVictimMustSay(String name, Victim.Kind kind, String victimName, String field, String message) {
        if (field == null) {
            Victim victim = Victim.record(UUID.randomUUID(), UUID.randomUUID(), kind, victimName, " ", "", true)
                    .after();
            assertThat(victim.name()).isEqualTo(victimName.trim());
            assertThat(victim.contact()).isNull();
            assertThat(victim.wishes()).isNull();
        } else {
            assertThatThrownBy(() ->
                            Victim.record(UUID.randomUUID(), UUID.randomUUID(), kind, victimName, null, null, false))
                    .isInstanceOf(InvalidRequestException.class)
                    .extracting(e -> ((InvalidRequestException) e).errors())
                    .isEqualTo(Map.of(field, message));
        }
    }

    @Test
    void aVictimsDetailsNeverReachTheTrail() {
        Victim victim = Victim.record(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        Victim.Kind.PERSON,
                        "Ann Lee",
                        "07700 900123",
                        "Wants an apology",
                        true)
                .after();
        assertThat(Victims.AUDITED_VICTIM.changes(null, victim)).isEmpty();
    }
}
