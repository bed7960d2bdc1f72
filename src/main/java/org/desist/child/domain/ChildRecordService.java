package org.desist.child.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditEntry;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildCircumstancesChanged;
import org.desist.child.ChildTransferred;
import org.desist.deadline.DueItems;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.desist.platform.web.Dates;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.desist.security.StaffMember;
import org.desist.security.YouthJusticeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes children's records for the signed-in user: only children of their services (any
 * other answers 404), every view and change audited in the same transaction, stale saves refused with
 * who changed what.
 */
@Service
@Transactional
public class ChildRecordService {

    public static final String RECORD_TYPE = "CHILD";

    private final ChildRepository children;
    private final AuditTrail audit;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Dates dates;
    private final JdbcChildRecords childRecords;
    private final DueItems dueItems;
    private final ApplicationEventPublisher events;

    ChildRecordService(
            ChildRepository children,
            AuditTrail audit,
            Directory directory,
            JdbcClient jdbc,
            Clock clock,
            Dates dates,
            JdbcChildRecords childRecords,
            DueItems dueItems,
            ApplicationEventPublisher events) {
        this.children = children;
        this.audit = audit;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
        this.dates = dates;
        this.childRecords = childRecords;
        this.dueItems = dueItems;
        this.events = events;
    }

    /** A child's record for viewing; the view is audited with what was looked at. */
    public Child view(UUID childId, String what) {
        Child child = visible(childId);
        audit.viewed(child.serviceId(), child.id(), RECORD_TYPE, child.id(), "Viewed " + what);
        return child;
    }

    /**
     * A child's record for filling in an edit form: only for staff of the child's own service (a caretaking
     * host service gets 403). A form page shows the record, so a GET of one is a view (ADR 0005).
     */
    @Transactional(readOnly = true)
    public Child forEditing(UUID childId) {
        Child child = responsible(visible(childId));
        audit.opened(child.serviceId(), child.id());
        return child;
    }

    /** Whether the signed-in user sees this child only through a caretaking arrangement (read only). */
    @Transactional(readOnly = true)
    public boolean seenAsHost(Child child) {
        return !CurrentUser.require().belongsTo(child.serviceId());
    }

    /** What a transfer did: the services it moved between and whether the case manager stayed. */
    public record Transfer(UUID childId, UUID fromServiceId, UUID toServiceId, boolean caseManagerKept) {}

