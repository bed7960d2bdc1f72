package org.desist.quality;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.quality.Framework.CaseWork;
import org.desist.quality.SampleDraw.Candidate;
import org.desist.quality.SampleDraw.Stratum;

/** A case in the eligible population, as it stood at the draw, and what became of it. */
public record RoundCase(
        UUID interventionId,
        UUID childId,
        CaseWork work,
        LocalDate startDate,
        UUID caseManagerId,
        Stratum stratum,
        Status status,
        Integer position,
        UUID replacedBy,
        String replacementReason,
        UUID auditorId) {

    Candidate candidate() {
        return new Candidate(interventionId, stratum);
    }

    RoundCase with(Status newStatus, Integer newPosition, UUID newReplacedBy, String reason, UUID auditor) {
        return new RoundCase(
                interventionId,
                childId,
                work,
                startDate,
                caseManagerId,
                stratum,
                newStatus,
                newPosition,
                newReplacedBy,
                reason,
                auditor);
    }

    public enum Status {
        ELIGIBLE("Eligible, not drawn"),
        SAMPLED("In the sample"),
        REPLACED("Replaced");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
