package org.desist.intervention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.offence.Offences;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.VersionedUpdate;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.desist.security.StaffMember;
import org.desist.security.YouthJusticeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting, correcting, reallocating and ending interventions, within the user's services, audited; each
 * step moves the intervention's due items with it (created, moved, cancelled).
 */
@Service
@Transactional
public class Interventions {

    public static final String RECORD_TYPE = "INTERVENTION";

    private final JdbcClient jdbc;
    private final ChildRecords children;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Directory directory;
    private final Offences offenceRecords;

    private final Clock clock;
    private final ApplicationEventPublisher events;

    Interventions(
            JdbcClient jdbc,
            ChildRecords children,
            DueItems dueItems,
            AuditTrail audit,
            Directory directory,
            Offences offenceRecords,
            Clock clock,
            ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.jdbc = jdbc;
        this.children = children;
        this.dueItems = dueItems;
        this.audit = audit;
        this.directory = directory;
        this.offenceRecords = offenceRecords;
    }

    public record NewIntervention(
            InterventionType type, LocalDate startDate, LocalDate endDate, UUID caseManagerId, List<UUID> offenceIds) {}

    /** A referral received: the work is recorded now and started later ({@link #activate}). */
    public record NewReferral(InterventionType type, LocalDate referredOn, UUID caseManagerId, List<UUID> offenceIds) {}

    public Intervention start(UUID childId, NewIntervention request) {
        ChildSummary child = children.responsible(childId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.type() == null) {
            problems.put("type", "Select the type of intervention");
        }
        if (request.startDate() == null) {
            problems.put("startDate", "Enter the start date");
        }
        if (request.type() != null && request.startDate() != null) {
            OrderLength.problem(request.type(), request.startDate(), request.endDate())
                    .ifPresent(p -> problems.put("endDate", p));
        }
        List<UUID> offences = request.offenceIds() == null ? List.of() : request.offenceIds();
        checkCaseManagerAndOffences(child, request.caseManagerId(), offences, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = insert(
                child,
                request.type(),
                "ACTIVE",
                null,
                request.startDate(),
                request.endDate(),
                request.caseManagerId(),
                offences);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                id,
                0,
                "Started " + request.type().label(),
                List.of(
                        new FieldChange("Type", null, request.type().label()),
                        new FieldChange("Start date", null, request.startDate().toString()),
                        new FieldChange(
                                "End date",
                                null,
                                request.endDate() == null
                                        ? null
                                        : request.endDate().toString())));
        request.type()
                .startTrigger()
                .ifPresent(event -> dueItems.triggered(
                        new DueItems.Trigger(
                                event, child.serviceId(), child.id(), RECORD_TYPE, id, request.caseManagerId()),
                        request.startDate()));
        published(new InterventionStarted(
                id, child.serviceId(), child.id(), request.type(), request.startDate(), request.caseManagerId()));
        return get(id);
    }

    /** Records a referral: the intervention exists (and can be allocated) before the work starts. */
    public Intervention refer(UUID childId, NewReferral request) {
        ChildSummary child = children.responsible(childId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.type() == null) {
            problems.put("type", "Select the type of intervention");
        }
        if (request.referredOn() == null) {
            problems.put("referredOn", "Enter the date of the referral");
        } else if (request.referredOn().isAfter(LocalDate.now(clock))) {
            problems.put("referredOn", "The date of the referral must be today or in the past");
        }
        List<UUID> offences = request.offenceIds() == null ? List.of() : request.offenceIds();
        checkCaseManagerAndOffences(child, request.caseManagerId(), offences, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = insert(
                child, request.type(), "REFERRED", request.referredOn(), null, null, request.caseManagerId(), offences);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                id,
                0,
                "Referred for " + request.type().label().toLowerCase(),
                List.of(
                        new FieldChange("Type", null, request.type().label()),
                        new FieldChange("Status", null, "Referred"),
                        new FieldChange(
                                "Referred on", null, request.referredOn().toString())));
        return get(id);
    }

    /** The referred work starts: it becomes active from {@code startDate}, and its due items begin. */
    public Intervention activate(UUID id, long version, LocalDate startDate) {
        return activate(id, version, startDate, null);
    }

