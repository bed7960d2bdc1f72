package org.desist.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.desist.LostUpdateTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two saves of the same assessment from the same version: one wins whole, the other is told. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Autowired
    Assessments assessments;

    @Autowired
    FamilyRelationships familyRelationships;

    UUID assessment;

    @BeforeEach
    void aCompleteDraft() throws Exception {
        assessment = completeDraftAssessment(referralOrder());
    }

    @Test
    void aDoubleSubmitPublishesAssessmentSubmittedOnce() {
        var outcome = race.race(
                caseManager, () -> assessments.submit(assessment, 1), () -> assessments.submit(assessment, 1));

        oneWins(outcome, "assessment", Assessments.RECORD_TYPE, assessment, 1);
        assertThat(events.count(AssessmentSubmitted.class, e -> e.assessmentId().equals(assessment)))
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from due_item where met_by_record_id = :id")
                        .param("id", assessment)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void editingADraft() {
        AssessmentDetails details =
                as(caseManager, () -> assessments.get(assessment)).details();
        var outcome = race.race(
                caseManager,
                () -> assessments.update(assessment, 1, details),
                () -> assessments.update(assessment, 1, AssessmentDetails.empty()));

        oneWins(outcome, "assessment", Assessments.RECORD_TYPE, assessment, 1);
        assertThat(as(caseManager, () -> assessments.get(assessment)).details()).isEqualTo(details);
    }

    @Test
    void ratingFamilyRelationships() {
        var outcome = race.race(
                caseManager,
                () -> familyRelationships.rate(assessment, 1, 2),
                () -> familyRelationships.rate(assessment, 1, 4));

        oneWins(outcome, "assessment", Assessments.RECORD_TYPE, assessment, 1);
        assertThat(jdbc.sql("select family_relationships_rating from assessment where id = :id")
                        .param("id", assessment)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }
}
