package org.desist.safeguarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.desist.assessment.Assessments;
import org.desist.assessment.ClassificationChange;
import org.desist.assessment.Lens;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.VersionedUpdate;
import org.desist.safeguarding.PanelTriggers.PanelWork;
import org.desist.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's risk and safeguarding records (domain reference 02 §8). Every read goes through
 * {@link ChildRecords#visible}; every change first through {@link ChildRecords#responsible}, is checked (messages
 * keyed by field), audited with the child in the same transaction, and a record a person edits later (a panel
 * referral, a child protection concern) is changed from the version read (optimistic locking). Recording a
 * referral or a VMP meets the child's open item for it.
 */
@Service
@Transactional
public class Safeguarding {

    public static final String REFERRAL = PanelWork.RISK_PANEL_REFERRAL.fulfilledBy();
    public static final String VMP = PanelWork.VULNERABILITY_MANAGEMENT_PLAN.fulfilledBy();
    public static final String MAPPA = "MAPPA";
    public static final String MEETING = "MULTI_AGENCY_MEETING";
    public static final String CONCERN = "CHILD_PROTECTION_CONCERN";
    public static final String ACTION = "SAFEGUARDING_ACTION";

    /** The due-item rules this module's triggers start (rules.json). */
    public static final Set<String> RULES = Set.of("risk-panel-referral", "vulnerability-management-plan");

    private final JdbcClient jdbc;
    private final ChildRecords children;
    private final Interventions interventions;
    private final Assessments assessments;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Clock clock;
    private final int reportWithinDays;

    Safeguarding(
            JdbcClient jdbc,
            ChildRecords children,
            Interventions interventions,
            Assessments assessments,
            DueItems dueItems,
            AuditTrail audit,
            Clock clock,
            @Value("${desist.safeguarding.cp-report-within-days:0}") int reportWithinDays) {
        this.jdbc = jdbc;
        this.children = children;
        this.interventions = interventions;
        this.assessments = assessments;
        this.dueItems = dueItems;
        this.audit = audit;
        this.clock = clock;
        this.reportWithinDays = reportWithinDays;
    }

    public record NewReferral(LocalDate referredOn, String reason, LocalDate panelDate, String decisions) {}

    public record NewPlan(
            LocalDate planDate,
            String vulnerabilities,
            String contingency,
            LocalDate reviewOn,
            Boolean referredToPanel) {}

    public record NewMappa(Integer level, Integer category, LocalDate decidedOn, LocalDate reviewOn) {}

    public record NewMeeting(
            MeetingType type,
            LocalDate heldOn,
            CalledBy calledBy,
            String calledByOther,
            YosAttendance attendance,
            String notRepresentedReason,
            String decisions) {}

    public record NewAction(String recordType, UUID recordId, String action, String ownerAgency, LocalDate dueOn) {}

    // Reading ----------------------------------------------------------------------------------------------

    /** The child's safeguarding records, if the user may see the child (404 otherwise). */
    @Transactional(readOnly = true)
    public SafeguardingRecord of(UUID childId) {
        ChildSummary child = children.visible(childId);
        Map<UUID, List<SafeguardingAction>> actions = actions(child.id());
        return new SafeguardingRecord(
                classifications(child.id()),
                dueItems.forChild(child.id()).stream()
                        .filter(i -> RULES.contains(i.rule().id()))
                        .sorted(Comparator.comparing(DueItem::dueDate).reversed())
                        .toList(),
                jdbc.sql(
                                "select * from risk_panel_referral where child_id = :child order by referred_on desc, recorded_at desc")
                        .param("child", child.id())
                        .query((rs, n) -> referral(rs, actions))
                        .list(),
                jdbc.sql("select * from vulnerability_management_plan where child_id = :child"
                                + " order by plan_date desc, recorded_at desc")
                        .param("child", child.id())
                        .query((rs, n) -> plan(rs, actions))
                        .list(),
                jdbc.sql(
                                "select * from mappa_management where child_id = :child order by decided_on desc, recorded_at desc")
                        .param("child", child.id())
                        .query(Safeguarding::mappa)
                        .list(),
                jdbc.sql(
                                "select * from multi_agency_meeting where child_id = :child order by held_on desc, recorded_at desc")
                        .param("child", child.id())
                        .query((rs, n) -> meeting(rs, actions))
                        .list(),
                jdbc.sql("select * from child_protection_concern where child_id = :child"
                                + " order by identified_on desc, recorded_at desc")
                        .param("child", child.id())
                        .query((rs, n) -> concern(rs, n))
                        .list());
    }

