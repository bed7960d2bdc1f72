package org.desist.victim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A victim's decision about contact or sharing (Victims' Code 2021; UK GDPR Article 6): given, refused or
 * withdrawn, when, and the lawful basis the service relies on. The latest decision of each subject stands.
 */
public record VictimConsent(
        UUID id,
        Subject subject,
        Decision decision,
        LocalDate decidedOn,
        LawfulBasis lawfulBasis,
        String note,
        Instant recordedAt,
        String recordedBy) {

    public enum Subject {
        CONTACT("Contact"),
        SHARING("Sharing what they say with the case and the panel");

        private final String label;

        Subject(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Decision {
        GIVEN("Given"),
        REFUSED("Refused"),
        WITHDRAWN("Withdrawn");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The lawful bases a youth justice service relies on for victims' details (UK GDPR Article 6(1)). */
    public enum LawfulBasis {
        CONSENT("Consent"),
        PUBLIC_TASK("Public task, under the information-sharing agreement"),
        LEGAL_OBLIGATION("Legal obligation");

        private final String label;

        LawfulBasis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
