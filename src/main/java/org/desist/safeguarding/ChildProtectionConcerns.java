package org.desist.safeguarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.safeguarding.internal.ConcernRepository;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Child protection concerns and whom they were reported to, when and how; reporting and social care's response
 * are added later, from the version read (409 when someone changed it first).
 */
@Service
@Transactional
public class ChildProtectionConcerns {

    private final ConcernRepository concerns;
    private final ChildRecords children;
    private final OpenItems openItems;
    private final AuditTrail audit;
    private final Clock clock;

    ChildProtectionConcerns(
            ConcernRepository concerns, ChildRecords children, OpenItems openItems, AuditTrail audit, Clock clock) {
        this.concerns = concerns;
        this.children = children;
        this.openItems = openItems;
        this.audit = audit;
        this.clock = clock;
    }

    /** The number of days within which a concern must be reported (0: the same day). */
    public int reportWithinDays() {
        return concerns.reportWithinDays();
    }

    /** One concern, if the user may see its child (404 otherwise). */
    @Transactional(readOnly = true)
    public ChildProtectionConcern find(UUID id) {
        ChildProtectionConcern concern =
                concerns.find(id).orElseThrow(() -> new NotFoundException("Child protection concern"));
        children.accessible(concern.childId());
        return concern;
    }

    /** A child protection concern and whom it was reported to, when and how. */
    public ChildProtectionConcern record(AccessibleChild child, ConcernDetails details) {
        AccessibleChild responsible = openItems.responsible(child);
        ChildProtectionConcern saved = concerns.insert(ChildProtectionConcern.record(
                UUID.randomUUID(),
                responsible.id(),
                details,
                CurrentUser.require().username(),
                LocalDate.now(clock),
                concerns.reportWithinDays()));
        audit.changed(
                responsible.serviceId(),
                responsible.id(),
                AuditAction.CREATED,
                Safeguarding.CONCERN,
                saved.id(),
                0,
                "Recorded a child protection concern identified on "
                        + saved.details().identifiedOn() + ": "
                        + saved.reporting().summary().toLowerCase(),
                ChildProtectionConcern.AUDITED.changes(null, saved));
        return saved;
    }

    /** Reporting or social care's response added to a concern, from the version read (409 when stale). */
    public ChildProtectionConcern revise(UUID id, long version, ConcernDetails details) {
        AccessibleChild child = children.responsibleChild(find(id).childId());
        concerns.lock(id, version);
        ChildProtectionConcern before = concerns.find(id).orElseThrow();
        Change<ChildProtectionConcern> change =
                before.revise(details, LocalDate.now(clock), concerns.reportWithinDays());
        ChildProtectionConcern saved = concerns.save(change);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                Safeguarding.CONCERN,
                id,
                saved.version(),
                "Changed the child protection concern identified on "
                        + saved.details().identifiedOn() + ": "
                        + saved.reporting().summary().toLowerCase(),
                ChildProtectionConcern.AUDITED.changes(change.before(), saved));
        return saved;
    }
}
