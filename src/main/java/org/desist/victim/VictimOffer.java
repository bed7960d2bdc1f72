package org.desist.victim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One of the Victims' Code 2021 offers made to a victim, when, and their response (none yet: null). */
public record VictimOffer(
        UUID id, Offer offer, LocalDate offeredOn, Response response, Instant recordedAt, String recordedBy) {

    /** The Victims' Code 2021 offers a youth justice service makes to a victim. */
    public enum Offer {
        INFORMATION("Information about the case and the justice process"),
        SUPPORT_SERVICES("Referral to support services"),
        RESTORATIVE_JUSTICE("Information about restorative justice"),
        PERSONAL_STATEMENT("A victim personal statement (impact statement)");

        private final String label;

        Offer(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Response {
        ACCEPTED("Accepted"),
        DECLINED("Declined"),
        UNDECIDED("Not decided yet");

        private final String label;

        Response(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
