package org.desist.audit.internal;

import java.util.List;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.security.AccountActivity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Administration is audited too: accounts, services and API tokens, in the transaction of the change. */
@Component
class AccountActivityAudit {

    private final AuditTrail audit;

    AccountActivityAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AccountActivity activity) {
        audit.changed(
                null,
                null,
                activity.created() ? AuditAction.CREATED : AuditAction.CHANGED,
                activity.recordType(),
                activity.recordId(),
                0,
                activity.summary(),
                List.of());
    }
}
