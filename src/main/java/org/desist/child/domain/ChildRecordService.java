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
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditEntry;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.platform.web.Dates;
import org.desist.platform.web.InvalidRequestException;
import org.desist.platform.web.NotFoundException;
import org.desist.platform.web.StaleRecordException;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    ChildRecordService(
            ChildRepository children,
            AuditTrail audit,
            Directory directory,
            JdbcClient jdbc,
            Clock clock,
            Dates dates) {
        this.children = children;
        this.audit = audit;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
        this.dates = dates;
    }

    /** A child's record for viewing; the view is audited with what was looked at. */
    public Child view(UUID childId, String what) {
        Child child = visible(childId);
        audit.viewed(child.serviceId(), child.id(), RECORD_TYPE, child.id(), "Viewed " + what);
        return child;
    }

    /** A child's record for filling in an edit form (not itself audited as a view of new information). */
    @Transactional(readOnly = true)
    public Child forEditing(UUID childId) {
        return visible(childId);
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
            return child;
        }
        return saveAndAudit(
                child,
                expectedVersion,
                "Changed " + changes.size() + (changes.size() == 1 ? " detail" : " details"),
                changes);
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

    private Child visible(UUID childId) {
        CurrentUser user = CurrentUser.require();
        return children.findById(childId)
                .filter(c -> user.belongsTo(c.serviceId()))
                .orElseThrow(() -> new NotFoundException("Child"));
    }

    private Child current(UUID childId, long expectedVersion) {
        Child child = visible(childId);
        if (child.version() != expectedVersion) {
            throw stale(child, expectedVersion);
        }
        return child;
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
