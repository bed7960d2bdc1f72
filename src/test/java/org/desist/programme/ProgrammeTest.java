package org.desist.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A catalogue's programme as the aggregate checks it: added (offered), changed, withdrawn, offered again. */
class ProgrammeTest {

    static final UUID SERVICE = UUID.randomUUID();

    @ParameterizedTest(name = "\"{0}\", {1}, {2}, {3} sessions, offered {4}: {5} {6}")
    @CsvSource(
            nullValues = "-",
            value = {
                "Choices, GROUP, KNIFE_CRIME, 6, true, -, -",
                "Choices, ONE_TO_ONE, KNIFE_CRIME, 1, false, -, -",
                "Choices, GROUP, KNIFE_CRIME, 200, true, -, -",
                "'  ', GROUP, KNIFE_CRIME, 6, true, name, Enter the name of the programme",
                "Choices, -, KNIFE_CRIME, 6, true, delivery, Select how the programme is delivered",
                "Choices, GROUP, -, 6, true, topic, Select what the programme works on",
                "Choices, GROUP, KNIFE_CRIME, -, true, sessionsPlanned, Enter the number of sessions planned",
                "Choices, GROUP, KNIFE_CRIME, 0, true, sessionsPlanned, The number of sessions planned must be between 1 and 200",
                "Choices, GROUP, KNIFE_CRIME, 201, true, sessionsPlanned, The number of sessions planned must be between 1 and 200",
                "Choices, GROUP, KNIFE_CRIME, 6, -, active, Select whether the programme is still offered",
            })
    void aChangedProgrammeIsCheckedFieldByField(
            String name,
            Delivery delivery,
            ProgrammeTopic topic,
            Integer sessions,
            Boolean active,
            String field,
            String message) {
        Programme choices = added();
        ProgrammeDetails details = new ProgrammeDetails(name, delivery, topic, sessions, null, active);
        if (field == null) {
            var change = choices.change(details);
            assertThat(change.before()).isSameAs(choices);
            assertThat(change.after().active()).isEqualTo(active);
            assertThat(change.after().version()).isEqualTo(choices.version());
        } else {
            assertThatThrownBy(() -> choices.change(details))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors())
                                    .containsEntry(field, message)
                                    .hasSize(1));
        }
    }

    @Test
    void aNewProgrammeIsOfferedAndNeedsNoAnswerOnWhetherItIs() {
        var change = Programme.add(
                UUID.randomUUID(),
                SERVICE,
                new ProgrammeDetails(
                        " Choices ", Delivery.GROUP, ProgrammeTopic.KNIFE_CRIME, 6, "  Six weekly sessions ", null));

        assertThat(change.isCreation()).isTrue();
        assertThat(change.after().active()).isTrue();
        assertThat(change.after().name()).isEqualTo("Choices");
        assertThat(Programme.AUDITED.changes(null, change.after()))
                .extracting(c -> c.field() + ": " + c.newValue())
                .containsExactly(
                        "Name: Choices",
                        "Delivery: Group",
                        "Topic: " + ProgrammeTopic.KNIFE_CRIME.label(),
                        "Sessions planned: 6",
                        "Description: Six weekly sessions",
                        "Status: Active");
        assertThatThrownBy(() -> Programme.add(
                        UUID.randomUUID(),
                        SERVICE,
                        new ProgrammeDetails(
                                "x".repeat(121), Delivery.GROUP, ProgrammeTopic.KNIFE_CRIME, 6, null, null)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .containsEntry("name", "The name of the programme must be 120 characters or fewer"));
    }

    @Test
    void withdrawingShowsOnlyTheStatusInTheTrail() {
        Programme choices = added();
        var change = choices.change(
                new ProgrammeDetails("Choices", Delivery.GROUP, ProgrammeTopic.KNIFE_CRIME, 6, null, false));

        assertThat(Programme.AUDITED.changes(change.before(), change.after()))
                .extracting(c -> c.field() + ": " + c.oldValue() + " -> " + c.newValue())
                .containsExactly("Status: Active -> Withdrawn");
    }

    private static Programme added() {
        return Programme.add(
                        UUID.randomUUID(),
                        SERVICE,
                        new ProgrammeDetails("Choices", Delivery.GROUP, ProgrammeTopic.KNIFE_CRIME, 6, null, null))
                .after();
    }
}
