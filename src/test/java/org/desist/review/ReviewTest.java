package org.desist.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.jointworking.SocialWorkerInvitation;
import org.desist.jointworking.SocialWorkerInvited;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A review and an incident as the aggregate's changes (YJB case management guidance, reviewing interventions;
 * Working Together 2023 for the looked-after child's social worker), with real dates: "today" Monday 1 February
 * 2027, the intervention started Monday 30 November 2026.
 */
class ReviewTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static final LocalDate STARTED = LocalDate.of(2026, 11, 30);
    static final UUID INTERVENTION = UUID.randomUUID();
    static final ReviewTrigger POSTCODE = trigger(TriggerKind.CIRCUMSTANCES_CHANGED, "2027-01-04");
    static final ReviewTrigger OFFENCE = trigger(TriggerKind.NEW_OFFENCE, "2027-01-18");

    /**
     * in progress; the review's date; the plan changed (with how, or why not); answers (POSTCODE, OFFENCE, UNKNOWN,
     * |-separated, ALL when none are named); the child looked after (and the social worker's invitation) → the field
     * refused, or the triggers answered.
     */
    @ParameterizedTest(name = "{0} {1} plan changed {2}, answers {3}, looked after {4} ({5}) → {6}")
    @CsvSource(
            nullValues = "-",
            delimiter = ';',
            value = {
                // Recorded, answering all the open triggers or those named.
                "true; 2027-02-01; yes; ALL; false; -; POSTCODE|OFFENCE",
                "true; 2026-11-30; no; POSTCODE; false; -; POSTCODE",
                "true; 2027-01-29; no; ; false; -; ",
                // Only an intervention in progress; dated from its start to today.
                "false; 2027-01-29; no; ALL; false; -; refused intervention",
                "true; 2027-02-02; no; ALL; false; -; refused reviewedOn",
                "true; 2026-11-29; no; ALL; false; -; refused reviewedOn",
                "true; -; no; ALL; false; -; refused reviewedOn",
                // Only triggers still waiting for a review.
                "true; 2027-01-29; no; POSTCODE|UNKNOWN; false; -; refused answers",
                // A changed plan says how; an unchanged one why not.
                "true; 2027-01-29; yes-blank; ALL; false; -; refused planChange",
                "true; 2027-01-29; no-blank; ALL; false; -; refused planUnchangedReason",
                // A looked-after child's social worker is invited, or the reason given.
                "true; 2027-01-29; no; ALL; true; -; refused socialWorkerInvited",
                "true; 2027-01-29; no; ALL; true; 2027-01-25; POSTCODE|OFFENCE",
            })
    void aReviewIsRecordedWithinTheRules(
            boolean active,
            String on,
            String plan,
            String answers,
            boolean lookedAfter,
            String invitedOn,
            String then) {
        NewReview review = review(on == null ? null : LocalDate.parse(on), plan, answers(answers), invitedOn);
        List<ReviewTrigger> open = List.of(POSTCODE, OFFENCE);
        if (then != null && then.startsWith("refused ")) {
            assertThatThrownBy(() -> Review.record(
                            UUID.randomUUID(), INTERVENTION, review, active, STARTED, TODAY, open, lookedAfter, "Sam"))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsOnlyKeys(then.substring("refused ".length())));
            return;
        }
        Change<Review> change = Review.record(
                UUID.randomUUID(), INTERVENTION, review, active, STARTED, TODAY, open, lookedAfter, "Sam");
        assertThat(change.isCreation()).isTrue();
        assertThat(change.after().answered())
                .extracting(ReviewTrigger::kind)
                .containsExactlyElementsOf(then == null ? List.of() : kinds(then));
        assertThat(change.after().reviewedOn()).isEqualTo(LocalDate.parse(on));
        assertThat(change.after().recordedBy()).isEqualTo("Sam");
    }

    @Test
    void aRecordedReviewKeepsItsTextTrimmedAndOnlyThePlanAnswerThatApplies() {
        NewReview review = new NewReview(
                LocalDate.of(2027, 1, 29),
                null,
                "  Moved in with his aunt ",
                " Happier ",
                " Supportive ",
                "  ",
                null,
                true,
                " Home visits at the aunt's ",
                "Ignored: the plan changed",
                false);

        Review recorded = Review.record(
                        UUID.randomUUID(), INTERVENTION, review, true, STARTED, TODAY, List.of(), false, "Sam")
                .after();

        assertThat(recorded.whatChanged()).isEqualTo("Moved in with his aunt");
        assertThat(recorded.childViews()).isEqualTo("Happier");
        assertThat(recorded.agencies()).isNull();
        assertThat(recorded.planChange()).isEqualTo("Home visits at the aunt's");
        assertThat(recorded.planUnchangedReason()).isNull();
        assertThat(recorded.socialWorkerInvitation()).isNull();
    }

    /** in progress; what happened (kind); the day; what was said → the field refused, or the reason kept. */
    @ParameterizedTest(name = "{0} {1} on {2}: {3} → {4}")
    @CsvSource(
            nullValues = "-",
            delimiter = ';',
            value = {
                "true; RELEASED_FROM_CUSTODY; 2027-01-08; ' Released on bail '; Release from custody: Released on bail",
                "true; SERIOUS_INCIDENT; 2027-02-01; Assaulted at school; Serious incident: Assaulted at school",
                "true; SERIOUS_INCIDENT; 2026-11-30; Assaulted at school; Serious incident: Assaulted at school",
                "false; SERIOUS_INCIDENT; 2027-01-08; Assaulted at school; refused intervention",
                // Only the kinds a case manager records by hand (a new offence is raised by the offence).
                "true; NEW_OFFENCE; 2027-01-08; Arrested; refused kind",
                "true; -; 2027-01-08; Arrested; refused kind",
                "true; SERIOUS_INCIDENT; 2027-02-02; Assaulted at school; refused on",
                "true; SERIOUS_INCIDENT; 2026-11-29; Assaulted at school; refused on",
                "true; SERIOUS_INCIDENT; -; Assaulted at school; refused on",
                "true; SERIOUS_INCIDENT; 2027-01-08; ' '; refused whatHappened",
            })
    void anIncidentCallsForAReviewWithinTheRules(
            boolean active, TriggerKind kind, String on, String whatHappened, String then) {
        UUID child = UUID.randomUUID();
        NewIncident incident = new NewIncident(kind, on == null ? null : LocalDate.parse(on), whatHappened);
        if (then.startsWith("refused ")) {
            assertThatThrownBy(() -> ReviewTriggers.incident(child, incident, active, STARTED, TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsOnlyKeys(then.substring("refused ".length())));
            return;
        }
        ReviewTriggers.Raised raised = ReviewTriggers.incident(child, incident, active, STARTED, TODAY);
        assertThat(raised.childId()).isEqualTo(child);
        assertThat(raised.kind()).isEqualTo(kind);
        assertThat(raised.on()).isEqualTo(LocalDate.parse(on));
        assertThat(raised.reason()).isEqualTo(then);
    }

    @Test
    void aTriggerIsRaisedOpenOnTheDayItHappened() {
        ReviewTriggers.Raised raised = new ReviewTriggers.Raised(
                UUID.randomUUID(), TriggerKind.NEW_OFFENCE, "New offence recorded", LocalDate.of(2027, 1, 4), null);

        Change<ReviewTrigger> change =
                ReviewTrigger.raise(UUID.randomUUID(), INTERVENTION, raised, LocalDate.of(2027, 1, 4), "Sam");

        assertThat(change.isCreation()).isTrue();
        assertThat(change.after().open()).isTrue();
        assertThat(change.after().interventionId()).isEqualTo(INTERVENTION);
        assertThat(change.after().reason()).isEqualTo("New offence recorded");
        assertThat(change.after().occurredOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(change.after().raisedBy()).isEqualTo("Sam");
    }

    private static NewReview review(LocalDate on, String plan, List<UUID> answers, String invitedOn) {
        boolean changed = plan.startsWith("yes");
        boolean blank = plan.endsWith("-blank");
        SocialWorkerInvitation invitation = invitedOn == null
                ? null
                : new SocialWorkerInvitation(SocialWorkerInvited.INVITED, LocalDate.parse(invitedOn), "By email", null);
        return new NewReview(
                on,
                answers,
                "Moved in with his aunt",
                "Happier there",
                "Aunt supports the plan",
                null,
                null,
                changed,
                changed && !blank ? "Home visits at the aunt's" : null,
                !changed && !blank ? "Still right" : null,
                false,
                invitation);
    }

    private static List<UUID> answers(String answers) {
        if ("ALL".equals(answers)) {
            return null;
        }
        if (answers == null) {
            return List.of();
        }
        return java.util.Arrays.stream(answers.split("\\|"))
                .map(a -> switch (a) {
                    case "POSTCODE" -> POSTCODE.id();
                    case "OFFENCE" -> OFFENCE.id();
                    default -> UUID.randomUUID();
                })
                .toList();
    }

    private static List<TriggerKind> kinds(String names) {
        return java.util.Arrays.stream(names.split("\\|"))
                .map(n -> n.equals("POSTCODE") ? POSTCODE.kind() : OFFENCE.kind())
                .toList();
    }

    private static ReviewTrigger trigger(TriggerKind kind, String on) {
        return new ReviewTrigger(
                UUID.randomUUID(),
                INTERVENTION,
                kind,
                kind.label(),
                LocalDate.parse(on),
                "Sam",
                Instant.parse(on + "T09:00:00Z"),
                null);
    }
}
