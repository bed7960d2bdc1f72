package org.desist.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The remand or bail decision of an appearance: the aggregate's rule, with real dates. */
class CourtAppearanceRulesTest {

    private static CourtAppearance heard(Outcome outcome, RemandOrBail already) {
        return new CourtAppearance(
                UUID.randomUUID(),
                UUID.randomUUID(),
                LocalDate.of(2026, 3, 9),
                "Leeds Youth Court",
                CourtKind.values()[0],
                HearingType.values()[0],
                List.of(UUID.randomUUID()),
                outcome,
                null,
                LocalDate.of(2026, 4, 6),
                null,
                already,
                null,
                null,
                null,
                List.of(),
                3);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                "REMANDED, -, REMAND_TO_LOCAL_AUTHORITY, -, -, -, -",
                "REMANDED, -, REMAND_TO_YOUTH_DETENTION, SECURE_CHILDRENS_HOME, Aldine House, -, -",
                "BAILED, -, CONDITIONAL_BAIL, -, -, -, -",
                "REMANDED, REMAND_TO_LOCAL_AUTHORITY, REMAND_TO_LOCAL_AUTHORITY, -, -, decision,"
                        + " Remand or bail is already recorded for this appearance",
                "ADJOURNED, -, CONDITIONAL_BAIL, -, -, decision,"
                        + " Record remand or bail only for an appearance where the child was remanded or bailed",
                "REMANDED, -, -, -, -, decision, Select where the child is remanded to",
                "BAILED, -, -, -, -, decision, Select the kind of bail",
                "REMANDED, -, CONDITIONAL_BAIL, -, -, decision,"
                        + " 'The child was remanded: select a remand, or correct the outcome to bailed'",
                "BAILED, -, REMAND_TO_LOCAL_AUTHORITY, -, -, decision,"
                        + " 'The child was bailed: select a kind of bail, or correct the outcome to remanded'",
                "REMANDED, -, REMAND_TO_YOUTH_DETENTION, -, Aldine House, establishmentType,"
                        + " Select the type of youth detention accommodation",
                "REMANDED, -, REMAND_TO_YOUTH_DETENTION, SECURE_CHILDRENS_HOME, '  ', establishmentName,"
                        + " Enter the name of the establishment",
            })
    void aRemandOrBailDecision(
            Outcome outcome,
            RemandOrBail already,
            RemandOrBail decision,
            EstablishmentType type,
            String name,
            String field,
            String problem) {
        CourtAppearance appearance = heard(outcome, already);
        if (field == null) {
            Change<CourtAppearance> change = appearance.decideRemandOrBail(decision, type, name);
            assertThat(change.before()).isEqualTo(appearance);
            assertThat(change.after().remandOrBail()).isEqualTo(decision);
            assertThat(change.after().establishmentType()).isEqualTo(type);
            assertThat(change.after().establishmentName()).isEqualTo(name);
            assertThat(change.after().version()).isEqualTo(3);
            assertThat(change.events()).isEmpty();
        } else {
            assertThatThrownBy(() -> appearance.decideRemandOrBail(decision, type, name))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsEntry(field, problem));
        }
    }
}
