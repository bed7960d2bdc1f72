package org.desist.offence;

import java.util.UUID;

/** A victim of an offence: a person, business or the community. Protected: see {@code VICTIM_VIEW}. */
public record Victim(
        UUID id, UUID offenceId, Kind kind, String name, String contact, String wishes, boolean consentsToContact) {

    public enum Kind {
        PERSON("A person"),
        BUSINESS("A business or organisation"),
        COMMUNITY("The community");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
