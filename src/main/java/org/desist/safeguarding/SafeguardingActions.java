package org.desist.safeguarding;

import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.safeguarding.internal.SafeguardingActionRepository;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Actions agreed by a risk panel referral, a VMP or a meeting of the child. */
@Service
@Transactional
public class SafeguardingActions {

    private final SafeguardingActionRepository actions;
    private final OpenItems openItems;
    private final AuditTrail audit;

    SafeguardingActions(SafeguardingActionRepository actions, OpenItems openItems, AuditTrail audit) {
        this.actions = actions;
        this.openItems = openItems;
        this.audit = audit;
    }

    /** An action agreed by a risk panel referral, a VMP or a meeting of the child (404 for any other record). */
    public SafeguardingAction agree(AccessibleChild child, Safeguarding.NewAction request) {
        AccessibleChild responsible = openItems.responsible(child);
        if (!actions.isRecordOf(request.recordType(), request.recordId(), responsible.id())) {
            throw new NotFoundException("Record");
        }
        Change<SafeguardingAction> change = SafeguardingAction.agree(UUID.randomUUID(), request);
        SafeguardingAction saved =
                actions.insert(responsible.id(), change, CurrentUser.require().username());
        audit.changed(
                responsible.serviceId(),
                responsible.id(),
                AuditAction.CREATED,
                Safeguarding.ACTION,
                saved.id(),
                0,
                "Added a safeguarding action for " + saved.ownerAgency() + ", due " + saved.dueOn(),
                SafeguardingAction.AUDITED.changes(null, saved));
        return saved;
    }
}
