package org.desist.order;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referral order's youth offender panels and contract (YJB case management guidance). Panels meet their due
 * items; signing the contract starts the order running and sets the progress panels going every 3 months.
 */
@Service
@Transactional
public class ReferralOrders {

    /** The trigger of the repeating progress panel rule (rules.json {@code referral-order-progress-panel}). */
    public static final String CONTRACT_SIGNED = "REFERRAL_ORDER_CONTRACT_SIGNED";

    private final JdbcClient jdbc;
    private final OrderLedger ledger;
    private final CourtOrders orders;
    private final ChildRecords children;
    private final DueItems dueItems;

    ReferralOrders(JdbcClient jdbc, OrderLedger ledger, CourtOrders orders, ChildRecords children, DueItems dueItems) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.orders = orders;
        this.children = children;
        this.dueItems = dueItems;
    }

    public record NewPanel(
            PanelKind kind,
            LocalDate heldOn,
            List<String> communityMembers,
            String yosMember,
            Boolean parentAttended,
            String parentAbsenceReason,
            LocalDate reportSharedOn,
            PanelOutcome outcome,
            String notes) {}

    public record NewContract(LocalDate signedOn, String reparation, List<String> activities) {}

    /** Records a panel that sat; refuses one that was not properly constituted. */
    public Panel recordPanel(UUID interventionId, long version, NewPanel request) {
        Intervention order = ledger.order(interventionId, InterventionType.REFERRAL_ORDER, "Youth offender panels sit");
        ChildSummary child = children.responsible(order.childId());
        CourtOrder current = orders.get(interventionId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.kind() == null) {
            problems.put("kind", "Select which panel this was");
        }
        if (request.heldOn() == null) {
            problems.put("heldOn", "Enter the date of the panel");
        } else if (request.heldOn().isBefore(order.startDate())) {
            problems.put("heldOn", "The panel cannot be before the order was made");
        }
        var initial = current.panels().stream()
                .filter(p -> p.kind() == PanelKind.INITIAL)
                .findFirst();
        if (request.kind() == PanelKind.INITIAL && initial.isPresent()) {
            problems.put(
                    "kind",
                    "The initial panel is already recorded (" + initial.get().heldOn() + ")");
        }
        if (request.kind() != null && request.kind() != PanelKind.INITIAL) {
            if (initial.isEmpty()) {
                problems.put("kind", "Record the initial panel first");
            } else if (request.heldOn() != null
                    && !request.heldOn().isAfter(initial.get().heldOn())) {
                problems.put("heldOn", "A " + request.kind().label().toLowerCase() + " is after the initial panel");
            }
        }
        problems.putAll(PanelRules.problems(
                new PanelRules.Sitting(
                        request.heldOn(),
                        request.communityMembers(),
                        request.yosMember(),
                        request.parentAttended(),
                        request.parentAbsenceReason()),
                child.dateOfBirth()));
        if (request.outcome() == null) {
            problems.put("outcome", "Select the outcome of the panel");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        long next = ledger.lock(interventionId, version);
        UUID id = UUID.randomUUID();
        List<String> members = request.communityMembers().stream()
                .filter(n -> n != null && !n.isBlank())
                .map(String::trim)
                .toList();
        boolean parentAttended = request.parentAttended();
        jdbc.sql("""
                        insert into youth_offender_panel (id, intervention_id, kind, held_on, community_members, yos_member,
                            parent_attended, parent_absence_reason, report_shared_on, outcome, notes, recorded_by)
                        values (:id, :order, :kind, :held, :community, :yos, :parent, :reason, :report, :outcome, :notes, :by)
                        """)
                .param("id", id)
                .param("order", interventionId)
                .param("kind", request.kind().name())
                .param("held", request.heldOn())
                .param("community", String.join("\n", members))
                .param("yos", request.yosMember().trim())
                .param("parent", parentAttended)
                .param("reason", parentAttended ? null : blankToNull(request.parentAbsenceReason()))
                .param("report", request.reportSharedOn())
                .param("outcome", request.outcome().name())
                .param("notes", blankToNull(request.notes()))
                .param("by", CurrentUser.require().username())
                .update();
        Panel panel = orders.get(interventionId).panels().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
        ledger.audited(
                order,
                next,
                AuditAction.CREATED,
                "Recorded the " + panel.kind().label().toLowerCase() + " of " + panel.heldOn()
                        + (panel.reportFlag() != null ? " (" + panel.reportFlag() + ")" : ""),
                List.of(
                        new FieldChange("Panel", null, panel.kind().label()),
                        new FieldChange("Date", null, panel.heldOn().toString()),
                        new FieldChange("Community panel members", null, String.join(", ", members)),
                        new FieldChange("YOS panel member", null, panel.yosMember()),
                        new FieldChange("Parent or carer attended", null, parentAttended ? "Yes" : "No"),
                        new FieldChange(
                                "Report shared",
                                null,
                                panel.reportSharedOn() == null
                                        ? "Not shared"
                                        : panel.reportSharedOn().toString()),
                        new FieldChange("Outcome", null, panel.outcome().label())));
        request.kind().fulfils().ifPresent(record -> dueItems.fulfilled(interventionId, record, id, request.heldOn()));
        if (request.kind() == PanelKind.FINAL) {
            // The final panel ends the order's panels: no further progress panel falls due.
            dueItems.triggerWithdrawn(interventionId, CONTRACT_SIGNED, "Final panel held on " + request.heldOn());
        }
        return panel;
    }

    /** The contract agreed at a panel is signed: the order runs from its signing, and progress panels follow. */
    public Contract signContract(UUID interventionId, long version, NewContract request) {
        Intervention order = ledger.order(interventionId, InterventionType.REFERRAL_ORDER, "A contract is signed");
        CourtOrder current = orders.get(interventionId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (current.contract() != null) {
            problems.put(
                    "signedOn",
                    "The contract was already signed on " + current.contract().signedOn());
        }
        var initial = current.panels().stream()
                .filter(p -> p.kind() == PanelKind.INITIAL)
                .findFirst();
        if (request.signedOn() == null) {
            problems.put("signedOn", "Enter the date the contract was signed");
        } else if (initial.isEmpty()) {
            problems.put("signedOn", "Record the initial panel first: the contract is agreed there");
        } else if (request.signedOn().isBefore(initial.get().heldOn())) {
            problems.put(
                    "signedOn",
                    "The contract is signed at or after the initial panel ("
                            + initial.get().heldOn() + ")");
        }
        if (request.reparation() == null || request.reparation().isBlank()) {
            problems.put("reparation", "Describe the reparation the child agreed to");
        }
        List<String> activities = request.activities() == null
                ? List.of()
                : request.activities().stream()
                        .filter(a -> a != null && !a.isBlank())
                        .map(String::trim)
                        .toList();
        if (activities.isEmpty()) {
            problems.put("activities", "Enter at least one activity the child agreed to");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        long next = ledger.lock(interventionId, version);
        jdbc.sql("""
                        insert into referral_order_contract (intervention_id, signed_on, reparation, activities, recorded_by)
                        values (:id, :signed, :reparation, :activities, :by)
                        """)
                .param("id", interventionId)
                .param("signed", request.signedOn())
                .param("reparation", request.reparation().trim())
                .param("activities", String.join("\n", activities))
                .param("by", CurrentUser.require().username())
                .update();
        ledger.audited(
                order,
                next,
                AuditAction.CREATED,
                "Recorded the referral order contract signed on " + request.signedOn(),
                List.of(
                        new FieldChange(
                                "Contract signed", null, request.signedOn().toString()),
                        new FieldChange("Reparation", null, request.reparation().trim()),
                        new FieldChange("Activities", null, String.join("; ", activities))));
        dueItems.triggered(
                new DueItems.Trigger(
                        CONTRACT_SIGNED,
                        order.serviceId(),
                        order.childId(),
                        Interventions.RECORD_TYPE,
                        interventionId,
                        order.caseManagerId()),
                request.signedOn());
        return orders.get(interventionId).contract();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
