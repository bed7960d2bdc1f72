package org.desist.jointworking;

import java.time.Instant;
import java.util.List;
import org.desist.platform.StaleRecordException;

/**
 * For a record that a new one replaces (an allocation, a role agreement): the person saw no current record
 * ({@code seen} null) and there is none, or saw one and there still is one — whether at the version they saw, its
 * row lock decides.
 */
final class CurrentRecordSeen {

    private CurrentRecordSeen() {}

    static void check(Long actual, Long seen) {
        if ((actual == null) != (seen == null)) {
            throw new StaleRecordException(
                    "another user",
                    Instant.EPOCH,
                    List.of(actual == null ? "It was removed" : "Someone else recorded one in the meantime"),
                    actual == null ? 0 : actual);
        }
    }
}
