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
import org.desist.safeguarding.PanelTriggers.PanelWork;
import org.desist.safeguarding.internal.PanelReferralRepository;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals to the risk panel: made (meeting the child's open risk panel referral item), then the panel's sitting
 * and decisions added, from the version read (409 when someone changed it first).
 */
@Service
@Transactional
public class PanelReferrals {

    private final PanelReferralRepository referrals;
    private final ChildRecords children;
    private final OpenItems openItems;
    private final AuditTrail audit;
    private final Clock clock;

    PanelReferrals(
            PanelReferralRepository referrals,
            ChildRecords children,
            OpenItems openItems,
            AuditTrail audit,
            Clock clock) {
        this.referrals = referrals;
        this.children = children;
        this.openItems = openItems;
        this.audit = audit;
        this.clock = clock;
    }

    /** One referral, if the user may see its child (404 otherwise). */
    @Transactional(readOnly = true)
    public PanelReferral find(UUID id) {
        PanelReferral referral = referrals.find(id).orElseThrow(() -> new NotFoundException("Risk panel referral"));
        children.accessible(referral.childId());
        return referral;
    }

    /** A referral to the risk panel: meets the child's open risk panel referral item. */
    public PanelReferral refer(AccessibleChild child, Safeguarding.NewReferral request) {
        AccessibleChild responsible = openItems.responsible(child);
        Change<PanelReferral> change = PanelReferral.refer(
                UUID.randomUUID(),
                responsible.id(),
                request,
                CurrentUser.require().username(),
                LocalDate.now(clock));
        PanelReferral saved = referrals.insert(change);
        audit.changed(
                responsible.serviceId(),
                responsible.id(),
                AuditAction.CREATED,
                Safeguarding.REFERRAL,
                saved.id(),
                0,
                "Referred the child to the risk panel on " + saved.referredOn(),
                PanelReferral.AUDITED.changes(null, saved));
        openItems.meet(responsible.id(), PanelWork.RISK_PANEL_REFERRAL.fulfilledBy(), saved.id(), saved.referredOn());
        return saved;
    }

    /** The panel sat (or the referral is corrected), from the version read (409 when someone changed it first). */
    public PanelReferral revise(UUID id, long version, Safeguarding.NewReferral request) {
        AccessibleChild child = children.responsibleChild(find(id).childId());
        referrals.lock(id, version);
        PanelReferral before = referrals.find(id).orElseThrow();
        Change<PanelReferral> change = before.revise(request, LocalDate.now(clock));
        PanelReferral saved = referrals.save(change);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                Safeguarding.REFERRAL,
                id,
                saved.version(),
                before.panelDate() == null && saved.panelDate() != null
                        ? "Recorded the risk panel held on " + saved.panelDate()
                        : "Changed the risk panel referral of " + saved.referredOn(),
                PanelReferral.AUDITED.changes(change.before(), saved));
        return saved;
    }
}
