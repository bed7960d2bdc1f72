package org.desist.victim;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact attempt or contact with a victim: when, how, with whom, whether it was made and its outcome; and, after
 * the victim refused or withdrew consent to contact, why the service contacted them all the same.
 */
public record VictimContact(
        UUID id,
        Instant occurredAt,
        Method method,
        With withWhom,
        boolean made,
        String outcome,
        String reason,
        Instant recordedAt,
        String recordedBy) {

    public enum Method {
        PHONE("Phone"),
        LETTER("Letter"),
        EMAIL("Email"),
        VISIT("Home visit"),
        IN_PERSON("In person");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum With {
        VICTIM("The victim"),
        PARENT_OR_CARER("Their parent or carer"),
        REPRESENTATIVE("Their representative");

        private final String label;

        With(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