    /** As {@link #activate(UUID, long, LocalDate)}, with the end date an order needs (e.g. a referral order). */
    public Intervention activate(UUID id, long version, LocalDate startDate, LocalDate endDate) {
        Intervention before = current(id, version);
        Map<String, String> problems = new LinkedHashMap<>();
        if (before.status() != Intervention.Status.REFERRED) {
            problems.put("startDate", "This intervention has already started");
        } else if (startDate == null) {
            problems.put("startDate", "Enter the start date");
        } else if (startDate.isBefore(before.referredOn())) {
            problems.put("startDate", "The work cannot start before the referral");
        } else {
            OrderLength.problem(before.type(), startDate, endDate).ifPresent(p -> problems.put("endDate", p));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        VersionedUpdate.of(jdbc, """
                        update intervention set status = 'ACTIVE', start_date = :start, end_date = :end,
                               version = version + 1
                         where id = :id and version = :version
                        """)
                .param("start", startDate)
                .param("end", endDate)
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        Intervention after = get(id);
        audit.changed(
                before.serviceId(),
                before.childId(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                after.version(),
                "Started the " + before.type().label().toLowerCase(),
                List.of(
                        new FieldChange("Status", "Referred", "Active"),
                        new FieldChange("Start date", null, startDate.toString())));
        before.type()
                .startTrigger()
                .ifPresent(event -> dueItems.triggered(
                        new DueItems.Trigger(
                                event, before.serviceId(), before.childId(), RECORD_TYPE, id, before.caseManagerId()),
                        startDate));
        published(new InterventionStarted(
                id, before.serviceId(), before.childId(), before.type(), startDate, before.caseManagerId()));
        return after;
    }

    /**
     * Another case manager of the same service takes the intervention over from {@code from}, for the reason
     * given: the allocation history keeps who held it, and its open due items move to the new case manager.
     */
    public Intervention reallocate(UUID id, long version, UUID newCaseManagerId, LocalDate from, String reason) {
        Intervention before = current(id, version);
        Set<UUID> caseHolders = directory.caseHolders(before.serviceId()).stream()
                .map(StaffMember::id)
                .collect(Collectors.toSet());
        Map<String, String> problems =
                AllocationRules.reallocation(before, newCaseManagerId, caseHolders, from, reason);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        VersionedUpdate.of(
                        jdbc,
                        "update intervention set case_manager_id = :cm, version = version + 1 where id = :id and version = :version")
                .param("cm", newCaseManagerId)
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        allocate(id, newCaseManagerId, from, CurrentUser.require().username(), reason.trim());
        Intervention after = get(id);
        audit.changed(
                before.serviceId(),
                before.childId(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                after.version(),
                "Reallocated the " + before.type().label().toLowerCase() + ": " + reason.trim(),
                List.of(
                        new FieldChange("Case manager", name(before.caseManagerId()), name(newCaseManagerId)),
                        new FieldChange("From", null, from.toString())));
        dueItems.reassigned(id, newCaseManagerId);
        events.publishEvent(
                new CaseManagerChanged(before.childId(), id, before.caseManagerId(), newCaseManagerId, from));
        return after;
    }

    /**
     * The child lives in another area: that area's youth justice service (the host) delivers the work under
     * a caretaking arrangement from {@code from}, while this (home) service keeps responsibility (domain
     * reference 02 §3). The host's staff may then see the child's record, but not change it.
     */
    public Intervention arrangeCaretaking(UUID id, long version, UUID hostServiceId, LocalDate from) {
        Intervention before = current(id, version);
        Optional<YouthJusticeService> host =
                hostServiceId == null ? Optional.empty() : directory.service(hostServiceId);
        Map<String, String> problems = AllocationRules.caretaking(before, hostServiceId, host.isPresent(), from);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        VersionedUpdate.of(jdbc, """
                        update intervention set host_service_id = :host, caretaking_from = :from, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("host", hostServiceId)
                .param("from", from)
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        children.grantCaretaking(
                before.childId(),
                hostServiceId,
                RECORD_TYPE,
                id,
                "Delivers the " + before.type().label().toLowerCase() + " from " + from);
        Intervention after = get(id);
        audit.changed(
                before.serviceId(),
                before.childId(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                after.version(),
                host.get().name() + " delivers the " + before.type().label().toLowerCase() + " under caretaking",
                List.of(
                        new FieldChange("Host service", null, host.get().name()),
                        new FieldChange("Caretaking from", null, from.toString())));
        return after;
    }

    /** The caretaking arrangement ended on {@code on}: the home service delivers again; the host loses access. */
    public Intervention endCaretaking(UUID id, long version, LocalDate on) {
        Intervention before = current(id, version);
        Map<String, String> problems = AllocationRules.endOfCaretaking(before, on);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        VersionedUpdate.of(jdbc, """
                        update intervention set host_service_id = null, caretaking_from = null, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        children.revokeCaretaking(before.childId(), before.hostServiceId(), id);
        Intervention after = get(id);
        String host = serviceName(before.hostServiceId());
        audit.changed(
                before.serviceId(),
                before.childId(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                after.version(),
                "Caretaking by " + host + " ended on " + on,
                List.of(
                        new FieldChange("Host service", host, null),
                        new FieldChange("Caretaking to", null, on.toString())));
        return after;
    }

    /** One intervention for its page; the view is audited (host services' views included). */
    public Intervention view(UUID id) {
        Intervention intervention = get(id);
        audit.viewed(
                intervention.serviceId(),
                intervention.childId(),
                RECORD_TYPE,
                id,
                "Viewed the " + intervention.type().label().toLowerCase());
        return intervention;
    }

    /** Who has held the intervention, oldest first. */
    @Transactional(readOnly = true)
    public List<Allocation> allocations(UUID id) {
        Intervention intervention = get(id);
        return jdbc.sql("""
                        select * from intervention_allocation where intervention_id = :id
                         order by allocated_at, allocated_on
                        """)
                .param("id", intervention.id())
                .query((rs, n) -> new Allocation(
                        rs.getObject("case_manager_id", UUID.class),
                        rs.getObject("allocated_on", LocalDate.class),
                        rs.getString("allocated_by"),
                        rs.getString("reason"),
                        rs.getTimestamp("allocated_at").toInstant()))
                .list();
    }

    /** The offences the intervention responds to. */
    @Transactional(readOnly = true)
    public List<UUID> offenceIds(UUID id) {
        Intervention intervention = get(id);
        return jdbc.sql("select offence_id from intervention_offence where intervention_id = :id")
                .param("id", intervention.id())
                .query(UUID.class)
                .list();
    }

    /** The start date was recorded wrongly: correct it, and its due items move. */
    public Intervention correctStartDate(UUID id, long version, LocalDate startDate) {
        Intervention before = current(id, version);
        if (before.status() == Intervention.Status.REFERRED) {
            throw new InvalidRequestException(Map.of("startDate", "The intervention has not started yet"));
        }
        if (startDate == null) {
            throw new InvalidRequestException(Map.of("startDate", "Enter the start date"));
        }
        OrderLength.problem(before.type(), startDate, before.endDate()).ifPresent(p -> {
            throw new InvalidRequestException(Map.of("startDate", p));
        });
        VersionedUpdate.of(
                        jdbc,
                        "update intervention set start_date = :start, version = version + 1 where id = :id and version = :version")
                .param("start", startDate)
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        Intervention after = get(id);
        audit.changed(
                before.serviceId(),
                before.childId(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                after.version(),
                "Corrected the start date of the " + before.type().label().toLowerCase(),
                List.of(new FieldChange("Start date", before.startDate().toString(), startDate.toString())));
        before.type().startTrigger().ifPresent(event -> dueItems.triggerDateCorrected(id, event, startDate));
        events.publishEvent(new InterventionStartDateCorrected(id, startDate));
        return after;
    }

    /**
     * How a person closes an intervention (domain reference 02 §9): why, when, the exit strategy, the child's
     * and the parents' or carers' feedback, and, when due items would be left open, a manager's override reason.
     */
    public record Closing(
            ClosureReason reason,
            LocalDate closedOn,
            String exitStrategy,
            String childFeedback,
            String parentsFeedback,
            String overrideReason) {}

    /**
     * A person closes the intervention. Due items still open (other than what the ending meets, and none when
     * the order is withdrawn) are left undone: only a manager (COUNTERSIGN) may close it then, giving the
     * reason; the override (who, why, which items) is kept and audited, and the items are cancelled.
     */
    public Intervention close(UUID id, long version, Closing closing) {
        Intervention before = current(id, version);
        List<String> described = ClosureRules.described(
                ClosureRules.leftUndone(before.type(), closing.reason(), dueItems.forRecord(id)));
        Map<String, String> problems = closureProblems(before, closing, described);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return end(
                before,
                version,
                closing,
                described.isEmpty() ? null : CurrentUser.require().username(),
                described);
    }

    /**
     * What is wrong with closing the intervention so, for the signed-in person, without closing it: a page
     * shows these with what it found wrong itself (e.g. a date that is not a date).
     */
    @Transactional(readOnly = true)
    public Map<String, String> closureProblems(UUID id, Closing closing) {
        Intervention intervention = get(id);
        return closureProblems(
                intervention,
                closing,
                ClosureRules.described(
                        ClosureRules.leftUndone(intervention.type(), closing.reason(), dueItems.forRecord(id))));
    }

    private static Map<String, String> closureProblems(Intervention before, Closing closing, List<String> undone) {
        return ClosureRules.check(
                before,
                closing.reason(),
                closing.exitStrategy(),
                closing.closedOn(),
                undone,
                CurrentUser.require().can(Role.Capability.COUNTERSIGN),
                closing.overrideReason());
    }

    /**
     * Ends the intervention because of what another record says happened (a court's decision ending a remand,
     * an out-of-court disposal concluded or not complied with, an order revoked on breach): the fact is
     * recorded where it happened, so no override is asked; revoked (or never started) orders cancel their open
     * due items, and what is still open for any other ending is cancelled with the reason.
     */
    public Intervention close(UUID id, long version, ClosureReason reason, String exitStrategy, LocalDate closedOn) {
        Intervention before = current(id, version);
        Map<String, String> problems =
                ClosureRules.check(before, reason, exitStrategy, closedOn, List.of(), false, null);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return end(before, version, new Closing(reason, closedOn, exitStrategy, null, null, null), null, List.of());
    }

    /** What closing the intervention now, for {@code reason}, would leave undone (soonest first). */
    @Transactional(readOnly = true)
    public List<DueItem> leftUndoneByClosing(UUID id, ClosureReason reason) {
        Intervention intervention = get(id);
        return ClosureRules.leftUndone(
                intervention.type(),
                reason == null ? ClosureReason.COMPLETED : reason,
                dueItems.forRecord(intervention.id()));
    }

    /** How the intervention was closed: feedback and any manager's override (empty while it is open). */
    @Transactional(readOnly = true)
    public Optional<ClosureDetails> closure(UUID id) {
        Intervention intervention = get(id);
        if (intervention.status() != Intervention.Status.CLOSED) {
            return Optional.empty();
        }
        return jdbc.sql("select * from intervention where id = :id")
                .param("id", id)
                .query((rs, n) -> new ClosureDetails(
                        rs.getString("child_feedback"),
                        rs.getString("parents_feedback"),
                        rs.getString("closure_override_by"),
                        rs.getString("closure_override_reason"),
                        rs.getString("closure_override_items") == null
                                ? List.of()
                                : List.of(rs.getString("closure_override_items").split("\n"))))
                .optional();
    }

    /**
     * The interventions in progress (active) in the signed-in person's services, oldest start first: e.g. a
     * manager's view of which cases have had no recent oversight.
     */
    @Transactional(readOnly = true)
    public List<Intervention> inProgressInYourServices() {
        var services = CurrentUser.require().serviceIds();
        if (services.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from intervention where status = 'ACTIVE' and service_id in (:services)
                         order by start_date, id
                        """)
                .param("services", services)
                .query(Interventions::intervention)
                .list();
    }

    private Intervention end(
            Intervention before, long version, Closing closing, String overriddenBy, List<String> overridden) {
        ClosureReason reason = closing.reason();
        LocalDate closedOn = closing.closedOn();
        VersionedUpdate.of(jdbc, """
                        update intervention set status = 'CLOSED', closure_reason = :reason, exit_strategy = :exit,
                               closed_on = :on, child_feedback = :child, parents_feedback = :parents,
                               closure_override_by = :by, closure_override_reason = :why,
                               closure_override_items = :items, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("reason", reason.name())
                .param("exit", trimmed(closing.exitStrategy()))
                .param("on", closedOn)
                .param("child", trimmed(closing.childFeedback()))
                .param("parents", trimmed(closing.parentsFeedback()))
                .param("by", overriddenBy)
                .param("why", overriddenBy == null ? null : trimmed(closing.overrideReason()))
                .param("items", overridden.isEmpty() ? null : String.join("\n", overridden))
                .param("id", before.id())
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, before.id(), version));
        UUID id = before.id();
        Intervention after = get(id);
        List<FieldChange> changes = new java.util.ArrayList<>();
        changes.add(new FieldChange("Status", before.status().name(), "CLOSED"));
        if (trimmed(closing.childFeedback()) != null) {
            changes.add(new FieldChange("Child's feedback", null, trimmed(closing.childFeedback())));
        }
        if (trimmed(closing.parentsFeedback()) != null) {
            changes.add(new FieldChange("Parents' or carers' feedback", null, trimmed(closing.parentsFeedback())));
        }
        if (overriddenBy != null) {
            changes.add(new FieldChange(
                    "Closed with due items open (manager's override)", null, trimmed(closing.overrideReason())));
            changes.add(new FieldChange("Due items left open", null, String.join("; ", overridden)));
        }
        audit.changed(
                before.serviceId(),
                before.childId(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                after.version(),
                "Closed the " + before.type().label().toLowerCase() + ": " + reason.label()
                        + (overriddenBy == null
                                ? ""
                                : " (a manager's override of " + overridden.size() + " open due "
                                        + (overridden.size() == 1 ? "item" : "items") + ")"),
                changes);
        if (!reason.withdrawsTheOrder()) {
            before.type().endFulfils().ifPresent(record -> dueItems.fulfilled(id, record, id, closedOn));
        }
        // Nothing more is due for an intervention that has ended: what is still open (an initial panel of a
        // revoked order, the next progress panel of a completed one) is cancelled with the reason.
        dueItems.recordEnded(
                id,
                reason.withdrawsTheOrder()
                        ? reason.label()
                        : "The " + before.type().label().toLowerCase() + " ended: "
                                + reason.label().toLowerCase());
        return after;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @Transactional(readOnly = true)
    public List<Intervention> ofChild(UUID childId) {
        ChildSummary child = children.visible(childId);
        return jdbc.sql(
                        "select * from intervention where child_id = :child order by coalesce(start_date, referred_on) desc")
                .param("child", child.id())
                .query(Interventions::intervention)
                .list();
    }

    /**
     * Each of a child's interventions with its type, oldest first, for other modules' chronology entries; no audit
     * row (the chronology's view is audited).
     */
    @Transactional(readOnly = true)
    public Map<UUID, InterventionType> typesOfChild(AccessibleChild child) {
        Map<UUID, InterventionType> types = new java.util.LinkedHashMap<>();
        jdbc.sql("select id, type from intervention where child_id = :child order by created_at")
                .param("child", child.id())
                .query(rs -> {
                    types.put(rs.getObject("id", UUID.class), InterventionType.valueOf(rs.getString("type")));
                });
        return types;
    }

    /** Which of these interventions belong to (are homed in) one of these services: ids only, no record content. */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> homedIn(
            java.util.Collection<UUID> interventionIds, java.util.Collection<UUID> serviceIds) {
        if (interventionIds.isEmpty() || serviceIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(
                jdbc.sql("select id from intervention where id in (:ids) and service_id in (:services)")
                        .param("ids", interventionIds)
                        .param("services", serviceIds)
                        .query(UUID.class)
                        .list());
    }

    @Transactional(readOnly = true)
    public Intervention get(UUID id) {
        Intervention intervention = jdbc.sql("select * from intervention where id = :id")
                .param("id", id)
                .query(Interventions::intervention)
                .optional()
                .orElseThrow(() -> new NotFoundException("Intervention"));
        children.visible(intervention.childId());
        return intervention;
    }

    private Intervention current(UUID id, long version) {
        Intervention intervention = get(id);
        children.responsible(intervention.childId());
        VersionedUpdate.lock(jdbc, "intervention", id, version, () -> audit.staleRecord(RECORD_TYPE, id, version));
        return intervention;
    }

    /** Other modules (e.g. assessments) start their work from it; prevention programmes are voluntary. */
    private void published(InterventionStarted started) {
        if (started.type().kind() != InterventionType.Kind.PREVENTION) {
            events.publishEvent(started);
        }
    }

    private void allocate(UUID id, UUID caseManager, LocalDate from, String by, String reason) {
        jdbc.sql("""
                        insert into intervention_allocation (intervention_id, case_manager_id, allocated_on, allocated_by,
                            reason, allocated_at)
                        values (:id, :cm, :from, :by, :reason, clock_timestamp())
                        """)
                .param("id", id)
                .param("cm", caseManager)
                .param("from", from)
                .param("by", by)
                .param("reason", reason)
                .update();
    }

    private void checkCaseManagerAndOffences(
            ChildSummary child, UUID caseManagerId, List<UUID> offences, Map<String, String> problems) {
        if (caseManagerId != null
                && directory.caseHolders(child.serviceId()).stream().noneMatch(s -> s.id().equals(caseManagerId))) {
            problems.put("caseManagerId", "Select a case manager from this youth justice service");
        }
        for (UUID offence : offences) {
            if (!offenceRecords.isOffenceOf(offence, child.id())) {
                problems.put("offenceIds", "Link only this child's offences");
            }
        }
    }

    private UUID insert(
            ChildSummary child,
            InterventionType type,
            String status,
            LocalDate referredOn,
            LocalDate startDate,
            LocalDate endDate,
            UUID caseManagerId,
            List<UUID> offences) {
        UUID id = UUID.randomUUID();
        String by = CurrentUser.require().username();
        jdbc.sql("""
                        insert into intervention (id, service_id, child_id, type, referred_on, start_date, end_date,
                            status, case_manager_id, created_at, created_by)
                        values (:id, :service, :child, :type, :referred, :start, :end, :status, :cm, now(), :by)
                        """)
                .param("id", id)
                .param("service", child.serviceId())
                .param("child", child.id())
                .param("type", type.name())
                .param("referred", referredOn)
                .param("start", startDate)
                .param("end", endDate)
                .param("status", status)
                .param("cm", caseManagerId)
                .param("by", by)
                .update();
        for (UUID offence : offences) {
            jdbc.sql("insert into intervention_offence (intervention_id, offence_id) values (:i, :o)")
                    .param("i", id)
                    .param("o", offence)
                    .update();
        }
        if (caseManagerId != null) {
            allocate(id, caseManagerId, startDate != null ? startDate : referredOn, by, null);
        }
        return id;
    }

    private String name(UUID staffId) {
        return staffId == null
                ? null
                : directory.staffMember(staffId).map(StaffMember::displayName).orElse("Unknown");
    }

    private String serviceName(UUID serviceId) {
        return serviceId == null
                ? null
                : directory.service(serviceId).map(YouthJusticeService::name).orElse("Unknown service");
    }

    private static Intervention intervention(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("closure_reason");
        return new Intervention(
                rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getObject("host_service_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                InterventionType.valueOf(rs.getString("type")),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                Intervention.Status.valueOf(rs.getString("status")),
                reason == null ? null : ClosureReason.valueOf(reason),
                rs.getString("exit_strategy"),
                rs.getObject("closed_on", LocalDate.class),
                rs.getObject("case_manager_id", UUID.class),
                rs.getLong("version"),
                rs.getObject("referred_on", LocalDate.class),
                rs.getObject("caretaking_from", LocalDate.class));
    }
}
