package org.desist.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.jointworking.SocialWorkerInvitation;
import org.desist.jointworking.SocialWorkerInvited;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plan aggregate's changes: starting, editing, agreeing, superseding, adding and moving actions on. */
class PlanChangesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static final LocalDate SUBMITTED = LocalDate.of(2027, 1, 11);
    static final UUID STAFF = UUID.randomUUID();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "first plan              | false | true  | null     | null",
                "after an agreed one     | false | true  | AGREED   | null",
                "intervention ended      | true  | true  | null     | The intervention has ended: no new plan can start",
                "no submitted assessment | false | false | null     | Submit the assessment first: a plan follows the assessment",
                "a draft already         | false | true  | DRAFT    | There is already a draft plan: continue with it",
            })
    void aPlanStartsAfterASubmittedAssessment(
            String situation, boolean closed, boolean assessed, PlanStatus current, String refusal) {
        Plan before = current == null ? null : plan(current, complete(), List.of(action(ActionStatus.IN_PROGRESS)));
        UUID id = UUID.randomUUID();
        if (refusal != null) {
            assertThatThrownBy(() -> Plan.start(
                            id,
                            UUID.randomUUID(),
                            UUID.randomUUID(),
                            closed,
                            assessed ? UUID.randomUUID() : null,
                            before,
                            "cm"))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsExactly(entry("plan", refusal)));
            return;
        }
        Change<Plan> change =
                Plan.start(id, UUID.randomUUID(), UUID.randomUUID(), false, UUID.randomUUID(), before, "cm");
        assertThat(change.isCreation()).isTrue();
        assertThat(change.after().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(change.after().actions())
                .allSatisfy(a -> assertThat(a.planId()).isEqualTo(id));
        assertThat(change.after().actions()).hasSize(before == null ? 0 : 1);
        assertThat(change.events()).isEmpty();
    }

    @Test
    void aNewPlanCarriesOverOnlyTheOpenActions() {
        Plan agreed = plan(
                PlanStatus.AGREED,
                complete(),
                List.of(action(ActionStatus.DONE), action(ActionStatus.STOPPED), action(ActionStatus.NOT_STARTED)));
        Plan started = Plan.start(
                        UUID.randomUUID(),
                        agreed.interventionId(),
                        agreed.childId(),
                        false,
                        UUID.randomUUID(),
                        agreed,
                        "cm")
                .after();
        assertThat(started.actions()).extracting(PlanAction::status).containsExactly(ActionStatus.NOT_STARTED);
        assertThat(started.content()).isEqualTo(agreed.content());
    }

    @ParameterizedTest(name = "{0} plan, other plan dated {1}: {2} {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "DRAFT      | 2027-02-01 | null                 | null",
                "DRAFT      | null       | null                 | null",
                "DRAFT      | 2027-02-02 | otherPlans[0].dated  | The date of the plan must be today or in the past",
                "AGREED     | 2027-01-01 | plan                 | Only a draft plan can be changed",
                "SUPERSEDED | 2027-01-01 | plan                 | Only a draft plan can be changed",
            })
    void onlyADraftIsEdited(PlanStatus status, LocalDate dated, String field, String message) {
        Plan plan = plan(status, PlanContent.empty(), List.of());
        PlanContent edited = complete()
                .withOtherPlans(List.of(new OtherPlan(OtherPlanKind.CARE_PLAN, "CP-1", "Children's services", dated)));
        if (field != null) {
            assertThatThrownBy(() -> plan.edit(edited, TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsExactly(entry(field, message)));
            return;
        }
        Change<Plan> change = plan.edit(edited, TODAY);
        assertThat(change.before()).isSameAs(plan);
        assertThat(change.after().content()).isEqualTo(edited);
        assertThat(change.events()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "complete, not looked after     | DRAFT  | false | false | 2027-01-20 | null                           | null",
                "looked after, invited          | DRAFT  | true  | true  | 2027-01-20 | null                           | null",
                "looked after, not recorded     | DRAFT  | true  | false | 2027-01-20 | socialWorkerInvited            | Select whether the social worker was invited: the child is looked after, so the social worker is invited to every planning meeting",
                "agreed before the assessment   | DRAFT  | false | false | 2027-01-10 | agreedOn                       | The plan cannot be agreed before its assessment was submitted on 11 January 2027",
                "agreed tomorrow                | DRAFT  | false | false | 2027-02-02 | agreedOn                       | The date the plan was agreed must be today or in the past",
                "already agreed                 | AGREED | false | false | 2027-01-20 | plan                           | This plan has already been agreed",
            })
    void aCompleteDraftIsAgreedOnce(
            String situation,
            PlanStatus status,
            boolean lookedAfter,
            boolean invited,
            LocalDate on,
            String field,
            String message) {
        Plan plan = plan(status, complete(), List.of(action(ActionStatus.NOT_STARTED)));
        UUID previous = UUID.randomUUID();
        Agreement agreement = new Agreement(
                on,
                "  Case manager with Robin  ",
                true,
                false,
                invited ? new SocialWorkerInvitation(SocialWorkerInvited.INVITED, on, "Email", null) : null);
        if (field != null) {
            assertThatThrownBy(() -> plan.agree(agreement, SUBMITTED, lookedAfter, previous, TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsEntry(field, message));
            return;
        }
        Change<Plan> change = plan.agree(agreement, SUBMITTED, lookedAfter, previous, TODAY);
        assertThat(change.after().status()).isEqualTo(PlanStatus.AGREED);
        assertThat(change.after().agreedBy()).isEqualTo("Case manager with Robin");
        assertThat(change.events())
                .containsExactly(new PlanAgreed(plan.childId(), plan.interventionId(), plan.id(), previous, on));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "AGREED, ",
        "DRAFT, Only the agreed plan can be superseded",
        "SUPERSEDED, Only the agreed plan can be superseded"
    })
    void onlyTheAgreedPlanIsSuperseded(PlanStatus status, String refusal) {
        Plan plan = plan(status, complete(), List.of());
        UUID by = UUID.randomUUID();
        if (refusal != null) {
            assertThatThrownBy(() -> plan.supersede(by, TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsExactly(entry("plan", refusal)));
            return;
        }
        Plan after = plan.supersede(by, TODAY).after();
        assertThat(after.status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(after.supersededBy()).isEqualTo(by);
        assertThat(after.supersededOn()).isEqualTo(TODAY);
        assertThat(after.open()).isFalse();
    }

    @ParameterizedTest(name = "{0} plan, owner of the service {1}: {2} {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "DRAFT      | true  | null         | null",
                "AGREED     | true  | null         | null",
                "AGREED     | false | ownerStaffId | Choose a person of the service",
                "SUPERSEDED | true  | plan         | This plan has been superseded: add it to the current plan",
            })
    void actionsAreAddedToAnOpenPlanOwnedByThoseOfTheService(
            PlanStatus status, boolean ofTheService, String field, String message) {
        Plan plan = plan(status, complete(), List.of());
        NewAction action = new NewAction(Strand.DESISTANCE, " Boxing club ", STAFF, null, LocalDate.of(2027, 3, 1));
        Set<UUID> owners = ofTheService ? Set.of(STAFF) : Set.of(UUID.randomUUID());
        UUID id = UUID.randomUUID();
        if (field != null) {
            assertThatThrownBy(() -> plan.addAction(id, action, owners, "Sam Case"))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsExactly(entry(field, message)));
            return;
        }
        Plan after = plan.addAction(id, action, owners, "Sam Case").after();
        assertThat(after.actions()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(id);
            assertThat(a.description()).isEqualTo("Boxing club");
            assertThat(a.owner()).isEqualTo("Sam Case");
            assertThat(a.status()).isEqualTo(ActionStatus.NOT_STARTED);
        });
    }

    @ParameterizedTest(name = "{0} plan: {1} -> {2} {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "AGREED     | NOT_STARTED | STOPPED     | null   | null",
                "DRAFT      | IN_PROGRESS | DONE        | null   | null",
                "AGREED     | DONE        | IN_PROGRESS | status | The action is done: add a new action instead",
                "SUPERSEDED | IN_PROGRESS | DONE        | status | This plan has been superseded: use the current plan",
            })
    void actionsMoveOnWhileThePlanIsOpen(
            PlanStatus status, ActionStatus from, ActionStatus to, String field, String message) {
        PlanAction action = action(from);
        Plan plan = plan(status, complete(), List.of(action));
        if (field != null) {
            assertThatThrownBy(() -> plan.moveAction(action, to, "Moved away", TODAY, "cm"))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsExactly(entry(field, message)));
            return;
        }
        PlanAction after =
                plan.moveAction(action, to, " Moved away ", TODAY, "cm").after();
        assertThat(after.status()).isEqualTo(to);
        assertThat(after.statusChangedOn()).isEqualTo(TODAY);
        assertThat(after.statusChangedBy()).isEqualTo("cm");
        assertThat(after.stoppedReason()).isEqualTo(to == ActionStatus.STOPPED ? "Moved away" : null);
    }

    private static PlanContent complete() {
        return new PlanContent(
                "Back to college",
                "Away from the older group",
                "No weapons",
                "The victim wants no contact",
                null,
                List.of("If he goes missing, tell the police"),
                "Wants to box",
                "Mum agrees",
                List.of());
    }

    private static Plan plan(PlanStatus status, PlanContent content, List<PlanAction> actions) {
        return new Plan(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                status,
                content,
                actions,
                null,
                null,
                null,
                null,
                null,
                null,
                "cm",
                3,
                null);
    }

    private static PlanAction action(ActionStatus status) {
        return new PlanAction(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Strand.DESISTANCE,
                "Boxing club",
                null,
                "Sports trust",
                "Sports trust",
                LocalDate.of(2027, 3, 1),
                status,
                null,
                null,
                null,
                0);
    }
}
