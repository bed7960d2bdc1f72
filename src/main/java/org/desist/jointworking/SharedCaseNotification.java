package org.desist.jointworking;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.deadline.DueItem;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/** One service told the other of a change of worker on a shared case, meeting that due item. */
public record SharedCaseNotification(
        UUID id, UUID childId, UUID dueItemId, LocalDate on, String whom, String how, String recordedBy) {

    public static final String RECORD_TYPE = "SHARED_CASE_NOTIFICATION";

    /** What the trail shows of it. */
    public static final AuditedFields<SharedCaseNotification> AUDITED =
            AuditedFields.<SharedCaseNotification>of().field("Told", SharedCaseNotification::described);

    /** Whom and how, as the trail reads it. */
    public String described() {
        return whom + " (" + how + ")";
    }

    /**
     * The other service was told (the joint protocol: each service tells the other of a change of worker "as soon as
     * possible"): not before the change, not in the future, saying whom and how.
     */
    public static Change<SharedCaseNotification> told(
            UUID childId, DueItem item, SharedCaseRules.Told t, LocalDate today, String by) {
        InvalidRequestException.refuseIf(SharedCaseRules.toldProblems(t, item.triggerDate(), today));
        return Change.created(new SharedCaseNotification(
                UUID.randomUUID(),
                childId,
                item.id(),
                t.on(),
                t.whom().trim(),
                t.how().trim(),
                by));
    }
}
