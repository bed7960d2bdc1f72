package org.desist.parenting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.VersionedUpdate;
import org.desist.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's parenting record (domain reference 03 "Parenting"): the prompts to consider a parenting assessment
 * with the case manager's decisions, and the parenting work done with the parents or carers.
 */
@Service
@Transactional
public class Parenting {

    public static final String PROMPT = "PARENTING_PROMPT";
    public static final String WORK = "PARENTING_WORK";
    public static final String TRIGGER = "PARENTING_TRIGGER";
    public static final String DECIDED = "PARENTING_ASSESSMENT_DECISION";

    private final JdbcClient jdbc;
    private final ChildRecords children;
    private final Interventions interventions;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Clock clock;
    private final int recentMonths;

    Parenting(
            JdbcClient jdbc,
            ChildRecords children,
            Interventions interventions,
            DueItems dueItems,
            AuditTrail audit,
            Clock clock,
            @Value("${desist.parenting.recent-months:3}") int recentMonths) {
        this.jdbc = jdbc;
        this.children = children;
        this.interventions = interventions;
        this.dueItems = dueItems;
        this.audit = audit;
        this.clock = clock;
        this.recentMonths = recentMonths;
    }

    public record Record(ChildSummary child, List<ParentingPrompt> prompts, List<ParentingWork> work) {}

    public record NewWork(
            ParentingWorkKind kind,
            LocalDate startsOn,
            LocalDate endsOn,
            String terms,
            String parentingWorker,
            String agencyRoles) {}

    /** The child's parenting record, for someone who may see the child; the view is audited. */
    @Transactional
    public Record of(UUID childId) {
        ChildSummary child = children.visible(childId);
        audit.viewed(child.serviceId(), child.id(), PROMPT, null, "Viewed the parenting record");
        return new Record(child, prompts(child.id()), work(child.id()));
    }

    public ParentingPrompt prompt(UUID promptId) {
        ParentingPrompt prompt = find(promptId);
        children.visible(prompt.childId());
        return prompt;
    }

    public int recentMonths() {
        return recentMonths;
    }

    // Triggers ---------------------------------------------------------------------------------------------

    /**
     * The case manager records another agency's assessment (early help or CAMHS); when it is recent (and for early
     * help, shows unmet parenting need) and the child is 17 or under, a prompt is raised. Returns it, if raised.
     */
    public Optional<ParentingPrompt> recordOtherAssessment(
            UUID childId, ParentingTrigger kind, LocalDate completedOn, Boolean unmetParentingNeed) {
        ChildSummary child = children.responsible(childId);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind != ParentingTrigger.EARLY_HELP && kind != ParentingTrigger.CAMHS) {
            problems.put("kind", "Select an early-help assessment or a CAMHS assessment");
        }
        if (completedOn == null) {
            problems.put("completedOn", "Enter the date the assessment was completed");
        } else if (completedOn.isAfter(today)) {
            problems.put("completedOn", "The date the assessment was completed must be today or in the past");
        }
        if (kind == ParentingTrigger.EARLY_HELP && unmetParentingNeed == null) {
            problems.put("unmetParentingNeed", "Select whether the early-help assessment shows unmet parenting need");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String detail = kind == ParentingTrigger.EARLY_HELP
                ? "Early-help assessment completed " + completedOn
                        + (unmetParentingNeed ? ", unmet parenting need" : ", no unmet parenting need")
                : "CAMHS assessment completed " + completedOn;
        boolean fires = ParentingTriggers.fires(
                kind, child.dateOfBirth(), today, null, completedOn, unmetParentingNeed, recentMonths);
        if (!fires) {
            audit.changed(
                    child.serviceId(),
                    child.id(),
                    AuditAction.CREATED,
                    PROMPT,
                    null,
                    0,
                    "Recorded an assessment that does not call for a parenting assessment: " + detail,
                    List.of(new FieldChange("Assessment", null, detail)));
            return Optional.empty();
        }
        return Optional.of(raise(child, kind, detail, null, today));
    }

    /**
     * A trigger fired from another module (an assessment's rating, a report considering a parenting order): a
     * prompt for a child aged 17 or under, once per triggering record. No user check: it runs in the change's
     * transaction.
     */
    public void triggered(
            UUID childId, ParentingTrigger kind, String detail, UUID recordId, LocalDate on, Integer rating) {
        ChildSummary child = children.visible(childId);
        if (!ParentingTriggers.fires(kind, child.dateOfBirth(), on, rating, null, null, recentMonths)) {
            return;
        }
        boolean already = recordId != null
                && jdbc.sql("select count(*) from parenting_prompt where trigger_record_id = :r")
                                .param("r", recordId)
                                .query(Integer.class)
                                .single()
                        > 0;
        if (!already) {
            raise(child, kind, detail, recordId, on);
        }
    }

