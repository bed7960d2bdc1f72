package org.desist.court;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A report the court asked for at an appearance, with the due date the court set. */
public record CourtReport(
        UUID id,
        UUID childId,
        UUID appearanceId,
        ReportType type,
        LocalDate requestedOn,
        LocalDate dueDate,
        UUID authorId,
        Status status,
        UUID qualityAssuredBy,
        Instant qualityAssuredAt,
        LocalDate submittedOn,
        UUID reusedReportId,
        String reuseReason,
        String withdrawnReason,
        long version) {

    public enum Status {
        REQUESTED("Being written"),
        SUBMITTED("Submitted"),
        REUSED("Earlier report reused"),
        WITHDRAWN("No longer needed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean qualityAssured() {
        return qualityAssuredAt != null;
    }

    /** Still being written: its due date can move, it can be signed off, submitted or withdrawn. */
    public boolean open() {
        return status == Status.REQUESTED;
    }

    /** What a practitioner reads as its status. */
    public String statusLabel() {
        if (status == Status.REQUESTED) {
            return qualityAssured() ? "Quality assured, to submit" : "Awaiting quality assurance";
        }
        return status.label();
    }

    /** It went to court (written and submitted, or an earlier one reused). */
    public boolean reachedCourt() {
        return status == Status.SUBMITTED || status == Status.REUSED;
    }
}
