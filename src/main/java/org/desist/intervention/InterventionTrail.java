package org.desist.intervention;

import java.util.ArrayList;
import java.util.List;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.audit.FieldChange;
import org.desist.platform.Change;
import org.desist.platform.StaleRecordException;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.desist.security.YouthJusticeService;
import org.springframework.stereotype.Component;

/**
 * The intervention's audit trail: the fields it shows, declared once, and the rows its changes write, diffed from
 * the aggregate's state before and after (ADR 13).
 */
@Component
class InterventionTrail {

    private final AuditTrail audit;
    private final Directory directory;
    private final AuditedFields<Intervention> audited;

    InterventionTrail(AuditTrail audit, Directory directory) {
        this.audit = audit;
        this.directory = directory;
        this.audited = AuditedFields.<Intervention>of()
                .field("Type", Intervention::type)
                .field("Status", Intervention::status)
                .field("Referred on", Intervention::referredOn)
                .field("Start date", Intervention::startDate)
                .field("End date", Intervention::endDate)
                .field("Case manager", Intervention::caseManagerId, this::staffName)
                .field("Host service", Intervention::hostServiceId, this::serviceName)
                .field("Caretaking from", Intervention::caretakingFrom)
                .field("Closure reason", Intervention::closureReason)
                .field("Exit strategy", Intervention::exitStrategy)
                .field("Closed on", Intervention::closedOn);
    }

    /** The row of a change: what moved between its states, and any facts the change recorded beside them. */
    void changed(Change<Intervention> change, Intervention saved, String summary, List<FieldChange> recorded) {
        List<FieldChange> changes = new ArrayList<>(audited.changes(change.before(), saved));
        changes.addAll(recorded);
        audit.changed(
                saved.serviceId(),
                saved.childId(),
                change.isCreation() ? AuditAction.CREATED : AuditAction.CHANGED,
                Interventions.RECORD_TYPE,
                saved.id(),
                saved.version(),
                summary,
                changes);
    }

    void viewed(Intervention intervention) {
        audit.viewed(
                intervention.serviceId(),
                intervention.childId(),
                Interventions.RECORD_TYPE,
                intervention.id(),
                "Viewed the " + intervention.type().label().toLowerCase());
    }

    StaleRecordException stale(java.util.UUID id, long version) {
        return audit.staleRecord(Interventions.RECORD_TYPE, id, version);
    }

    String serviceName(java.util.UUID serviceId) {
        return serviceId == null
                ? null
                : directory.service(serviceId).map(YouthJusticeService::name).orElse("Unknown service");
    }

    private String staffName(java.util.UUID staffId) {
        return directory.staffMember(staffId).map(StaffMember::displayName).orElse("Unknown");
    }
}
