package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.InvalidRequestException;
import org.desist.quality.ImprovementAction.Status;
import org.desist.quality.ImprovementPlan.AddressedTo;
import org.desist.quality.ImprovementPlan.Partner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of an improvement plan and its actions, with real dates: "today" is Monday 1 February 2027. */
class ImprovementPlanRulesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static final UUID SERVICE = UUID.randomUUID();
    static final UUID OWNER = UUID.randomUUID();

    /** An inspection of the service published on 14 September 2026. */
    static PublishedInspection inspection(UUID service) {
        return new PublishedInspection(
                UUID.randomUUID(),
                service,
                "HMIP-2018",
                "An inspection of youth justice services in Northbridge",
                LocalDate.of(2026, 9, 14),
                null,
                Map.of(),
                Map.<String, BigDecimal>of(),
                Map.of(),
                Rating.REQUIRES_IMPROVEMENT,
                0);
    }

    static ImprovementPlan plan(LocalDate planDate) {
        return ImprovementPlan.start(UUID.randomUUID(), SERVICE, "After the inspection", planDate, null, null, TODAY)
                .after();
    }

    static ImprovementPlan withRecommendation(ImprovementPlan plan) {
        return plan.addRecommendation(UUID.randomUUID(), "Improve planning", AddressedTo.SERVICE, null, null)
                .after();
    }

    static Map<String, String> problems(Runnable change) {
        try {
            change.run();
            return Map.of();
        } catch (InvalidRequestException e) {
            return e.errors();
        }
    }

    @ParameterizedTest(name = "plan dated {0}, inspection published 14 September 2026: {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "2026-09-14, none",
                "2026-09-13, The plan cannot be dated before the inspection report was published",
                "2027-02-01, none",
                "2027-02-02, The date of the plan must be today or in the past",
                "none, Enter the date of the plan"
            })
    void aPlanFromAnInspectionIsDatedFromThePublicationToToday(LocalDate planDate, String problem) {
        Map<String, String> found = problems(() ->
                ImprovementPlan.start(UUID.randomUUID(), SERVICE, "Plan", planDate, inspection(SERVICE), null, TODAY));
        assertThat(found.get("planDate")).isEqualTo(problem);
    }

    @Test
    void aPlanNeedsATitleAndComesFromOneSourceOfItsOwnService() {
        assertThat(problems(() -> ImprovementPlan.start(UUID.randomUUID(), SERVICE, "  ", TODAY, null, null, TODAY)))
                .containsEntry("title", "Enter the plan's title");
        assertThat(problems(() ->
                        ImprovementPlan.start(UUID.randomUUID(), SERVICE, "x".repeat(201), TODAY, null, null, TODAY)))
                .containsEntry("title", "Use 200 characters or fewer");
        assertThat(problems(() -> ImprovementPlan.start(
                        UUID.randomUUID(), SERVICE, "Plan", TODAY, inspection(UUID.randomUUID()), null, TODAY)))
                .containsEntry("inspectionId", "Select an inspection of this service");
        assertThat(problems(() -> ImprovementPlan.start(
                        UUID.randomUUID(), SERVICE, "Plan", TODAY, inspection(SERVICE), UUID.randomUUID(), TODAY)))
                .containsEntry("inspectionId", "A plan comes from one inspection or one audit round, not both");
        ImprovementPlan fromRound = ImprovementPlan.start(
                        UUID.randomUUID(), SERVICE, " Mock inspection ", TODAY, null, UUID.randomUUID(), TODAY)
                .after();
        assertThat(fromRound.title()).isEqualTo("Mock inspection");
        assertThat(fromRound.source()).isEqualTo("Audit round");
    }

    @ParameterizedTest(name = "to {0}, partner {1}, named {2}: {3}")
    @CsvSource(
            nullValues = "none",
            value = {
                "SERVICE, none, none, none, The service",
                "BOARD, none, none, none, The Management Board",
                "PARTNER, POLICE, none, none, Police",
                "PARTNER, none, none, partner=Select the partner the recommendation is addressed to, none",
                "PARTNER, OTHER, none, partnerName=Enter the partner's name, none",
                "PARTNER, OTHER, Northbridge College, none, Northbridge College",
                "none, none, none, addressedTo=Select whom the recommendation is addressed to, none",
                "SERVICE, HEALTH, none, none, The service"
            })
    void aRecommendationIsAddressedToTheServiceTheBoardOrANamedPartner(
            AddressedTo to, Partner partner, String name, String problem, String addressee) {
        ImprovementPlan plan = plan(LocalDate.of(2026, 10, 1));
        Map<String, String> found =
                problems(() -> plan.addRecommendation(UUID.randomUUID(), "Strengthen oversight", to, partner, name));
        if (problem == null) {
            assertThat(found).isEmpty();
            ImprovementPlan after = plan.addRecommendation(UUID.randomUUID(), "Strengthen oversight", to, partner, name)
                    .after();
            assertThat(after.recommendations()).hasSize(1);
            assertThat(after.recommendations().get(0).addressee()).isEqualTo(addressee);
            assertThat(after.recommendations().get(0).position()).isEqualTo(1);
        } else {
            String[] fieldAndMessage = problem.split("=", 2);
            assertThat(found).containsEntry(fieldAndMessage[0], fieldAndMessage[1]);
        }
    }

    @ParameterizedTest(name = "Board met {0}, plan of 1 October 2026: {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "2026-10-01, none",
                "2026-09-30, The Board cannot have reviewed the plan before the plan's date",
                "2027-02-01, none",
                "2027-02-02, The Board meeting must be today or in the past",
                "none, Enter the date of the Board meeting"
            })
    void theBoardReviewsThePlanBetweenItsDateAndToday(LocalDate on, String problem) {
        ImprovementPlan plan = plan(LocalDate.of(2026, 10, 1));
        Map<String, String> found =
                problems(() -> plan.recordBoardReview(UUID.randomUUID(), on, "Progress noted", null, TODAY));
        assertThat(found.get("reviewedOn")).isEqualTo(problem);
    }

    @Test
    void boardReviewsAreKeptInDateOrderAndNeedNotes() {
        ImprovementPlan plan = plan(LocalDate.of(2026, 10, 1));
        assertThat(problems(() -> plan.recordBoardReview(UUID.randomUUID(), TODAY, " ", null, TODAY)))
                .containsEntry("notes", "Enter what the Board noted or decided");
        ImprovementPlan reviewed = plan.recordBoardReview(
                        UUID.randomUUID(), LocalDate.of(2027, 1, 21), "b", null, TODAY)
                .after()
                .recordBoardReview(UUID.randomUUID(), LocalDate.of(2026, 10, 22), "a", null, TODAY)
                .after();
        assertThat(reviewed.boardReviews())
                .extracting(ImprovementPlan.BoardReview::notes)
                .containsExactly("a", "b");
        assertThat(reviewed.lastBoardReview().orElseThrow().reviewedOn()).isEqualTo(LocalDate.of(2027, 1, 21));
    }

    @ParameterizedTest(name = "due {0}, plan of 1 October 2026: {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "2026-10-01, none",
                "2026-09-30, The action cannot be due before the plan's date",
                "2026-12-24, none",
                "none, Enter the date the action is due"
            })
    void anActionIsDueNoEarlierThanThePlansDate(LocalDate due, String problem) {
        ImprovementPlan plan = withRecommendation(plan(LocalDate.of(2026, 10, 1)));
        UUID recommendation = plan.recommendations().get(0).id();
        Map<String, String> found = problems(() ->
                ImprovementAction.add(UUID.randomUUID(), plan, recommendation, "Audit 10 plans", OWNER, true, due));
        assertThat(found.get("dueDate")).isEqualTo(problem);
    }

    @Test
    void anActionBelongsToARecommendationOfThePlanAndIsOwnedByTheServicesStaff() {
        ImprovementPlan plan = withRecommendation(plan(LocalDate.of(2026, 10, 1)));
        LocalDate due = LocalDate.of(2027, 1, 29);
        assertThat(problems(() ->
                        ImprovementAction.add(UUID.randomUUID(), plan, UUID.randomUUID(), "Audit", OWNER, true, due)))
                .containsEntry("recommendationId", "Select the recommendation the action is for");
        UUID recommendation = plan.recommendations().get(0).id();
        assertThat(problems(() ->
                        ImprovementAction.add(UUID.randomUUID(), plan, recommendation, "Audit", OWNER, false, due)))
                .containsEntry("ownerId", "Select a member of the service's staff");
        assertThat(problems(() -> ImprovementAction.add(UUID.randomUUID(), plan, recommendation, "", null, true, due)))
                .containsEntry("ownerId", "Select who owns the action")
                .containsEntry("description", "Enter what will be done");
        ImprovementAction action = ImprovementAction.add(
                        UUID.randomUUID(), plan, recommendation, "Audit", OWNER, true, due)
                .after();
        assertThat(action.status()).isEqualTo(Status.NOT_STARTED);
        assertThat(action.overdueOn(TODAY)).isTrue();
        assertThat(action.overdueOn(due)).isFalse();
    }

    /** An action due 29 January 2027 in a plan of 1 October 2026, at the status given. */
    static ImprovementAction action(Status status) {
        ImprovementPlan plan = withRecommendation(plan(LocalDate.of(2026, 10, 1)));
        ImprovementAction a = ImprovementAction.add(
                        UUID.randomUUID(),
                        plan,
                        plan.recommendations().get(0).id(),
                        "Audit 10 plans",
                        OWNER,
                        true,
                        LocalDate.of(2027, 1, 29))
                .after();
        if (status == Status.NOT_STARTED) {
            return a;
        }
        return a.recordProgress(
                        UUID.randomUUID(),
                        LocalDate.of(2027, 1, 10),
                        "Started",
                        status,
                        status == Status.NO_LONGER_NEEDED ? "Superseded" : null,
                        OWNER,
                        LocalDate.of(2026, 10, 1),
                        TODAY)
                .after();
    }

    @ParameterizedTest(name = "{0} → {1} (reason {2}): {3}")
    @CsvSource(
            nullValues = "none",
            value = {
                "NOT_STARTED, NOT_STARTED, none, none",
                "NOT_STARTED, IN_PROGRESS, none, none",
                "NOT_STARTED, COMPLETE, none, none",
                "NOT_STARTED, NO_LONGER_NEEDED, none, reason=Say why the action is no longer needed",
                "NOT_STARTED, NO_LONGER_NEEDED, Superseded by the new protocol, none",
                "IN_PROGRESS, NOT_STARTED, none, status=The action has started: it cannot go back to not started",
                "IN_PROGRESS, IN_PROGRESS, none, none",
                "IN_PROGRESS, COMPLETE, none, none",
                "COMPLETE, COMPLETE, none, 'status=This action is complete: it can only be reopened, with the reason'",
                "COMPLETE, NO_LONGER_NEEDED, x, 'status=This action is complete: it can only be reopened, with the reason'",
                "COMPLETE, IN_PROGRESS, none, reason=Say why the action is reopened",
                "COMPLETE, IN_PROGRESS, The audit found gaps again, none",
                "NO_LONGER_NEEDED, COMPLETE, none, 'status=This action is no longer needed: it can only be reopened, with the reason'",
                "NO_LONGER_NEEDED, IN_PROGRESS, Needed after all, none",
                "IN_PROGRESS, none, none, status=Select the action's status"
            })
    void progressMovesAnOpenActionOnAndOnlyReopensAClosedOneWithAReason(
            Status from, Status to, String reason, String problem) {
        ImprovementAction action = action(from);
        Map<String, String> found = problems(() -> action.recordProgress(
                UUID.randomUUID(), TODAY, "Ten plans audited", to, reason, OWNER, LocalDate.of(2026, 10, 1), TODAY));
        if (problem == null) {
            assertThat(found).isEmpty();
        } else {
            String[] fieldAndMessage = problem.split("=", 2);
            assertThat(found).containsEntry(fieldAndMessage[0], fieldAndMessage[1]);
        }
    }

    @ParameterizedTest(name = "update dated {0}: {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "2027-02-01, none",
                "2027-02-02, The date of the update must be today or in the past",
                "2026-09-30, The update cannot be dated before the plan's date",
                "none, Enter the date of the update"
            })
    void anUpdateIsDatedBetweenThePlanAndToday(LocalDate on, String problem) {
        ImprovementAction action = action(Status.NOT_STARTED);
        Map<String, String> found = problems(() -> action.recordProgress(
                UUID.randomUUID(), on, "Done", Status.IN_PROGRESS, null, OWNER, LocalDate.of(2026, 10, 1), TODAY));
        assertThat(found.get("on")).isEqualTo(problem);
    }

    @Test
    void completingRecordsTheDateAndReopeningKeepsTheReasonAndTheTimeline() {
        ImprovementAction done = action(Status.IN_PROGRESS)
                .recordProgress(
                        UUID.randomUUID(),
                        LocalDate.of(2027, 1, 28),
                        "All ten audited",
                        Status.COMPLETE,
                        null,
                        OWNER,
                        LocalDate.of(2026, 10, 1),
                        TODAY)
                .after();
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2027, 1, 28));
        assertThat(done.overdueOn(TODAY)).isFalse();
        assertThatThrownBy(() -> done.recordProgress(
                        UUID.randomUUID(),
                        TODAY,
                        "More",
                        Status.COMPLETE,
                        null,
                        OWNER,
                        LocalDate.of(2026, 10, 1),
                        TODAY))
                .isInstanceOf(InvalidRequestException.class);
        ImprovementAction reopened = done.recordProgress(
                        UUID.randomUUID(),
                        TODAY,
                        "Two plans lacked contingency",
                        Status.IN_PROGRESS,
                        "The re-audit found gaps",
                        OWNER,
                        LocalDate.of(2026, 10, 1),
                        TODAY)
                .after();
        assertThat(reopened.completedOn()).isNull();
        assertThat(reopened.statusReason()).isEqualTo("Reopened: The re-audit found gaps");
        assertThat(reopened.overdueOn(TODAY)).isTrue();
        assertThat(reopened.timeline())
                .extracting(ImprovementAction.ProgressUpdate::text)
                .containsExactly("Two plans lacked contingency", "All ten audited", "Started");
        assertThat(List.of(reopened.updates().get(2).reason())).containsExactly("The re-audit found gaps");
    }

    static final UUID OTHER_OWNER = UUID.randomUUID();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "a later due date    | IN_PROGRESS | Audit 10 plans | OWNER | yes | 2027-02-26 | Sickness in the team | none | Changed the due date from 29 January 2027 to 26 February 2027",
                "a new owner         | NOT_STARTED | Audit 10 plans | OTHER | yes | 2027-01-29 | Moved teams          | none | Changed the owner",
                "all three           | IN_PROGRESS | Audit 12 plans | OTHER | yes | 2027-03-31 | Wider scope          | none | Changed what will be done, the owner and the due date from 29 January 2027 to 31 March 2027",
                "nothing changed     | IN_PROGRESS | Audit 10 plans | OWNER | yes | 2027-01-29 | No reason            | description=Change what will be done, the owner or the due date | none",
                "no reason           | IN_PROGRESS | Audit 10 plans | OWNER | yes | 2027-02-26 | ' '                  | reason=Say why the action changes | none",
                "before the plan     | IN_PROGRESS | Audit 10 plans | OWNER | yes | 2026-09-30 | Earlier              | dueDate=The action cannot be due before the plan's date | none",
                "not staff           | IN_PROGRESS | Audit 10 plans | OTHER | no  | 2027-01-29 | Volunteer            | ownerId=Select a member of the service's staff | none",
                "no description      | IN_PROGRESS | ' '            | OWNER | yes | 2027-01-29 | Clearer              | description=Enter what will be done | none",
                "a closed action     | COMPLETE    | Audit 10 plans | OWNER | yes | 2027-02-26 | Later                | description=This action is complete: reopen it to change it | none",
            })
    void aQaLeadReplansAnOpenActionWithTheReasonKeptInItsTimeline(
            String name,
            Status from,
            String description,
            String owner,
            String staff,
            LocalDate due,
            String reason,
            String problem,
            String update) {
        ImprovementAction action = action(from);
        UUID ownerId = owner.equals("OWNER") ? OWNER : OTHER_OWNER;
        Runnable replan = () -> action.replan(
                UUID.randomUUID(),
                description,
                ownerId,
                staff.equals("yes"),
                due,
                reason,
                OWNER,
                LocalDate.of(2026, 10, 1),
                TODAY);
        Map<String, String> found = problems(replan);
        if (problem != null) {
            String[] fieldAndMessage = problem.split("=", 2);
            assertThat(found).containsEntry(fieldAndMessage[0], fieldAndMessage[1]);
            return;
        }
        assertThat(found).isEmpty();
        ImprovementAction after = action.replan(
                        UUID.randomUUID(),
                        description,
                        ownerId,
                        true,
                        due,
                        reason,
                        OWNER,
                        LocalDate.of(2026, 10, 1),
                        TODAY)
                .after();
        assertThat(after.status()).isEqualTo(from);
        assertThat(after.dueDate()).isEqualTo(due);
        assertThat(after.ownerId()).isEqualTo(ownerId);
        assertThat(after.description()).isEqualTo(description);
        ImprovementAction.ProgressUpdate latest = after.timeline().get(0);
        assertThat(latest.text()).isEqualTo(update);
        assertThat(latest.reason()).isEqualTo(reason);
        assertThat(latest.writtenOn()).isEqualTo(TODAY);
        assertThat(latest.status()).isEqualTo(from);
        assertThat(latest.title()).isEqualTo("Action changed");
        assertThat(after.overdueOn(TODAY)).isEqualTo(due.isBefore(TODAY));
    }
}