    /** As {@link #of}, for a page or API answer: the view is audited. */
    public SafeguardingRecord viewed(UUID childId) {
        SafeguardingRecord record = of(childId);
        ChildSummary child = children.visible(childId);
        audit.viewed(child.serviceId(), child.id(), "SAFEGUARDING", child.id(), "Viewed risk and safeguarding");
        return record;
    }

    @Transactional(readOnly = true)
    public PanelReferral referral(UUID id) {
        UUID childId = childOf("risk_panel_referral", id, "Risk panel referral");
        return of(childId).referrals().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    public ChildProtectionConcern concern(UUID id) {
        UUID childId = childOf("child_protection_concern", id, "Child protection concern");
        return of(childId).concerns().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The number of days within which a child protection concern must be reported (0: the same day). */
    public int reportWithinDays() {
        return reportWithinDays;
    }

    // Risk panel referrals and VMPs ------------------------------------------------------------------------

    /** A referral to the risk panel: meets the child's open risk panel referral item. */
    public PanelReferral refer(UUID childId, NewReferral request) {
        ChildSummary child = children.responsible(childId);
        checkReferral(request);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into risk_panel_referral (id, child_id, referred_on, reason, panel_date, decisions,
                            recorded_by)
                        values (:id, :child, :on, :reason, :panel, :decisions, :by)
                        """)
                .param("id", id)
                .param("child", child.id())
                .param("on", request.referredOn())
                .param("reason", request.reason().trim())
                .param("panel", request.panelDate())
                .param("decisions", trimmed(request.decisions()))
                .param("by", CurrentUser.require().username())
                .update();
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                REFERRAL,
                id,
                0,
                "Referred the child to the risk panel on " + request.referredOn(),
                referralChanges(null, request));
        fulfil(child.id(), PanelWork.RISK_PANEL_REFERRAL, id, request.referredOn());
        return referral(id);
    }

    /** The panel sat (or the referral is corrected), from the version read (409 when someone changed it first). */
    public PanelReferral updateReferral(UUID id, long version, NewReferral request) {
        PanelReferral before = referral(id);
        ChildSummary child = children.responsible(before.childId());
        checkReferral(request);
        VersionedUpdate.of(jdbc, """
                        update risk_panel_referral set referred_on = :on, reason = :reason, panel_date = :panel,
                               decisions = :decisions, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("on", request.referredOn())
                .param("reason", request.reason().trim())
                .param("panel", request.panelDate())
                .param("decisions", trimmed(request.decisions()))
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(REFERRAL, id, version));
        PanelReferral after = referral(id);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                REFERRAL,
                id,
                after.version(),
                before.panelDate() == null && after.panelDate() != null
                        ? "Recorded the risk panel held on " + after.panelDate()
                        : "Changed the risk panel referral of " + after.referredOn(),
                referralChanges(before, request));
        return after;
    }

