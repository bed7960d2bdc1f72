package org.desist.victim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An update given to a victim who asked to be kept informed, at a key point of the child's case (Victims' Code 2021,
 * right 6): the key point, when it was given and an optional note.
 */
public record VictimUpdate(
        UUID id, KeyPoint keyPoint, LocalDate givenOn, String note, Instant recordedAt, String recordedBy) {

    /** The key points; the names are the {@code victim_update.key_point} codes the prompts on My work look for. */
    public enum KeyPoint {
        DISPOSAL("The disposal"),
        ORDER_END("The order's end"),
        OTHER("Another point in the case");

        private final String label;

        KeyPoint(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
