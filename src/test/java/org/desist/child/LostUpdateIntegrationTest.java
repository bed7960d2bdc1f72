package org.desist.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.desist.LostUpdateTest;
import org.desist.TestData;
import org.desist.child.domain.ChildRecordService;
import org.junit.jupiter.api.Test;

/** Two amendments of the same child's record from the same version (Spring Data's @Version): one wins whole. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Test
    void amendingAChildsRecord() {
        LocalDate born = LocalDate.of(2010, 3, 14);
        var outcome = race.race(
                caseManager,
                () -> records.amend(child.id(), 0, TestData.child("Rory", "Archer", born)),
                () -> records.amend(child.id(), 0, TestData.child("Rory", "Baker", born)));

        oneWins(outcome, "child", ChildRecordService.RECORD_TYPE, child.id(), 0);
        assertThat(jdbc.sql("select family_name from child where id = :id")
                        .param("id", child.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Archer");
    }
}
