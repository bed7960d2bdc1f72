package org.desist.platform;

import java.time.Instant;
import java.util.List;

/**
 * Somebody else saved the record after this user loaded it. Carries who, when and what they changed, so
 * the user can be told instead of their save silently overwriting the other person's.
 */
public class StaleRecordException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;
    private final List<String> changes;
    private final long currentVersion;

    public StaleRecordException(String changedBy, Instant changedAt, List<String> changes, long currentVersion) {
        super("This record was changed by " + changedBy + " at " + changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.changes = List.copyOf(changes);
        this.currentVersion = currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** Human-readable lines, e.g. "Postcode: NB1 4QT → NB2 7AA". */
    public List<String> changes() {
        return changes;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
