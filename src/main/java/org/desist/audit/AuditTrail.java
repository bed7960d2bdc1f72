package org.desist.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Writes and reads the audit trail. Writes join the caller's transaction, so a change and its audit row
 * commit or roll back together. The signed-in user (or "system") is the actor.
 */
public interface AuditTrail {

    /** Somebody viewed (part of) a child's record. */
    void viewed(UUID serviceId, UUID childId, String recordType, UUID recordId, String summary);

    /** Somebody created or changed a record; {@code changes} lists each field's old and new value. */
    void changed(
            UUID serviceId,
            UUID childId,
            AuditAction action,
            String recordType,
            UUID recordId,
            long recordVersion,
            String summary,
            List<FieldChange> changes);

    /** The trail of one child's record, newest first. */
    List<AuditEntry> forChild(UUID childId, int limit);

    /** The changes made to a record after the given version, oldest first (to explain a stale save). */
    List<AuditEntry> changesAfter(String recordType, UUID recordId, long version);

    /** The filterable log for administrators, newest first, restricted to the given services. */
    List<AuditEntry> search(Filter filter, java.util.Collection<UUID> serviceIds, int offset, int limit);

    long count(Filter filter, java.util.Collection<UUID> serviceIds);

    record Filter(String actor, AuditAction action, UUID childId, LocalDate from, LocalDate to) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    /**
     * The exception for a save that found the record at a later version than {@code seenVersion}: who changed it
     * last, when, and what (from {@link #changesAfter}); its current version is the last later change's, or
     * {@code seenVersion + 1} when the trail has none.
     */
    org.desist.platform.web.StaleRecordException staleRecord(String recordType, UUID recordId, long seenVersion);
}
