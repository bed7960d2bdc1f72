package org.desist.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What may be recorded on a court order (YJB case management guidance), table-tested on the aggregate with real
 * dates: the order was made on Friday 18 December 2026 and ends on 18 June 2027; the child was born on 1 June 2011.
 */
class CourtOrderRulesTest {

    private static final LocalDate MADE = LocalDate.of(2026, 12, 18);
    private static final LocalDate BORN = LocalDate.of(2011, 6, 1);
    private static final UUID CHILD = UUID.randomUUID();

    @ParameterizedTest(name = "initial panel {0}; a {1} panel on {2} → [{3}] {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                // initial panel already held | kind | held on | problem field | message
                "           | INITIAL  | 2027-01-14 |         |",
                "           | INITIAL  | 2026-12-17 | heldOn  | The panel cannot be before the order was made",
                "           | INITIAL  | 2026-12-18 |         |",
                "2027-01-14 | INITIAL  | 2027-02-14 | kind    | The initial panel is already recorded (2027-01-14)",
                "           | PROGRESS | 2027-04-14 | kind    | Record the initial panel first",
                "2027-01-14 | PROGRESS | 2027-01-14 | heldOn  | A progress panel is after the initial panel",
                "2027-01-14 | PROGRESS | 2027-01-15 |         |",
                "2027-01-14 | FINAL    | 2027-06-10 |         |",
                "           |          | 2027-01-14 | kind    | Select which panel this was",
            })
    void panelsSitInTurn(LocalDate initial, PanelKind kind, LocalDate heldOn, String field, String message) {
        CourtOrder order = order(
                InterventionType.REFERRAL_ORDER,
                Intervention.Status.ACTIVE,
                initial == null ? List.of() : List.of(panel(PanelKind.INITIAL, initial)),
                null);
        assertProblem(() -> order.recordPanel(UUID.randomUUID(), newPanel(kind, heldOn), BORN), field, message);
    }

    @Test
    void aPanelRecordedIsOnTheOrderAfterItNotBefore() {
        CourtOrder order = order(InterventionType.REFERRAL_ORDER, Intervention.Status.ACTIVE);
        UUID id = UUID.randomUUID();
        Change<CourtOrder> change = order.recordPanel(id, newPanel(PanelKind.INITIAL, LocalDate.of(2027, 1, 14)), BORN);
        assertThat(change.before()).isSameAs(order);
        assertThat(change.before().panel(id)).isEmpty();
        assertThat(change.after().panel(id))
                .hasValueSatisfying(p -> assertThat(p.communityMembers()).containsExactly("Ann Lee", "Bo Chan"));
        assertThat(change.after().version()).isEqualTo(order.version());
        assertThat(Panel.AUDITED.changes(null, change.after().panel(id).orElseThrow()))
                .extracting(c -> c.field() + "=" + c.newValue())
                .containsExactly(
                        "Panel=Initial panel",
                        "Date=2027-01-14",
                        "Community panel members=Ann Lee, Bo Chan",
                        "YOS panel member=Priya Shah",
                        "Parent or carer attended=Yes",
                        "Report shared=Not shared",
                        "Outcome=Contract agreed");
    }

    @ParameterizedTest(name = "initial panel {0}, already signed {1}, signed {2} → [{3}] {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2027-01-14 |            | 2027-01-14 |          |",
                "2027-01-14 |            | 2027-01-13 | signedOn | The contract is signed at or after the initial panel (2027-01-14)",
                "           |            | 2027-01-14 | signedOn | Record the initial panel first: the contract is agreed there",
                "2027-01-14 | 2027-01-14 | 2027-01-20 | signedOn | The contract was already signed on 2027-01-14",
                "2027-01-14 |            |            | signedOn | Enter the date the contract was signed",
            })
    void theContractIsSignedOnceAtOrAfterTheInitialPanel(
            LocalDate initial, LocalDate signedBefore, LocalDate signedOn, String field, String message) {
        CourtOrder order = order(
                InterventionType.REFERRAL_ORDER,
                Intervention.Status.ACTIVE,
                initial == null ? List.of() : List.of(panel(PanelKind.INITIAL, initial)),
                signedBefore == null ? null : new Contract(signedBefore, "Garden", List.of("Workshop")));
        assertProblem(
                () -> order.signContract(
                        new ReferralOrders.NewContract(signedOn, " Four garden sessions ", List.of(" Workshop ", ""))),
                field,
                message);
    }

    @ParameterizedTest(name = "{0} decided {1}; order {2}; new order made {3} → [{4}] {5}")
    @CsvSource(
            delimiter = '|',
            value = {
                // decided by | outcome | order status | new order made on | problem field | message
                "YOUTH_OFFENDER_PANEL | WARNING                 | ACTIVE |            |                   |",
                "COURT                | FINE                    | ACTIVE |            |                   |",
                "YOUTH_OFFENDER_PANEL | FINE                    | ACTIVE |            | decidedBy         | Only a court can fine",
                "YOUTH_OFFENDER_PANEL | REVOKED_AND_RESENTENCED | ACTIVE | 2027-02-10 | decidedBy         | Only a court can revoke and resentence",
                "COURT                | REVOKED_AND_RESENTENCED | ACTIVE | 2027-02-10 |                   |",
                "COURT                | REVOKED_AND_RESENTENCED | ACTIVE | 2026-12-01 | newInterventionId | The new order must have been made after the one it replaces",
                "COURT                | REVOKED_AND_RESENTENCED | CLOSED | 2027-02-10 | outcome           | This order is already closed",
                "COURT                | WARNING                 | CLOSED |            | order             | This order has ended: nothing more can be recorded on it",
            })
    void onlyACourtFinesOrResentencesAndTheNewOrderCameAfter(
            BreachDecidedBy decidedBy,
            BreachOutcome outcome,
            Intervention.Status status,
            LocalDate newOrderMade,
            String field,
            String message) {
        CourtOrder order = order(InterventionType.REFERRAL_ORDER, status);
        Intervention replacement = newOrderMade == null
                ? null
                : intervention(InterventionType.YOUTH_REHABILITATION_ORDER, newOrderMade, Intervention.Status.ACTIVE);
        OrderBreaches.NewBreach breach = new OrderBreaches.NewBreach(
                LocalDate.of(2027, 2, 10),
                BreachedWhat.CONDITIONS,
                null,
                " Missed three appointments ",
                decidedBy,
                outcome,
                replacement == null ? null : replacement.id());
        assertProblem(() -> order.recordBreach(UUID.randomUUID(), breach, replacement), field, message);
    }

    @Test
    void aResentenceNamesAnOrderTheUserMaySee() {
        CourtOrder order = order(InterventionType.REFERRAL_ORDER, Intervention.Status.ACTIVE);
        OrderBreaches.NewBreach breach = new OrderBreaches.NewBreach(
                LocalDate.of(2027, 2, 10),
                BreachedWhat.CONTRACT,
                null,
                "Missed three appointments",
                BreachDecidedBy.COURT,
                BreachOutcome.REVOKED_AND_RESENTENCED,
                UUID.randomUUID());
        assertProblem(
                () -> order.recordBreach(UUID.randomUUID(), breach, null),
                "newInterventionId",
                "Select one of this child's orders");
    }

    @ParameterizedTest(name = "released {0}, licence to {1} → [{2}] {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2028-06-18 | 2029-12-18 |                |",
                "2026-12-17 | 2029-12-18 | releaseDate    | The release date cannot be before the sentence started",
                "2028-06-18 | 2028-06-18 | licenceEndDate | The licence must end after the release date",
                "2028-06-18 | 2028-06-19 |                |",
                "           | 2029-12-18 | releaseDate    | Enter the release date",
                "2028-06-18 |            | licenceEndDate | Enter the date the licence ends",
            })
    void theLicenceEndsAfterTheRelease(LocalDate release, LocalDate end, String field, String message) {
        CourtOrder order = order(InterventionType.LONGER_DETENTION, Intervention.Status.ACTIVE);
        assertProblem(() -> order.recordLicence(release, end), field, message);
    }

    @Test
    void aCorrectedLicenceShowsOnlyTheDateThatMoved() {
        CourtOrder order = order(InterventionType.LONGER_DETENTION, Intervention.Status.ACTIVE);
        Change<CourtOrder> first = order.recordLicence(LocalDate.of(2028, 6, 18), LocalDate.of(2029, 12, 18));
        assertThat(CourtOrder.LICENCE_AUDITED.changes(first.before(), first.after()))
                .extracting(c -> c.field() + ": " + c.oldValue() + " → " + c.newValue())
                .containsExactly("Release date: null → 2028-06-18", "Licence end date: null → 2029-12-18");
        Change<CourtOrder> corrected = first.after().recordLicence(LocalDate.of(2028, 6, 18), LocalDate.of(2030, 1, 4));
        assertThat(CourtOrder.LICENCE_AUDITED.changes(corrected.before(), corrected.after()))
                .extracting(c -> c.field() + ": " + c.oldValue() + " → " + c.newValue())
                .containsExactly("Licence end date: 2029-12-18 → 2030-01-04");
    }

    @Test
    void socialCareIsRecordedOncePerPanelOfTheOrder() {
        Panel initial = panel(PanelKind.INITIAL, LocalDate.of(2027, 1, 14));
        CourtOrder order = order(InterventionType.REFERRAL_ORDER, Intervention.Status.ACTIVE, List.of(initial), null);
        SocialCareAtPanels.NewSocialCare request = new SocialCareAtPanels.NewSocialCare(
                LocalDate.of(2027, 1, 5),
                " Sam Patel ",
                PanelTime.AGREED_WITH_SOCIAL_WORKER,
                null,
                PanelCompanion.SOCIAL_WORKER,
                "ignored");
        Change<CourtOrder> change = order.recordSocialCare(initial.id(), request, "pan.cm");
        SocialCareAtPanel recorded = change.after().socialCare().get(initial.id());
        assertThat(recorded.invitedWho()).isEqualTo("Sam Patel");
        assertThat(recorded.attendedName()).isNull();
        assertThat(recorded.recordedBy()).isEqualTo("pan.cm");
        assertThat(change.before().socialCare()).isEmpty();

        assertProblem(
                () -> change.after().recordSocialCare(initial.id(), request, "pan.cm"),
                "invitedOn",
                "Social care at this panel is already recorded");
        assertThatThrownBy(() -> order.recordSocialCare(UUID.randomUUID(), request, "pan.cm"))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest(name = "a {0} from {1} for a 15-year-old → [{2}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "CURFEW      | 2026-12-18 |",
                "CURFEW      | 2026-12-17 | startDate",
                "UNPAID_WORK | 2026-12-18 | type",
            })
    void requirementsFollowSchedule6(RequirementType type, LocalDate start, String field) {
        CourtOrder order = order(InterventionType.YOUTH_REHABILITATION_ORDER, Intervention.Status.ACTIVE);
        RequirementRules.Proposed proposed = new RequirementRules.Proposed(
                type,
                start,
                LocalDate.of(2027, 6, 17),
                60,
                null,
                false,
                java.time.LocalTime.of(19, 0),
                java.time.LocalTime.of(7, 0),
                "1 Test Street",
                false);
        UUID id = UUID.randomUUID();
        assertProblem(() -> order.addRequirement(id, proposed, BORN), field, null);
        if (field == null) {
            Requirement added = order.addRequirement(id, proposed, BORN)
                    .after()
                    .requirement(id)
                    .orElseThrow();
            assertThat(added.hours()).as("a curfew records no hours").isNull();
            assertThat(added.quantity()).isEqualTo("19:00 to 07:00 (12 hours a day)");
        }
    }

    @Test
    void nothingIsRecordedOnAnOrderThatHasEnded() {
        CourtOrder order = order(InterventionType.REFERRAL_ORDER, Intervention.Status.CLOSED);
        assertProblem(
                () -> order.recordPanel(
                        UUID.randomUUID(), newPanel(PanelKind.INITIAL, LocalDate.of(2027, 1, 14)), BORN),
                "order",
                "This order has ended: nothing more can be recorded on it");
        // The answers' own problems come first.
        assertProblem(
                () -> order.recordPanel(UUID.randomUUID(), newPanel(null, LocalDate.of(2027, 1, 14)), BORN),
                "kind",
                "Select which panel this was");
    }

    /** No problem when {@code field} is null (the change is made); otherwise the refusal names it first. */
    private static void assertProblem(Runnable change, String field, String message) {
        if (field == null) {
            change.run();
            return;
        }
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.errors()).containsKey(field);
            if (message != null) {
                assertThat(e.errors()).containsEntry(field, message);
            }
        });
    }

    private static ReferralOrders.NewPanel newPanel(PanelKind kind, LocalDate heldOn) {
        return new ReferralOrders.NewPanel(
                kind,
                heldOn,
                List.of(" Ann Lee ", "Bo Chan", " "),
                " Priya Shah ",
                true,
                null,
                null,
                kind == PanelKind.INITIAL ? PanelOutcome.CONTRACT_AGREED : PanelOutcome.PROGRESS_REVIEWED,
                null);
    }

    private static Panel panel(PanelKind kind, LocalDate heldOn) {
        return new Panel(
                UUID.randomUUID(),
                kind,
                heldOn,
                List.of("Ann Lee", "Bo Chan"),
                "Priya Shah",
                true,
                null,
                heldOn.minusDays(3),
                PanelOutcome.CONTRACT_AGREED,
                null);
    }

    private static Intervention intervention(InterventionType type, LocalDate start, Intervention.Status status) {
        return new Intervention(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                CHILD,
                type,
                start,
                type == InterventionType.LONGER_DETENTION ? null : start.plusMonths(6),
                status,
                null,
                null,
                null,
                UUID.randomUUID(),
                0,
                null,
                null);
    }

    private static CourtOrder order(InterventionType type, Intervention.Status status) {
        return order(type, status, List.of(), null);
    }

    private static CourtOrder order(
            InterventionType type, Intervention.Status status, List<Panel> panels, Contract contract) {
        return new CourtOrder(
                intervention(type, MADE, status),
                3,
                contract,
                null,
                panels,
                List.of(),
                null,
                null,
                List.of(),
                null,
                null,
                List.of(),
                Map.of());
    }
}
