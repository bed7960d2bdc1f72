package org.desist.outofcourt;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.security.Agency;

/** A police referral of a child for an out-of-court disposal, with where it has got to. */
public record Referral(
        UUID id,
        UUID serviceId,
        UUID childId,
        LocalDate referralDate,
        String policeReference,
        String referringOfficer,
        LocalDate bailDate,
        UUID caseManagerId,
        List<UUID> offenceIds,
        Stage stage,
        Screening screening,
        PanelDecision panel,
        UUID interventionId,
        LocalDate withdrawnOn,
        String withdrawnReason,
        LocalDate deliveryEndedOn,
        String nonCompliance,
        Boolean referredBackToPolice,
        long version) {

    /** Where the referral has got to. */
    public enum Stage {
        REFERRED("Referred", "blue"),
        ASSESSED("Assessed, awaiting the panel", "light-blue"),
        DECIDED_NO_FURTHER_ACTION("No further action", "grey"),
        CHARGED("Charged: goes to court", "purple"),
        IN_DELIVERY("Disposal being delivered", "green"),
        COMPLETED("Completed", "grey"),
        NOT_COMPLIED("Not complied with", "red"),
        ENDED("Ended", "grey"),
        WITHDRAWN("Withdrawn by the police", "grey");

        private final String label;
        private final String colour;

        Stage(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }

        public String label() {
            return label;
        }

        /** The GOV.UK tag colour. */
        public String colour() {
            return colour;
        }
    }

    /** The YOS screening and assessment. */
    public record Screening(
            LocalDate completedOn,
            String summary,
            Set<SourceConsulted> sources,
            List<SpecialistScreening> specialistScreenings) {}

    /** One specialist's screening: who screened, when, and what they found. */
    public record SpecialistScreening(SpecialistArea area, String screenedBy, LocalDate screenedOn, String outcome) {}

    /** Someone at the joint decision-making panel, and their agency. */
    public record Attendee(String name, Agency agency) {}

    /** What the joint decision-making panel decided, why, and when the police were told. */
    public record PanelDecision(
            LocalDate panelDate,
            List<Attendee> attendees,
            Outcome recommendation,
            Outcome decision,
            String rationale,
            String conditions,
            LocalDate conditionsEndOn,
            LocalDate policeToldOn) {

        /** The decision departs from the YOS recommendation (inspectors look for the reasons). */
        public boolean departsFromRecommendation() {
            return recommendation != decision;
        }
    }

    public boolean withdrawn() {
        return withdrawnOn != null;
    }
}
