package org.desist.offence.internal;

import java.util.List;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildTransferred;
import org.desist.offence.Offences;
import org.desist.security.Directory;
import org.desist.security.YouthJusticeService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's case moved to another service: their offences move with it, in the transfer's own transaction (their
 * victims follow in the victim module).
 */
@Component
class OffencesFollowTheChild {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Directory directory;

    OffencesFollowTheChild(JdbcClient jdbc, AuditTrail audit, Directory directory) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.directory = directory;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ChildTransferred transfer) {
        String from = name(transfer.fromServiceId());
        String to = name(transfer.toServiceId());
        List<UUID> offences = jdbc.sql("select id from offence where child_id = :child and service_id = :from")
                .param("child", transfer.childId())
                .param("from", transfer.fromServiceId())
                .query(UUID.class)
                .list();
        jdbc.sql("update offence set service_id = :to where child_id = :child and service_id = :from")
                .param("to", transfer.toServiceId())
                .param("child", transfer.childId())
                .param("from", transfer.fromServiceId())
                .update();
        List<FieldChange> changes = List.of(new FieldChange("Youth justice service", from, to));
        for (UUID offence : offences) {
            audit.changed(
                    transfer.fromServiceId(),
                    transfer.childId(),
                    AuditAction.CHANGED,
                    Offences.OFFENCE,
                    offence,
                    0,
                    "Offence moved to " + to + " with the case",
                    changes);
            audit.changed(
                    transfer.toServiceId(),
                    transfer.childId(),
                    AuditAction.CHANGED,
                    Offences.OFFENCE,
                    offence,
                    0,
                    "Offence received from " + from + " with the case",
                    changes);
        }
    }

    private String name(UUID serviceId) {
        return directory.service(serviceId).map(YouthJusticeService::name).orElse("Unknown service");
    }
}
