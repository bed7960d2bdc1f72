package org.desist.safeguarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.safeguarding.internal.MappaRepository;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The child's MAPPA level and category as decided on a date (the latest is current). */
@Service
@Transactional
public class MappaDecisions {

    private final MappaRepository mappa;
    private final OpenItems openItems;
    private final AuditTrail audit;
    private final Clock clock;

    MappaDecisions(MappaRepository mappa, OpenItems openItems, AuditTrail audit, Clock clock) {
        this.mappa = mappa;
        this.openItems = openItems;
        this.audit = audit;
        this.clock = clock;
    }

    /** The child's MAPPA level and category as decided on a date. */
    public MappaManagement decide(AccessibleChild child, Safeguarding.NewMappa request) {
        AccessibleChild responsible = openItems.responsible(child);
        MappaManagement saved = mappa.insert(MappaManagement.decide(
                UUID.randomUUID(),
                responsible.id(),
                request,
                CurrentUser.require().username(),
                LocalDate.now(clock)));
        audit.changed(
                responsible.serviceId(),
                responsible.id(),
                AuditAction.CREATED,
                Safeguarding.MAPPA,
                saved.id(),
                0,
                "Recorded MAPPA level " + saved.level() + ", category " + saved.category(),
                MappaManagement.AUDITED.changes(null, saved));
        return saved;
    }
}
