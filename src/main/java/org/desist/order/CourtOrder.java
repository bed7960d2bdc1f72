package org.desist.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.deadline.DueItem;
import org.desist.intervention.Intervention;

/**
 * A court order and what it involves, as its page and the API show it. {@code version} guards every change
 * to what is recorded here (0 before anything is).
 */
public record CourtOrder(
        Intervention sentence,
        long version,
        Contract contract,
        OrderTerms.Span runs,
        List<Panel> panels,
        List<Requirement> requirements,
        OrderTerms.DetentionAndTraining detentionAndTraining,
        Licence licence,
        List<Breach> breaches,
        Resentence replaces,
        Resentence replacedBy,
        List<DueItem> dueItems) {

    /** A grave crime sentence's release and the end of licence supervision. */
    public record Licence(LocalDate releaseDate, LocalDate licenceEndDate) {}

    /** The order on the other side of a resentence, and when. */
    public record Resentence(UUID interventionId, String label, LocalDate on) {}

    public UUID interventionId() {
        return sentence.id();
    }

    /** The requirements that involve children's social care (the joint protocol between children's social care and the YOS). */
    @JsonProperty("socialCareRequirements")
    public List<Requirement> socialCareRequirements() {
        return requirements.stream()
                .filter(r -> r.type().involvesChildrensSocialCare())
                .toList();
    }
}
