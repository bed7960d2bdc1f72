package org.desist.outofcourt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.desist.LostUpdateTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two saves of the same out-of-court referral from the same version: one wins whole, the other is told. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Autowired
    OutOfCourtDisposals disposals;

    @Test
    void correctingTheBailDate() {
        var offence = offence(LocalDate.of(2027, 1, 10));
        Referral referral = as(
                caseManager,
                () -> disposals.refer(
                        childRecords.responsibleChild(child.id()),
                        new OutOfCourtDisposals.NewReferral(
                                LocalDate.of(2027, 1, 12),
                                "NB-1234",
                                "PC Moss",
                                null,
                                userId(caseManager),
                                List.of(offence))));
        var outcome = race.race(
                caseManager,
                () -> disposals.correctBailDate(referral.id(), 0, LocalDate.of(2027, 2, 15)),
                () -> disposals.correctBailDate(referral.id(), 0, LocalDate.of(2027, 2, 22)));

        oneWins(outcome, "oocd_referral", OutOfCourtDisposals.RECORD_TYPE, referral.id(), 0);
        assertThat(jdbc.sql("select bail_date from oocd_referral where id = :id")
                        .param("id", referral.id())
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2027, 2, 15));
        // One bail-date due item, not one per save.
        assertThat(jdbc.sql("select count(*) from due_item where trigger_record_id = :id")
                        .param("id", referral.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(jdbc.sql("select count(distinct rule_id) from due_item where trigger_record_id = :id")
                        .param("id", referral.id())
                        .query(Long.class)
                        .single());
    }
}