    private ParentingPrompt raise(
            ChildSummary child, ParentingTrigger kind, String detail, UUID recordId, LocalDate on) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into parenting_prompt (id, child_id, trigger_kind, trigger_detail, trigger_record_id,
                            triggered_on)
                        values (:id, :child, :kind, :detail, :record, :on)
                        """)
                .param("id", id)
                .param("child", child.id())
                .param("kind", kind.name())
                .param("detail", detail)
                .param("record", recordId)
                .param("on", on)
                .update();
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                PROMPT,
                id,
                0,
                "Consider a parenting assessment: " + kind.label(),
                List.of(new FieldChange("Trigger", null, kind.label()), new FieldChange("Detail", null, detail)));
        dueItems.triggered(
                new DueItems.Trigger(TRIGGER, child.serviceId(), child.id(), PROMPT, id, caseManager(child.id())), on);
        return find(id);
    }

    // Decisions --------------------------------------------------------------------------------------------

    /** The case manager's decision on a prompt: assess or not needed, with the reason; meets its due item. */
    public ParentingPrompt decide(UUID promptId, long version, ParentingDecision decision, String reason) {
        ParentingPrompt before = find(promptId);
        ChildSummary child = children.responsible(before.childId());
        Map<String, String> problems = new LinkedHashMap<>();
        if (decision == null) {
            problems.put("decision", "Select whether a parenting assessment is needed");
        }
        if (reason == null || reason.isBlank()) {
            problems.put("reason", "Enter the reason for the decision");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        LocalDate today = LocalDate.now(clock);
        String by = CurrentUser.require().displayName();
        VersionedUpdate.of(jdbc, """
                        update parenting_prompt set decision = :decision, decision_reason = :reason, decided_by = :by,
                               decided_on = :on, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("decision", decision.name())
                .param("reason", reason.trim())
                .param("by", by)
                .param("on", today)
                .param("id", promptId)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(PROMPT, promptId, version));
        // The row was at the version the person saw, so what was loaded is what they saw.
        if (!before.open()) {
            throw new InvalidRequestException(Map.of("decision", "The decision on this prompt is already recorded"));
        }
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                PROMPT,
                promptId,
                version + 1,
                "Decided on a parenting assessment: " + decision.label(),
                List.of(
                        new FieldChange("Decision", null, decision.label()),
                        new FieldChange("Reason", null, reason.trim())));
        dueItems.fulfilled(promptId, DECIDED, promptId, today);
        return find(promptId);
    }

    // Parenting work ---------------------------------------------------------------------------------------

    public ParentingWork recordWork(UUID childId, NewWork request) {
        ChildSummary child = children.responsible(childId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.kind() == null) {
            problems.put("kind", "Select the kind of parenting work");
        }
        if (request.startsOn() == null) {
            problems.put("startsOn", "Enter the date it starts");
        } else if (request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            problems.put("endsOn", "The end date must be on or after the start date");
        }
        if (blank(request.terms())) {
            problems.put(
                    "terms",
                    request.kind() == ParentingWorkKind.PARENTING_ORDER
                            ? "Enter the requirements of the order"
                            : "Enter the terms or what the work involves");
        }
        if (blank(request.parentingWorker())) {
            problems.put("parentingWorker", "Enter the parenting worker");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        String by = CurrentUser.require().displayName();
        jdbc.sql("""
                        insert into parenting_work (id, child_id, kind, starts_on, ends_on, terms, parenting_worker,
                            agency_roles, recorded_by)
                        values (:id, :child, :kind, :starts, :ends, :terms, :worker, :roles, :by)
                        """)
                .param("id", id)
                .param("child", child.id())
                .param("kind", request.kind().name())
                .param("starts", request.startsOn())
                .param("ends", request.endsOn())
                .param("terms", request.terms().trim())
                .param("worker", request.parentingWorker().trim())
                .param(
                        "roles",
                        blank(request.agencyRoles())
                                ? null
                                : request.agencyRoles().trim())
                .param("by", by)
                .update();
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("Kind", null, request.kind().label()));
        changes.add(new FieldChange("Starts", null, request.startsOn().toString()));
        changes.add(new FieldChange(
                "Parenting worker", null, request.parentingWorker().trim()));
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                WORK,
                id,
                0,
                "Recorded " + request.kind().label().toLowerCase(),
                changes);
        return work(child.id()).stream()
                .filter(w -> w.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    // Internals --------------------------------------------------------------------------------------------

    /** The case manager of the child's work in progress, if any (the due item's owner). */
    private UUID caseManager(UUID childId) {
        return interventions.ofChild(childId).stream()
                .filter(i -> i.status() == Intervention.Status.ACTIVE && i.caseManagerId() != null)
                .map(Intervention::caseManagerId)
                .findFirst()
                .orElse(null);
    }

    private List<ParentingPrompt> prompts(UUID childId) {
        return jdbc.sql(
                        "select * from parenting_prompt where child_id = :c order by triggered_on desc, recorded_at desc")
                .param("c", childId)
                .query(Parenting::prompt)
                .list();
    }

    private List<ParentingWork> work(UUID childId) {
        return jdbc.sql("select * from parenting_work where child_id = :c order by starts_on desc")
                .param("c", childId)
                .query((rs, n) -> new ParentingWork(
                        rs.getObject("id", UUID.class),
                        rs.getObject("child_id", UUID.class),
                        ParentingWorkKind.valueOf(rs.getString("kind")),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getString("terms"),
                        rs.getString("parenting_worker"),
                        rs.getString("agency_roles"),
                        rs.getString("recorded_by"),
                        rs.getLong("version")))
                .list();
    }

    private ParentingPrompt find(UUID id) {
        return jdbc.sql("select * from parenting_prompt where id = :id")
                .param("id", id)
                .query(Parenting::prompt)
                .optional()
                .orElseThrow(() -> new NotFoundException("Parenting prompt"));
    }

    private static ParentingPrompt prompt(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        return new ParentingPrompt(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                ParentingTrigger.valueOf(rs.getString("trigger_kind")),
                rs.getString("trigger_detail"),
                rs.getObject("triggered_on", LocalDate.class),
                decision == null ? null : ParentingDecision.valueOf(decision),
                rs.getString("decision_reason"),
                rs.getString("decided_by"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getLong("version"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
