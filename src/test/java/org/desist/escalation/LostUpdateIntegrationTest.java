package org.desist.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.desist.LostUpdateTest;
import org.desist.child.ChildRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two saves of the same escalation from the same version: one wins whole (its steps too), the other is told. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Autowired
    Escalations escalations;

    @Autowired
    ChildRecords children;

    @Test
    void escalatingAndResolvingAtOnce() {
        Escalation raised = as(
                caseManager,
                () -> escalations.raise(
                        children.responsibleChild(child.id()),
                        new EscalationRules.Raise(
                                EscalationKind.DISAGREEMENT,
                                "Whether he can go home",
                                RaisingService.YOS,
                                LocalDate.of(2027, 1, 18),
                                "Team managers")));
        var outcome = race.race(
                caseManager,
                () -> escalations.escalate(
                        children.responsibleChild(child.id()),
                        raised.id(),
                        0,
                        new EscalationRules.Escalate("No", LocalDate.of(2027, 1, 20), "Heads")),
                () -> escalations.resolve(
                        children.responsibleChild(child.id()),
                        raised.id(),
                        0,
                        new EscalationRules.Resolve("Agreed", LocalDate.of(2027, 1, 20))));

        oneWins(outcome, "escalation", Escalations.RECORD_TYPE, raised.id(), 0);
        assertThat(jdbc.sql("select level || ' ' || (resolved_on is null) from escalation where id = :id")
                        .param("id", raised.id())
                        .query(String.class)
                        .single())
                .isEqualTo("2 true");
        // The loser's step changes are not there: two steps (level 1 ended, level 2 open), one open.
        assertThat(jdbc.sql("select count(*) || ' ' || count(*) filter (where ended_on is null) from escalation_step"
                                + " where escalation_id = :id")
                        .param("id", raised.id())
                        .query(String.class)
                        .single())
                .isEqualTo("2 1");
    }
}
