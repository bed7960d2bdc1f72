package org.desist.victim.internal;

import java.util.List;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildTransferred;
import org.desist.security.Directory;
import org.desist.security.YouthJusticeService;
import org.desist.victim.Victims;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's case moved to another service: the victims of their offences move with it, in the transfer's own
 * transaction. The audit rows carry no victim's details, as everywhere else.
 */
@Component
class VictimsFollowTheChild {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Directory directory;

    VictimsFollowTheChild(JdbcClient jdbc, AuditTrail audit, Directory directory) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.directory = directory;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ChildTransferred transfer) {
        int victims = jdbc.sql("""
                        update victim set service_id = :to, version = version + 1
                         where child_id = :child and service_id = :from
                        """)
                .param("to", transfer.toServiceId())
                .param("child", transfer.childId())
                .param("from", transfer.fromServiceId())
                .update();
        if (victims == 0) {
            return;
        }
        List<FieldChange> changes = List.of(
                new FieldChange("Youth justice service", name(transfer.fromServiceId()), name(transfer.toServiceId())));
        for (var service : List.of(transfer.fromServiceId(), transfer.toServiceId())) {
            audit.changed(
                    service,
                    transfer.childId(),
                    AuditAction.CHANGED,
                    Victims.VICTIM,
                    null,
                    0,
                    victims + (victims == 1 ? " victim record" : " victim records")
                            + " moved with the case (details held separately)",
                    changes);
        }
    }

    private String name(java.util.UUID serviceId) {
        return directory.service(serviceId).map(YouthJusticeService::name).orElse("Unknown service");
    }
}