    /** A vulnerability management plan: meets the child's open VMP item. */
    public VulnerabilityPlan plan(UUID childId, NewPlan request) {
        ChildSummary child = children.responsible(childId);
        Map<String, String> problems = new LinkedHashMap<>();
        notFuture(problems, "planDate", request.planDate(), "the date of the plan");
        required(problems, "vulnerabilities", request.vulnerabilities(), "Describe the child’s vulnerabilities");
        required(problems, "contingency", request.contingency(), "Describe the contingency plan");
        if (request.reviewOn() == null) {
            problems.put("reviewOn", "Enter the review date");
        } else if (request.planDate() != null && request.reviewOn().isBefore(request.planDate())) {
            problems.put("reviewOn", "The review date must be on or after the date of the plan");
        }
        if (request.referredToPanel() == null) {
            problems.put("referredToPanel", "Select whether the case is referred to the risk panel");
        }
        refuse(problems);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into vulnerability_management_plan (id, child_id, plan_date, vulnerabilities, contingency,
                            review_on, referred_to_panel, recorded_by)
                        values (:id, :child, :on, :vulnerabilities, :contingency, :review, :panel, :by)
                        """)
                .param("id", id)
                .param("child", child.id())
                .param("on", request.planDate())
                .param("vulnerabilities", request.vulnerabilities().trim())
                .param("contingency", request.contingency().trim())
                .param("review", request.reviewOn())
                .param("panel", request.referredToPanel())
                .param("by", CurrentUser.require().username())
                .update();
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                VMP,
                id,
                0,
                "Recorded a vulnerability management plan of " + request.planDate(),
                List.of(
                        new FieldChange(
                                "Date of the plan", null, request.planDate().toString()),
                        new FieldChange("Review date", null, request.reviewOn().toString()),
                        new FieldChange("Referred to the risk panel", null, request.referredToPanel() ? "Yes" : "No")));
        fulfil(child.id(), PanelWork.VULNERABILITY_MANAGEMENT_PLAN, id, request.planDate());
        return of(child.id()).plans().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    // MAPPA and meetings -----------------------------------------------------------------------------------

    /** The child's MAPPA level and category as decided on a date (the latest is current). */
    public MappaManagement recordMappa(UUID childId, NewMappa request) {
        ChildSummary child = children.responsible(childId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.level() == null || request.level() < 1 || request.level() > 3) {
            problems.put("level", "Select the MAPPA level");
        }
        if (request.category() == null || request.category() < 1 || request.category() > 4) {
            problems.put("category", "Select the MAPPA category");
        }
        notFuture(problems, "decidedOn", request.decidedOn(), "the date of the MAPPA decision");
        if (request.reviewOn() == null) {
            problems.put("reviewOn", "Enter the review date");
        } else if (request.decidedOn() != null && request.reviewOn().isBefore(request.decidedOn())) {
            problems.put("reviewOn", "The review date must be on or after the date of the decision");
        }
        refuse(problems);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into mappa_management (id, child_id, level, category, decided_on, review_on, recorded_by)
                        values (:id, :child, :level, :category, :on, :review, :by)
                        """)
                .param("id", id)
                .param("child", child.id())
                .param("level", request.level())
                .param("category", request.category())
                .param("on", request.decidedOn())
                .param("review", request.reviewOn())
                .param("by", CurrentUser.require().username())
                .update();
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                MAPPA,
                id,
                0,
                "Recorded MAPPA level " + request.level() + ", category " + request.category(),
                List.of(
                        new FieldChange("MAPPA level", null, String.valueOf(request.level())),
                        new FieldChange("MAPPA category", null, String.valueOf(request.category())),
                        new FieldChange("Review date", null, request.reviewOn().toString())));
        return of(child.id()).mappa().stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** A multi-agency meeting with how the YOS was represented (a reason when it was not). */
    public MultiAgencyMeeting recordMeeting(UUID childId, NewMeeting request) {
        ChildSummary child = children.responsible(childId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.type() == null) {
            problems.put("type", "Select the kind of meeting");
        }
        notFuture(problems, "heldOn", request.heldOn(), "the date of the meeting");
        if (request.calledBy() == null) {
            problems.put("calledBy", "Select who called the meeting");
        } else if (request.calledBy() == CalledBy.OTHER && blank(request.calledByOther())) {
            problems.put("calledByOther", "Enter which agency called the meeting");
        }
        if (request.attendance() == null) {
            problems.put("attendance", "Select how the YOS was represented");
        } else if (request.attendance() == YosAttendance.NOT_REPRESENTED && blank(request.notRepresentedReason())) {
            problems.put("notRepresentedReason", "Enter why the YOS was not represented");
        }
        refuse(problems);
        UUID id = UUID.randomUUID();
        String reason = request.attendance() == YosAttendance.NOT_REPRESENTED
                ? request.notRepresentedReason().trim()
                : null;
        jdbc.sql("""
                        insert into multi_agency_meeting (id, child_id, type, held_on, called_by, called_by_other,
                            attendance, not_represented_reason, decisions, recorded_by)
                        values (:id, :child, :type, :on, :calledBy, :other, :attendance, :reason, :decisions, :by)
                        """)
                .param("id", id)
                .param("child", child.id())
                .param("type", request.type().name())
                .param("on", request.heldOn())
                .param("calledBy", request.calledBy().name())
                .param(
                        "other",
                        request.calledBy() == CalledBy.OTHER
                                ? request.calledByOther().trim()
                                : null)
                .param("attendance", request.attendance().name())
                .param("reason", reason)
                .param("decisions", trimmed(request.decisions()))
                .param("by", CurrentUser.require().username())
                .update();
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                MEETING,
                id,
                0,
                "Recorded a " + request.type().label() + " held on " + request.heldOn(),
                List.of(
                        new FieldChange("Meeting", null, request.type().label()),
                        new FieldChange("Held on", null, request.heldOn().toString()),
                        new FieldChange("Called by", null, request.calledBy().label()),
                        new FieldChange(
                                "YOS attendance", null, request.attendance().label())));
        if (request.type() == MeetingType.TEAM_AROUND_THE_CHILD) {
            // 03 "Reviews and meetings": a TAC meeting answers the prompt raised when offending escalated.
            dueItems.forChild(child.id()).stream()
                    .filter(i -> i.status() == DueItem.Status.OPEN
                            && i.rule().fulfilledBy().equals(OffendingEscalation.TAC_MEETING))
                    .map(DueItem::triggerRecordId)
                    .distinct()
                    .forEach(trigger ->
                            dueItems.fulfilled(trigger, OffendingEscalation.TAC_MEETING, id, request.heldOn()));
        }
        return of(child.id()).meetings().stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** An action agreed by a risk panel referral, a VMP or a meeting of the child. */
    public SafeguardingAction addAction(UUID childId, NewAction request) {
        ChildSummary child = children.responsible(childId);
        Map<String, String> problems = new LinkedHashMap<>();
        String table = switch (request.recordType() == null ? "" : request.recordType()) {
            case "RISK_PANEL_REFERRAL" -> "risk_panel_referral";
            case "VULNERABILITY_MANAGEMENT_PLAN" -> "vulnerability_management_plan";
            case "MULTI_AGENCY_MEETING" -> "multi_agency_meeting";
            default -> null;
        };
        if (table == null || request.recordId() == null || !belongsTo(table, request.recordId(), child.id())) {
            throw new NotFoundException("Record");
        }
        required(problems, "action", request.action(), "Enter the action");
        required(problems, "ownerAgency", request.ownerAgency(), "Enter the agency that owns the action");
        if (request.dueOn() == null) {
            problems.put("dueOn", "Enter the date the action is due");
        }
        refuse(problems);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into safeguarding_action (id, child_id, record_type, record_id, action, owner_agency,
                            due_on, recorded_by)
                        values (:id, :child, :type, :record, :action, :agency, :due, :by)
                        """)
                .param("id", id)
                .param("child", child.id())
                .param("type", request.recordType())
                .param("record", request.recordId())
                .param("action", request.action().trim())
                .param("agency", request.ownerAgency().trim())
                .param("due", request.dueOn())
                .param("by", CurrentUser.require().username())
                .update();
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                ACTION,
                id,
                0,
                "Added a safeguarding action for " + request.ownerAgency().trim() + ", due " + request.dueOn(),
                List.of(
                        new FieldChange("Action", null, request.action().trim()),
                        new FieldChange(
                                "Owner agency", null, request.ownerAgency().trim()),
                        new FieldChange("Due", null, request.dueOn().toString())));
        return new SafeguardingAction(
                id,
                request.recordType(),
                request.recordId(),
                request.action().trim(),
                request.ownerAgency().trim(),
                request.dueOn());
    }

    // Child protection concerns ----------------------------------------------------------------------------

    /** A child protection concern and whom it was reported to, when and how. */
    public ChildProtectionConcern recordConcern(UUID childId, ConcernDetails details) {
        ChildSummary child = children.responsible(childId);
        checkConcern(details);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into child_protection_concern (id, child_id, identified_on, identified_by, concern,
                            manager_name, manager_told_on, social_care_contact, social_care_name, social_care_told_on,
                            social_care_how, social_care_response, recorded_by)
                        values (:id, :child, :identifiedOn, :identifiedBy, :concern, :managerName, :managerToldOn,
                            :contact, :socialCareName, :socialCareToldOn, :how, :response, :by)
                        """)
                .params(params(details))
                .param("id", id)
                .param("child", child.id())
                .param("by", CurrentUser.require().username())
                .update();
        ChildProtectionConcern after = concern(id);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                CONCERN,
                id,
                0,
                "Recorded a child protection concern identified on " + details.identifiedOn() + ": "
                        + after.reporting().summary().toLowerCase(),
                concernChanges(null, details));
        return after;
    }

    /** Reporting or social care's response added to a concern, from the version read (409 when stale). */
    public ChildProtectionConcern updateConcern(UUID id, long version, ConcernDetails details) {
        ChildProtectionConcern before = concern(id);
        ChildSummary child = children.responsible(before.childId());
        checkConcern(details);
        VersionedUpdate.of(jdbc, """
                        update child_protection_concern set identified_on = :identifiedOn,
                               identified_by = :identifiedBy, concern = :concern, manager_name = :managerName,
                               manager_told_on = :managerToldOn, social_care_contact = :contact,
                               social_care_name = :socialCareName, social_care_told_on = :socialCareToldOn,
                               social_care_how = :how, social_care_response = :response, version = version + 1
                         where id = :id and version = :version
                        """)
                .params(params(details))
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(CONCERN, id, version));
        ChildProtectionConcern after = concern(id);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                CONCERN,
                id,
                after.version(),
                "Changed the child protection concern identified on " + details.identifiedOn() + ": "
                        + after.reporting().summary().toLowerCase(),
                concernChanges(before.details(), details));
        return after;
    }

    // Internals --------------------------------------------------------------------------------------------

    /** The record meets every open item of its kind for the child (whichever intervention's assessment raised it). */
    private void fulfil(UUID childId, PanelWork work, UUID recordId, LocalDate on) {
        dueItems.forChild(childId).stream()
                .filter(i -> i.status() == DueItem.Status.OPEN
                        && i.rule().fulfilledBy().equals(work.fulfilledBy()))
                .map(DueItem::triggerRecordId)
                .distinct()
                .forEach(trigger -> dueItems.fulfilled(trigger, work.fulfilledBy(), recordId, on));
    }

    private List<CurrentClassification> classifications(UUID childId) {
        List<CurrentClassification> current = new ArrayList<>();
        for (Intervention intervention : interventions.ofChild(childId)) {
            if (intervention.status() == Intervention.Status.CLOSED) {
                continue;
            }
            List<ClassificationChange> history = assessments.history(intervention.id());
            for (Lens lens : Lens.values()) {
                history.stream()
                        .filter(c -> c.lens() == lens)
                        .reduce((a, b) -> b)
                        .ifPresent(c -> current.add(CurrentClassification.of(
                                intervention.id(), intervention.type().label(), lens, c.to(), c.on())));
            }
        }
        return current;
    }

    private void checkReferral(NewReferral request) {
        Map<String, String> problems = new LinkedHashMap<>();
        notFuture(problems, "referredOn", request.referredOn(), "the date of the referral");
        required(problems, "reason", request.reason(), "Enter the reason for the referral");
        if (request.panelDate() != null
                && request.referredOn() != null
                && request.panelDate().isBefore(request.referredOn())) {
            problems.put("panelDate", "The panel cannot sit before the referral");
        }
        if (request.panelDate() == null && !blank(request.decisions())) {
            problems.put("panelDate", "Enter the date of the panel that made the decisions");
        }
        refuse(problems);
    }

    private void checkConcern(ConcernDetails d) {
        Map<String, String> problems = new LinkedHashMap<>();
        notFuture(problems, "identifiedOn", d.identifiedOn(), "the date the concern was identified");
        required(problems, "identifiedBy", d.identifiedBy(), "Enter who identified the concern");
        required(problems, "concern", d.concern(), "Describe the concern");
        boolean toManager = !blank(d.managerName()) || d.managerToldOn() != null;
        if (toManager) {
            required(problems, "managerName", d.managerName(), "Enter the name of the manager it was reported to");
            reportedOn(problems, "managerToldOn", d.managerToldOn(), d.identifiedOn(), "reported to the manager");
        }
        boolean toSocialCare = d.socialCareContact() != null
                || !blank(d.socialCareName())
                || d.socialCareToldOn() != null
                || d.socialCareHow() != null;
        if (toSocialCare) {
            if (d.socialCareContact() == null) {
                problems.put("socialCareContact", "Select whom in children’s social care it was reported to");
            }
            required(problems, "socialCareName", d.socialCareName(), "Enter the name of the person it was reported to");
            reportedOn(
                    problems,
                    "socialCareToldOn",
                    d.socialCareToldOn(),
                    d.identifiedOn(),
                    "reported to children’s social care");
            if (d.socialCareHow() == null) {
                problems.put("socialCareHow", "Select how it was reported to children’s social care");
            }
        } else if (!blank(d.socialCareResponse())) {
            problems.put("socialCareContact", "Record the report to children’s social care before its response");
        }
        refuse(problems);
    }

    private void reportedOn(
            Map<String, String> problems, String field, LocalDate on, LocalDate identifiedOn, String what) {
        if (on == null) {
            problems.put(field, "Enter the date it was " + what);
        } else if (on.isAfter(LocalDate.now(clock))) {
            problems.put(field, "The date it was " + what + " must be today or in the past");
        } else if (identifiedOn != null && on.isBefore(identifiedOn)) {
            problems.put(field, "The date it was " + what + " cannot be before the concern was identified");
        }
    }

    private void notFuture(Map<String, String> problems, String field, LocalDate date, String what) {
        if (date == null) {
            problems.put(field, "Enter " + what);
        } else if (date.isAfter(LocalDate.now(clock))) {
            problems.put(field, capitalise(what) + " must be today or in the past");
        }
    }

    private static void required(Map<String, String> problems, String field, String value, String message) {
        if (blank(value)) {
            problems.put(field, message);
        }
    }

    private static void refuse(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private UUID childOf(String table, UUID id, String what) {
        UUID childId = jdbc.sql("select child_id from " + table + " where id = :id")
                .param("id", id)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException(what));
        children.visible(childId);
        return childId;
    }

    private boolean belongsTo(String table, UUID id, UUID childId) {
        return jdbc.sql("select count(*) from " + table + " where id = :id and child_id = :child")
                        .param("id", id)
                        .param("child", childId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Map<UUID, List<SafeguardingAction>> actions(UUID childId) {
        Map<UUID, List<SafeguardingAction>> byRecord = new LinkedHashMap<>();
        jdbc.sql("select * from safeguarding_action where child_id = :child order by due_on, recorded_at")
                .param("child", childId)
                .query((rs, n) -> new SafeguardingAction(
                        rs.getObject("id", UUID.class),
                        rs.getString("record_type"),
                        rs.getObject("record_id", UUID.class),
                        rs.getString("action"),
                        rs.getString("owner_agency"),
                        rs.getObject("due_on", LocalDate.class)))
                .list()
                .forEach(a -> byRecord.computeIfAbsent(a.recordId(), k -> new ArrayList<>())
                        .add(a));
        return byRecord;
    }

    private static Map<String, Object> params(ConcernDetails d) {
        Map<String, Object> params = new LinkedHashMap<>();
        boolean toSocialCare = d.socialCareContact() != null;
        params.put("identifiedOn", d.identifiedOn());
        params.put("identifiedBy", d.identifiedBy().trim());
        params.put("concern", d.concern().trim());
        params.put("managerName", trimmed(d.managerName()));
        params.put("managerToldOn", d.managerToldOn());
        params.put("contact", toSocialCare ? d.socialCareContact().name() : null);
        params.put("socialCareName", toSocialCare ? trimmed(d.socialCareName()) : null);
        params.put("socialCareToldOn", toSocialCare ? d.socialCareToldOn() : null);
        params.put("how", toSocialCare ? d.socialCareHow().name() : null);
        params.put("response", toSocialCare ? trimmed(d.socialCareResponse()) : null);
        return params;
    }

    private static List<FieldChange> referralChanges(PanelReferral before, NewReferral after) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "Referred on", before == null ? null : str(before.referredOn()), str(after.referredOn()));
        change(changes, "Reason", before == null ? null : before.reason(), trimmed(after.reason()));
        change(changes, "Panel date", before == null ? null : str(before.panelDate()), str(after.panelDate()));
        change(changes, "Decisions", before == null ? null : before.decisions(), trimmed(after.decisions()));
        return changes;
    }

    private static List<FieldChange> concernChanges(ConcernDetails before, ConcernDetails after) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "Identified on", before == null ? null : str(before.identifiedOn()), str(after.identifiedOn()));
        change(changes, "Identified by", before == null ? null : before.identifiedBy(), trimmed(after.identifiedBy()));
        change(changes, "Concern", before == null ? null : before.concern(), trimmed(after.concern()));
        change(changes, "Manager", before == null ? null : before.managerName(), trimmed(after.managerName()));
        change(
                changes,
                "Reported to the manager on",
                before == null ? null : str(before.managerToldOn()),
                str(after.managerToldOn()));
        change(
                changes,
                "Reported to social care",
                before == null || before.socialCareContact() == null
                        ? null
                        : before.socialCareContact().label(),
                after.socialCareContact() == null
                        ? null
                        : after.socialCareContact().label());
        change(
                changes,
                "Social care contact name",
                before == null ? null : before.socialCareName(),
                trimmed(after.socialCareName()));
        change(
                changes,
                "Reported to social care on",
                before == null ? null : str(before.socialCareToldOn()),
                str(after.socialCareToldOn()));
        change(
                changes,
                "Social care’s response",
                before == null ? null : before.socialCareResponse(),
                trimmed(after.socialCareResponse()));
        return changes;
    }

    private static void change(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String str(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static PanelReferral referral(ResultSet rs, Map<UUID, List<SafeguardingAction>> actions)
            throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new PanelReferral(
                id,
                rs.getObject("child_id", UUID.class),
                rs.getObject("referred_on", LocalDate.class),
                rs.getString("reason"),
                rs.getObject("panel_date", LocalDate.class),
                rs.getString("decisions"),
                rs.getString("recorded_by"),
                rs.getLong("version"),
                actions.getOrDefault(id, List.of()));
    }

    private static VulnerabilityPlan plan(ResultSet rs, Map<UUID, List<SafeguardingAction>> actions)
            throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new VulnerabilityPlan(
                id,
                rs.getObject("child_id", UUID.class),
                rs.getObject("plan_date", LocalDate.class),
                rs.getString("vulnerabilities"),
                rs.getString("contingency"),
                rs.getObject("review_on", LocalDate.class),
                rs.getBoolean("referred_to_panel"),
                rs.getString("recorded_by"),
                actions.getOrDefault(id, List.of()));
    }

    private static MappaManagement mappa(ResultSet rs, int row) throws SQLException {
        return new MappaManagement(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getInt("level"),
                rs.getInt("category"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getObject("review_on", LocalDate.class),
                rs.getString("recorded_by"));
    }

    private static MultiAgencyMeeting meeting(ResultSet rs, Map<UUID, List<SafeguardingAction>> actions)
            throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new MultiAgencyMeeting(
                id,
                rs.getObject("child_id", UUID.class),
                MeetingType.valueOf(rs.getString("type")),
                rs.getObject("held_on", LocalDate.class),
                CalledBy.valueOf(rs.getString("called_by")),
                rs.getString("called_by_other"),
                YosAttendance.valueOf(rs.getString("attendance")),
                rs.getString("not_represented_reason"),
                rs.getString("decisions"),
                rs.getString("recorded_by"),
                actions.getOrDefault(id, List.of()));
    }

    private ChildProtectionConcern concern(ResultSet rs, int row) throws SQLException {
        String contact = rs.getString("social_care_contact");
        String how = rs.getString("social_care_how");
        ConcernDetails details = new ConcernDetails(
                rs.getObject("identified_on", LocalDate.class),
                rs.getString("identified_by"),
                rs.getString("concern"),
                rs.getString("manager_name"),
                rs.getObject("manager_told_on", LocalDate.class),
                contact == null ? null : SocialCareContact.valueOf(contact),
                rs.getString("social_care_name"),
                rs.getObject("social_care_told_on", LocalDate.class),
                how == null ? null : ReportMethod.valueOf(how),
                rs.getString("social_care_response"));
        return new ChildProtectionConcern(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                details,
                ReportingTimeliness.of(
                        details.identifiedOn(), details.managerToldOn(), details.socialCareToldOn(), reportWithinDays),
                rs.getString("recorded_by"),
                rs.getLong("version"));
    }
}
