package org.desist.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Writes and reads the audit trail. Writes join the caller's transaction, so a change and its audit row
 * commit or roll back together. The signed-in user (or "system") is the actor.
 *
 * <p>Views are recorded by construction (ADR 0005): within one web request, the first view of each child
 * writes the request's one {@code VIEWED} row for that child and later views of the same child write nothing;
 * a request that is not a {@code GET} or {@code HEAD} (a write, or a form post redisplayed with its errors)
 * writes no {@code VIEWED} row at all, as the write itself writes {@code CREATED}/{@code CHANGED}. Outside a
 * web request (system jobs, tests calling services directly) every view is written. Callers therefore call
 * {@link #viewed} from every read of a child's record without counting.
 */
public interface AuditTrail {

    /** Somebody viewed (part of) a child's record. */
    void viewed(UUID serviceId, UUID childId, String recordType, UUID recordId, String summary);

    /** One view of a child's record, for {@link #viewedEach}. */
    record View(UUID serviceId, UUID childId, String recordType, UUID recordId, String summary) {}

    /**
     * Somebody viewed (part of) each of these children's records at once, e.g. a list that names many children: as
     * {@link #viewed} for each, written in one statement.
     */
    void viewedEach(List<View> views);

    /**
     * Somebody searched for children: {@code criteria} are the words and date they gave (as typed), {@code
     * results} how many children matched. One {@code SEARCHED} row per request, whatever its method; {@code
     * serviceId} is the service searched, or null when the search spans several.
     */
    void searched(UUID serviceId, String recordType, String criteria, long results);

    /**
     * The user opened a child's record: the gateway that checks the user may see the child calls it, so that no
     * page or API read of a child's record is left out of the trail. In a {@code GET}/{@code HEAD} web request,
     * when the handler has finished (before its answer is written) and the request has recorded no more
     * specific {@link #viewed view} of the child, it writes the request's {@code VIEWED} row for the child,
     * naming the request; a request that failed writes none. Otherwise (other methods, no web request) it
     * writes nothing.
     */
    void opened(UUID serviceId, UUID childId);

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
    org.desist.platform.StaleRecordException staleRecord(String recordType, UUID recordId, long seenVersion);
}