    /**
     * Moves the child's case to another youth justice service, with the whole record ("transfers between
     * services carry the whole record", YJB case management guidance): the child, their due items, and, through
     * {@link ChildTransferred}, every other module's rows, all in this transaction. A case manager who is
     * not staff of the receiving service is unallocated: the receiving service allocates. Only an
     * operational manager (CHILD_EDIT with TEAM_CASELOAD) of the child's service may do it.
     */
    public Transfer transfer(UUID childId, long expectedVersion, UUID toServiceId, String reason) {
        CurrentUser user = CurrentUser.require();
        if (!user.can(Role.Capability.CHILD_EDIT) || !user.can(Role.Capability.TEAM_CASELOAD)) {
            throw new AccessDeniedException("Only an operational manager may transfer a case");
        }
        Child child = current(childId, expectedVersion);
        Map<String, String> problems = transferProblems(child, toServiceId, reason);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        YouthJusticeService from = directory.service(child.serviceId()).orElseThrow();
        YouthJusticeService to = directory.service(toServiceId).orElseThrow();
        Set<UUID> staff =
                directory.caseHolders(to.id()).stream().map(StaffMember::id).collect(Collectors.toSet());
        UUID caseManager = child.details().caseManagerId();
        boolean kept = caseManager == null || staff.contains(caseManager);
        VersionedUpdate.of(jdbc, """
                        update child set service_id = :to, case_manager_id = :cm, updated_at = :now, updated_by = :by,
                               version = version + 1
                         where id = :id and version = :version
                        """)
                .param("to", to.id())
                .param("cm", kept ? caseManager : null)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("by", user.username())
                .param("id", childId)
                .param("version", expectedVersion)
                .orElseThrow(() -> stale(
                        children.findById(childId).orElseThrow(() -> new NotFoundException("Child")), expectedVersion));
        long version = expectedVersion + 1;
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("Youth justice service", from.name(), to.name()));
        changes.add(new FieldChange("Reason for transfer", null, reason.trim()));
        if (!kept) {
            changes.add(new FieldChange("Case manager", display(caseManager), null));
        }
        String name = child.details().givenName() + " " + child.details().familyName();
        audit.changed(
                from.id(),
                childId,
                AuditAction.CHANGED,
                RECORD_TYPE,
                childId,
                version,
                "Transferred the case of " + name + " to " + to.name(),
                changes);
        audit.changed(
                to.id(),
                childId,
                AuditAction.CHANGED,
                RECORD_TYPE,
                childId,
                version,
                "Received the case of " + name + " from " + from.name(),
                changes);
        // The receiving service becomes the home service: it no longer needs caretaking access.
        jdbc.sql("""
                        update child_caretaking set revoked_at = now(), revoked_by = :by
                         where child_id = :child and host_service_id = :to and revoked_at is null
                        """)
                .param("by", user.username())
                .param("child", childId)
                .param("to", to.id())
                .update();
        // The deadline module is called directly (the child module already depends on it, so it cannot
        // listen to the child module's event without a cycle); the other modules move their rows on the event.
        dueItems.childTransferred(childId, to.id(), staff);
        events.publishEvent(new ChildTransferred(childId, from.id(), to.id()));
        return new Transfer(childId, from.id(), to.id(), kept);
    }

    /** Why this transfer cannot happen, keyed by field; empty when it can. */
    @Transactional(readOnly = true)
    public Map<String, String> transferProblems(Child child, UUID toServiceId, String reason) {
        Optional<String> name = toServiceId == null
                ? Optional.empty()
                : directory.service(toServiceId).map(YouthJusticeService::name);
        boolean clashes = name.isPresent()
                && !toServiceId.equals(child.serviceId())
                && !duplicates(toServiceId, child.id(), child.details()).isEmpty();
        return TransferRules.problems(child.serviceId(), toServiceId, name, clashes, reason);
    }

    /** Every youth justice service a case may move to (all but the child's own). */
    @Transactional(readOnly = true)
    public List<YouthJusticeService> transferDestinations(Child child) {
        return directory.allServices().stream()
                .filter(s -> !s.id().equals(child.serviceId()))
                .toList();
    }

    public Child register(UUID serviceId, ChildDetails submitted) {
        CurrentUser user = CurrentUser.require();
        if (!user.belongsTo(serviceId)) {
            throw new InvalidRequestException(Map.of("serviceId", "Select one of your youth justice services"));
        }
        ChildDetails details = submitted.normalised(Year.now(clock));
        Map<String, String> problems = problems(serviceId, null, details);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Instant now = clock.instant();
        Child child = Child.register(serviceId, details, user.username(), now);
        child = saveChecked(child, serviceId, null);
        List<FieldChange> changes = ChildDetails.FIELDS.stream()
                .map(f -> new FieldChange(f.label(), null, display(f.value().apply(details))))
                .filter(c -> c.newValue() != null)
                .toList();
        audit.changed(
                serviceId,
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                child.id(),
                child.version(),
                "Created the record of " + details.givenName() + " " + details.familyName(),
                changes);
        return child;
    }

    public Child amend(UUID childId, long expectedVersion, ChildDetails submitted) {
        Child child = current(childId, expectedVersion);
        ChildDetails details = submitted.normalised(Year.now(clock));
        Map<String, String> problems = problems(child.serviceId(), child.id(), details);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<FieldChange> changes =
                child.amend(details, CurrentUser.require().username(), clock.instant(), this::display);
        if (changes.isEmpty()) {
            return visible(childId);
        }
        Child saved = saveAndAudit(
                child,
                expectedVersion,
                "Changed " + changes.size() + (changes.size() == 1 ? " detail" : " details"),
                changes);
        List<String> circumstances = changes.stream()
                .map(FieldChange::field)
                .filter(ChildCircumstancesChanged.FIELDS::contains)
                .toList();
        if (!circumstances.isEmpty()) {
            events.publishEvent(new ChildCircumstancesChanged(childId, circumstances, LocalDate.now(clock)));
        }
        return saved;
    }

    /** Saves a change to an existing record and writes its audit row in the same transaction. */
    private Child saveAndAudit(Child child, long expectedVersion, String summary, List<FieldChange> changes) {
        Child saved = saveChecked(child, child.serviceId(), expectedVersion);
        audit.changed(
                saved.serviceId(),
                saved.id(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                summary,
                changes);
        return saved;
    }

    public Child addPerson(UUID childId, long expectedVersion, Person person) {
        Child child = current(childId, expectedVersion);
        FieldChange change = child.addPerson(person, CurrentUser.require().username(), clock.instant());
        return saveAndAudit(child, expectedVersion, "Added " + person.name(), List.of(change));
    }

    public Child removePerson(UUID childId, long expectedVersion, int index) {
        Child child = current(childId, expectedVersion);
        if (index < 0 || index >= child.people().size()) {
            throw new NotFoundException("Person");
        }
        FieldChange change = child.removePerson(index, CurrentUser.require().username(), clock.instant());
        return saveAndAudit(child, expectedVersion, "Removed " + change.oldValue(), List.of(change));
    }

    /** Staff of the child's service who may hold the case. */
    @Transactional(readOnly = true)
    public List<StaffMember> caseHolders(UUID serviceId) {
        return directory.caseHolders(serviceId);
    }

    public String display(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b ? "Yes" : "No";
        }
        if (value instanceof LocalDate d) {
            return dates.date(d);
        }
        if (value instanceof BigDecimal n) {
            return n.stripTrailingZeros().toPlainString();
        }
        if (value instanceof UUID id) {
            return directory.staffMember(id).map(StaffMember::displayName).orElse("Unknown");
        }
        return value.toString();
    }

    /** The child if the user sees them: staff of their service, or of a caretaking host service. */
    private Child visible(UUID childId) {
        CurrentUser user = CurrentUser.require();
        return children.findById(childId)
                .filter(c -> user.belongsTo(c.serviceId()) || childRecords.hosts(c.id(), user.serviceIds()))
                .orElseThrow(() -> new NotFoundException("Child"));
    }

    /** Only the child's own service changes the record; a caretaking host service reads it (403). */
    private Child responsible(Child child) {
        if (!CurrentUser.require().belongsTo(child.serviceId())) {
            throw new AccessDeniedException(
                    "Only the child's home youth justice service changes the record; yours delivers work under"
                            + " a caretaking arrangement");
        }
        return child;
    }

    /** The record to change, as the person saw it: its save's condition (not a comparison here) decides staleness. */
    private Child current(UUID childId, long expectedVersion) {
        return responsible(visible(childId)).asSeenAt(expectedVersion);
    }

    private Child saveChecked(Child child, UUID serviceId, Long expectedVersion) {
        try {
            return children.save(child);
        } catch (OptimisticLockingFailureException e) {
            Child latest = children.findById(child.id()).orElseThrow(() -> new NotFoundException("Child"));
            throw stale(latest, expectedVersion == null ? 0 : expectedVersion);
        } catch (DuplicateKeyException e) {
            // Another save won the race for the same reference (the unique indexes); the transaction is now
            // aborted, so say so without querying again.
            throw new InvalidRequestException(Map.of(
                    "localReference",
                    "Another child in this service was just saved with this local reference or PNC number"));
        }
    }

    private StaleRecordException stale(Child latest, long expectedVersion) {
        List<AuditEntry> later = audit.changesAfter(RECORD_TYPE, latest.id(), expectedVersion);
        List<String> lines = new ArrayList<>();
        for (AuditEntry entry : later) {
            for (FieldChange change : entry.changes()) {
                lines.add(change.field() + ": " + (change.oldValue() == null ? "(blank)" : change.oldValue()) + " → "
                        + (change.newValue() == null ? "(blank)" : change.newValue()));
            }
        }
        return new StaleRecordException(latest.updatedBy(), latest.updatedAt(), lines, latest.version());
    }

    private Map<String, String> problems(UUID serviceId, UUID childId, ChildDetails details) {
        Map<String, String> problems = new LinkedHashMap<>(details.problems(LocalDate.now(clock)));
        duplicates(serviceId, childId, details).forEach(problems::putIfAbsent);
        if (details.caseManagerId() != null
                && directory.caseHolders(serviceId).stream().noneMatch(s -> s.id().equals(details.caseManagerId()))) {
            problems.putIfAbsent("caseManagerId", "Select a case manager from this youth justice service");
        }
        return problems;
    }

    private Map<String, String> duplicates(UUID serviceId, UUID childId, ChildDetails details) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (details.localReference() != null
                && jdbc.sql(
                                        "select count(*) from child where service_id = :service and lower(local_reference) = lower(:ref) and id is distinct from :id")
                                .param("service", serviceId)
                                .param("ref", details.localReference())
                                .param("id", childId)
                                .query(Long.class)
                                .single()
                        > 0) {
            problems.put(
                    "localReference",
                    "Another child in this service already has local reference " + details.localReference());
        }
        if (details.pncNumber() != null
                && jdbc.sql(
                                        "select count(*) from child where service_id = :service and pnc_number = :pnc and id is distinct from :id")
                                .param("service", serviceId)
                                .param("pnc", details.pncNumber())
                                .param("id", childId)
                                .query(Long.class)
                                .single()
                        > 0) {
            problems.put("pncNumber", "Another child in this service already has PNC number " + details.pncNumber());
        }
        return problems;
    }
}
