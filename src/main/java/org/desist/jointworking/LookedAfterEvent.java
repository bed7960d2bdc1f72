package org.desist.jointworking;

import java.time.LocalDate;

/** Something that starts or ends a looked-after episode, or custody, on a date (the joint protocol between children's social care and the YOS). */
public record LookedAfterEvent(LocalDate on, Kind kind) {

    public enum Kind {
        CARE_ORDER_MADE("Care order made", LegalBasis.CARE_ORDER),
        INTERIM_CARE_ORDER_MADE("Interim care order made", LegalBasis.INTERIM_CARE_ORDER),
        CARE_ORDER_ENDED("Care order discharged or ended", null),
        ACCOMMODATED_UNDER_SECTION_20("Accommodated under section 20", LegalBasis.SECTION_20),
        SECTION_20_ENDED("Section 20 accommodation ended", null),
        REMANDED_TO_LOCAL_AUTHORITY("Remanded to local authority accommodation", LegalBasis.REMAND_TO_LOCAL_AUTHORITY),
        REMANDED_TO_YOUTH_DETENTION("Remanded to youth detention accommodation", LegalBasis.REMAND_TO_YOUTH_DETENTION),
        REMAND_ENDED("Remand ended", null),
        /** 03 "Remands" 7: only with a head of service's permission, an assessment and the IRO's opinion. */
        REMAND_ENDED_STAYS_LOOKED_AFTER(
                "Remand ended: stays looked after (section 20) with the head of service's permission",
                LegalBasis.SECTION_20),
        INTENSIVE_FOSTERING_BEGAN(
                "Placed with local authority foster parents under an intensive fostering requirement",
                LegalBasis.INTENSIVE_FOSTERING),
        INTENSIVE_FOSTERING_ENDED("Intensive fostering requirement ended", null),
        CUSTODIAL_SENTENCE("Sentenced to custody", null),
        RELEASED_FROM_CUSTODY("Released from custody", null);

        private final String label;
        private final LegalBasis starts;

        Kind(String label, LegalBasis starts) {
            this.label = label;
            this.starts = starts;
        }

        public String label() {
            return label;
        }

        /** The legal basis an event of this kind starts, or null. */
        public LegalBasis starts() {
            return starts;
        }
    }
}
