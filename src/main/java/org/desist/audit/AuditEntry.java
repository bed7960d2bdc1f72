package org.desist.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One row of the audit trail, as read back. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actorUsername,
        String channel,
        UUID serviceId,
        UUID childId,
        AuditAction action,
        String recordType,
        UUID recordId,
        Long recordVersion,
        String summary,
        List<FieldChange> changes) {}
