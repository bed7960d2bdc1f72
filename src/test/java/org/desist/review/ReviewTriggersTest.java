package org.desist.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.assessment.Classification;
import org.desist.assessment.ClassificationChanged;
import org.desist.assessment.Lens;
import org.desist.child.ChildCircumstancesChanged;
import org.desist.intervention.CaseManagerChanged;
import org.desist.intervention.InterventionStarted;
import org.desist.intervention.InterventionType;
import org.desist.offence.OffenceRecorded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which events call for a review and the reason kept (YJB case management guidance). */
class ReviewTriggersTest {

    static final UUID CHILD = UUID.randomUUID();
    static final UUID SAM = UUID.randomUUID();
    static final UUID ALEX = UUID.randomUUID();
    static final Map<UUID, String> NAMES = Map.of(SAM, "Sam Patel", ALEX, "Alex Kim");

    /**
     * event: OFFENCE (a = offence date), CLASSIFICATION (a = lens, b = from, c = to), CASE_MANAGER (a, b = from, to
     * names), CIRCUMSTANCES (a = fields changed, |-separated), STARTED (a = intervention type); on = the event's
     * date. Expected: the trigger (or NONE), its reason and day 0.
     */
    @ParameterizedTest(name = "{0} {1} {2} {3} → {5}")
    @CsvSource(
            nullValues = "null",
            delimiter = ';',
            value = {
                "OFFENCE; 2026-12-20; ; ; 2027-01-04; NEW_OFFENCE; New offence recorded (committed on 20 December 2026)",
                "CLASSIFICATION; SAFETY_AND_WELLBEING; MEDIUM; HIGH; 2026-12-24; CLASSIFICATION_CHANGED;"
                        + " Safety and wellbeing classification changed from medium to high",
                "CLASSIFICATION; RISK_OF_HARM; HIGH; LOW; 2027-01-04; CLASSIFICATION_CHANGED;"
                        + " Risk of serious harm to others classification changed from high to low",
                "CLASSIFICATION; SAFETY_AND_WELLBEING; null; HIGH; 2027-01-04; NONE; ",
                "CLASSIFICATION; RISK_OF_HARM; MEDIUM; MEDIUM; 2027-01-04; NONE; ",
                "CASE_MANAGER; Sam Patel; Alex Kim; ; 2026-12-29; CASE_MANAGER_CHANGED;"
                        + " Case manager changed from Sam Patel to Alex Kim",
                "CASE_MANAGER; null; Alex Kim; ; 2026-12-29; CASE_MANAGER_CHANGED; Case manager changed to Alex Kim",
                "CIRCUMSTANCES; Postcode|Looked-after status; ; ; 2027-01-05; CIRCUMSTANCES_CHANGED;"
                        + " Change of circumstances: Postcode, Looked-after status",
                "CIRCUMSTANCES; Placed out of borough; ; ; 2027-01-05; CIRCUMSTANCES_CHANGED;"
                        + " Change of circumstances: Placed out of borough",
                "CIRCUMSTANCES; Ethnicity; ; ; 2027-01-05; NONE; ",
                "STARTED; DETENTION_AND_TRAINING_ORDER; ; ; 2026-12-18; ENTERED_CUSTODY;"
                        + " Entered custody: Detention and training order",
                "STARTED; REMAND_TO_YOUTH_DETENTION; ; ; 2026-12-24; ENTERED_CUSTODY;"
                        + " Entered custody: Remand to youth detention accommodation",
                "STARTED; LONGER_DETENTION; ; ; 2027-01-04; ENTERED_CUSTODY;"
                        + " Entered custody: Detention for a grave crime, with licence",
                "STARTED; REMAND_TO_LOCAL_AUTHORITY; ; ; 2027-01-04; NONE; ",
                "STARTED; REFERRAL_ORDER; ; ; 2027-01-04; NONE; ",
            })
    void anEventCallsForAReviewWithItsReason(
            String event, String a, String b, String c, LocalDate on, String expected, String reason) {
        Object e = switch (event) {
            case "OFFENCE" -> new OffenceRecorded(CHILD, UUID.randomUUID(), LocalDate.parse(a), on);
            case "CLASSIFICATION" ->
                new ClassificationChanged(
                        CHILD,
                        UUID.randomUUID(),
                        Lens.valueOf(a),
                        b == null ? null : Classification.valueOf(b),
                        Classification.valueOf(c),
                        on);
            case "CASE_MANAGER" -> new CaseManagerChanged(CHILD, UUID.randomUUID(), id(a), id(b), on);
            case "CIRCUMSTANCES" -> new ChildCircumstancesChanged(CHILD, Arrays.asList(a.split("\\|")), on);
            case "STARTED" ->
                new InterventionStarted(
                        UUID.randomUUID(), UUID.randomUUID(), CHILD, InterventionType.valueOf(a), on, SAM);
            default -> throw new IllegalArgumentException(event);
        };
        Optional<ReviewTriggers.Raised> raised = ReviewTriggers.of(e, NAMES::get);
        if (expected.equals("NONE")) {
            assertThat(raised).isEmpty();
            return;
        }
        assertThat(raised).hasValueSatisfying(r -> {
            assertThat(r.kind()).isEqualTo(TriggerKind.valueOf(expected));
            assertThat(r.reason()).isEqualTo(reason);
            assertThat(r.on()).isEqualTo(on);
            assertThat(r.childId()).isEqualTo(CHILD);
        });
    }

    @Test
    void otherEventsCallForNoReviewAndTheCaseManagerRecordsReleaseAndIncidents() {
        assertThat(ReviewTriggers.of("something else", NAMES::get)).isEmpty();
        var released = ReviewTriggers.recorded(
                CHILD, TriggerKind.RELEASED_FROM_CUSTODY, LocalDate.of(2027, 1, 8), " Released on licence ", null);
        assertThat(released.reason()).isEqualTo("Release from custody: Released on licence");
        var incident = ReviewTriggers.recorded(
                CHILD, TriggerKind.SERIOUS_INCIDENT, LocalDate.of(2027, 1, 8), "Assaulted at school", null);
        assertThat(incident.reason()).isEqualTo("Serious incident: Assaulted at school");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        ReviewTriggers.recorded(CHILD, TriggerKind.NEW_OFFENCE, LocalDate.of(2027, 1, 8), "x", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static UUID id(String name) {
        return name == null
                ? null
                : NAMES.entrySet().stream()
                        .filter(n -> n.getValue().equals(name))
                        .findFirst()
                        .orElseThrow()
                        .getKey();
    }
}
