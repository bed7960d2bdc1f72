package org.desist.programme;

import java.util.List;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.programme.internal.ProgrammeRepository;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes each youth justice service runs: read by anyone who reads children's records in that service,
 * added and changed (including withdrawn) by its managers. A service's catalogue is its own: another service's
 * programmes are not found (404). The rules are the {@link Programme}'s; each change is audited in the same
 * transaction and made from the version read (optimistic locking).
 */
@Service
@Transactional
public class ProgrammeCatalogue {

    public static final String RECORD_TYPE = "PROGRAMME";

    private final ProgrammeRepository programmes;
    private final AuditTrail audit;

    ProgrammeCatalogue(ProgrammeRepository programmes, AuditTrail audit) {
        this.programmes = programmes;
        this.audit = audit;
    }

    /** The catalogues of the user's services: by service, then active before withdrawn, then by name. */
    @Transactional(readOnly = true)
    public List<Programme> ofMyServices() {
        return programmes.ofServices(CurrentUser.require().serviceIds());
    }

    /** One service's catalogue (404 outside the user's services); {@code activeOnly} for a new enrolment. */
    @Transactional(readOnly = true)
    public List<Programme> ofService(UUID serviceId, boolean activeOnly) {
        if (!CurrentUser.require().belongsTo(serviceId)) {
            throw new NotFoundException("Youth justice service");
        }
        return programmes.ofService(serviceId, activeOnly);
    }

    /** A programme of one of the user's services; otherwise 404. */
    @Transactional(readOnly = true)
    public Programme get(UUID id) {
        Programme programme = programmes.find(id).orElseThrow(() -> new NotFoundException("Programme"));
        if (!CurrentUser.require().belongsTo(programme.serviceId())) {
            throw new NotFoundException("Programme");
        }
        return programme;
    }

    /** A programme added to a service's catalogue by one of its managers. */
    public Programme add(UUID serviceId, ProgrammeDetails details) {
        managing(serviceId);
        Change<Programme> change = Programme.add(UUID.randomUUID(), serviceId, details);
        Programme saved = programmes.insert(change, CurrentUser.require().username());
        audit.changed(
                serviceId,
                null,
                AuditAction.CREATED,
                RECORD_TYPE,
                saved.id(),
                0,
                "Added the programme " + saved.name() + " to the catalogue",
                Programme.AUDITED.changes(null, saved));
        return saved;
    }

    /** A programme changed, or withdrawn (or offered again), from the version read (409 when stale). */
    public Programme change(UUID id, long version, ProgrammeDetails details) {
        managing(get(id).serviceId());
        programmes.lock(id, version);
        Change<Programme> change = get(id).change(details);
        Programme saved = programmes.save(change);
        Programme before = change.before();
        String what = before.active() && !saved.active()
                ? "Withdrew the programme "
                : !before.active() && saved.active() ? "Offered the programme again: " : "Changed the programme ";
        audit.changed(
                before.serviceId(),
                null,
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                saved.version(),
                what + saved.name(),
                Programme.AUDITED.changes(before, saved));
        return saved;
    }

    private static void managing(UUID serviceId) {
        CurrentUser user = CurrentUser.require();
        if (!user.belongsTo(serviceId)) {
            throw new NotFoundException("Youth justice service");
        }
        // The catalogue is the managers' (the team caseload capability: operational managers, heads of service).
        if (!user.can(Role.Capability.TEAM_CASELOAD)) {
            throw new AccessDeniedException("Only managers change the service's programmes");
        }
    }
}
