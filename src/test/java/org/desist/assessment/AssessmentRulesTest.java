package org.desist.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The assessment's own rules: starting, editing, submitting, countersigning and rating; "today" is 1 February 2027. */
class AssessmentRulesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static final UUID INTERVENTION = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID CHILD = UUID.fromString("00000000-0000-0000-0000-000000000002");

    static Assessment assessment(
            AssessmentStatus status, boolean countersign, AssessmentDetails details, String createdBy, String by) {
        return new Assessment(
                UUID.randomUUID(),
                INTERVENTION,
                CHILD,
                status,
                details,
                countersign,
                status == AssessmentStatus.DRAFT ? null : LocalDate.of(2027, 1, 13),
                status == AssessmentStatus.DRAFT ? null : by,
                null,
                null,
                createdBy,
                null,
                null,
                3);
    }

    static Assessment draft(AssessmentDetails details) {
        return assessment(AssessmentStatus.DRAFT, false, details, "sam", null);
    }

    @ParameterizedTest(name = "current {0} (countersign {1}): {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "-,             false, -",
                "DRAFT,         false, There is already a draft assessment: continue with it",
                "SUBMITTED,     true,  The current assessment is awaiting a manager's countersignature",
                "SUBMITTED,     false, -",
                "COUNTERSIGNED, true,  -",
            })
    void aDraftStartsUnlessTheCurrentOneIsOpen(AssessmentStatus current, boolean countersign, String problem) {
        AssessmentDetails copied = CompletenessTest.complete(Classification.MEDIUM, Classification.HIGH);
        Optional<Assessment> now =
                Optional.ofNullable(current).map(s -> assessment(s, countersign, copied, "sam", "sam"));
        if (problem == null) {
            Change<Assessment> change = Assessment.start(UUID.randomUUID(), INTERVENTION, CHILD, now, "alex");
            assertThat(change.isCreation()).isTrue();
            assertThat(change.after().status()).isEqualTo(AssessmentStatus.DRAFT);
            assertThat(change.after().createdBy()).isEqualTo("alex");
            assertThat(change.after().details()).isEqualTo(now.isPresent() ? copied : AssessmentDetails.empty());
            assertThat(change.events()).isEmpty();
        } else {
            assertThatThrownBy(() -> Assessment.start(UUID.randomUUID(), INTERVENTION, CHILD, now, "alex"))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsEntry("assessment", problem));
        }
    }

    @Test
    void aDraftsAnswersAreKeptAsStoredAndOnlyADraftChanges() {
        AssessmentDetails typed = AssessmentDetails.empty()
                .with(new AssessmentDetails.Desistance("  Older peers ", " ", null, null, null, null, null));
        Change<Assessment> change = draft(AssessmentDetails.empty()).edit(typed);
        assertThat(change.after().details().desistance().offendingFactors()).isEqualTo("Older peers");
        assertThat(change.after().details().desistance().desistanceFactors()).isNull();
        assertThat(draft(typed).edit(null).after().details()).isEqualTo(AssessmentDetails.empty());

        assertThatThrownBy(() -> assessment(AssessmentStatus.SUBMITTED, false, typed, "sam", "sam")
                        .edit(typed))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .containsExactlyEntriesOf(
                                        java.util.Map.of("assessment", "Only a draft assessment can be changed")));
    }

    @ParameterizedTest(name = "safety {0}, ROSH {1}, previously {2}/{3}: countersign {4}, {5} classification events")
    @CsvSource(
            nullValues = "-",
            value = {
                "LOW,       LOW,    -,      -,      false, 2",
                "MEDIUM,    HIGH,   -,      -,      true,  2",
                "VERY_HIGH, LOW,    LOW,    LOW,    true,  1",
                "MEDIUM,    MEDIUM, MEDIUM, HIGH,   false, 1",
                "MEDIUM,    HIGH,   MEDIUM, HIGH,   true,  0",
            })
    void aCompleteDraftIsSubmittedTodayRaisingItsChangedClassificationsThenItsSubmission(
            Classification safety,
            Classification harm,
            Classification wasSafety,
            Classification wasHarm,
            boolean countersign,
            int classificationEvents) {
        Assessment draft = draft(CompletenessTest.complete(safety, harm));
        Optional<Assessment> previous = Optional.ofNullable(wasSafety)
                .map(s -> assessment(
                        AssessmentStatus.COUNTERSIGNED, true, CompletenessTest.complete(s, wasHarm), "sam", "sam"));

        Change<Assessment> change = draft.submit(TODAY, "sam", previous);

        assertThat(change.after().status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(change.after().submittedOn()).isEqualTo(TODAY);
        assertThat(change.after().submittedBy()).isEqualTo("sam");
        assertThat(change.after().countersignatureRequired()).isEqualTo(countersign);
        assertThat(change.events()).hasSize(classificationEvents + 1);
        assertThat(change.events().get(classificationEvents))
                .isEqualTo(new AssessmentSubmitted(CHILD, INTERVENTION, draft.id(), TODAY));
        assertThat(change.events().subList(0, classificationEvents))
                .allSatisfy(e -> assertThat(e).isInstanceOfSatisfying(ClassificationChanged.class, c -> {
                    assertThat(c.on()).isEqualTo(TODAY);
                    assertThat(c.to()).isNotEqualTo(c.from());
                }));
    }

    @Test
    void anIncompleteOrSubmittedOneIsNotSubmitted() {
        assertThatThrownBy(() -> draft(AssessmentDetails.empty()).submit(TODAY, "sam", Optional.empty()))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsEntry("childViews", "Record the child's views"));
        Assessment submitted = assessment(
                AssessmentStatus.SUBMITTED,
                false,
                CompletenessTest.complete(Classification.LOW, Classification.LOW),
                "sam",
                "sam");
        assertThatThrownBy(() -> submitted.submit(TODAY, "sam", Optional.empty()))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .containsEntry("assessment", "This assessment has already been submitted"));
    }

    @ParameterizedTest(name = "{0} (countersign {1}), written by {2}, submitted by {3}, countersigned by {4}: {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "SUBMITTED,     true,  sam, sam,  alex, -",
                "SUBMITTED,     true,  sam, sam,  sam,  Another manager must countersign: you cannot countersign your own assessment",
                "SUBMITTED,     true,  sam, jo,   jo,   Another manager must countersign: you cannot countersign your own assessment",
                "SUBMITTED,     false, sam, sam,  alex, This assessment is not awaiting a countersignature",
                "COUNTERSIGNED, true,  sam, sam,  alex, This assessment is not awaiting a countersignature",
                "DRAFT,         false, sam, -,    alex, This assessment is not awaiting a countersignature",
            })
    void aManagerWhoDidNotWriteItCountersignsOneAwaitingIt(
            AssessmentStatus status,
            boolean countersign,
            String author,
            String submitter,
            String manager,
            String problem) {
        Assessment assessment = assessment(
                status,
                countersign,
                CompletenessTest.complete(Classification.HIGH, Classification.LOW),
                author,
                submitter);
        if (problem == null) {
            Change<Assessment> change = assessment.countersign(manager, TODAY);
            assertThat(change.after().status()).isEqualTo(AssessmentStatus.COUNTERSIGNED);
            assertThat(change.after().countersignedOn()).isEqualTo(TODAY);
            assertThat(change.after().countersignedBy()).isEqualTo(manager);
            assertThat(change.after().finished()).isTrue();
        } else {
            assertThatThrownBy(() -> assessment.countersign(manager, TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors())
                                    .containsExactlyEntriesOf(java.util.Map.of("countersignature", problem)));
        }
    }

    @ParameterizedTest(name = "{0} rated {1}: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "DRAFT,     0, -",
                "DRAFT,     4, -",
                "DRAFT,     5, Select a rating from 0 to 4",
                "DRAFT,     -1, Select a rating from 0 to 4",
                "DRAFT,     -, Select a rating from 0 to 4",
                "SUBMITTED, 3, Only a draft assessment can be changed",
                "SUBMITTED, 7, Select a rating from 0 to 4",
            })
    void aDraftsFamilyRelationshipsAreRatedFromZeroToFour(AssessmentStatus status, Integer rating, String problem) {
        Assessment assessment = assessment(status, false, AssessmentDetails.empty(), "sam", "sam");
        if (problem == null) {
            assertThat(assessment.rateFamilyRelationships(rating).after().familyRelationshipsRating())
                    .isEqualTo(rating);
        } else {
            assertThatThrownBy(() -> assessment.rateFamilyRelationships(rating))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors())
                                    .containsExactlyEntriesOf(java.util.Map.of("familyRelationshipsRating", problem)));
        }
    }

    @Test
    void theTrailShowsClassificationsByValueAndOtherPartsByName() {
        Assessment before = draft(CompletenessTest.complete(Classification.LOW, Classification.LOW));
        AssessmentDetails d = before.details();
        Assessment after = before.edit(d.with(new AssessmentDetails.SafetyAndWellbeing(
                                "Other concerns", d.safetyAndWellbeing().concernTypes(), Classification.HIGH, "x"))
                        .with(new AssessmentDetails.Screening("Referred", null, null, null)))
                .after();
        assertThat(AssessmentTrail.changes(before, after))
                .extracting(c -> c.field() + ": " + c.oldValue() + " -> " + c.newValue())
                .containsExactly(
                        "Safety and wellbeing classification: Low -> High", "Specialist screening: null -> changed");
    }

    @Test
    void aNewDraftsTrailShowsItsStatusAndTheClassificationsItCopies() {
        Assessment current = assessment(
                AssessmentStatus.COUNTERSIGNED,
                true,
                CompletenessTest.complete(Classification.MEDIUM, Classification.HIGH),
                "sam",
                "sam");
        Assessment draft = Assessment.start(UUID.randomUUID(), INTERVENTION, CHILD, Optional.of(current), "sam")
                .after();
        assertThat(AssessmentTrail.changes(null, draft))
                .extracting(c -> c.field() + ": " + c.oldValue() + " -> " + c.newValue())
                .containsExactly(
                        "Status: null -> Draft",
                        "Safety and wellbeing classification: null -> Medium",
                        "ROSH classification: null -> High");
        assertThat(AssessmentTrail.changes(
                        null,
                        Assessment.start(UUID.randomUUID(), INTERVENTION, CHILD, Optional.empty(), "sam")
                                .after()))
                .extracting(c -> c.field() + ": " + c.oldValue() + " -> " + c.newValue())
                .containsExactly("Status: null -> Draft");
    }
}
