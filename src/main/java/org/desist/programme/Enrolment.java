package org.desist.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A child's intervention enrolled on a programme: who delivers it, its sessions (oldest first) and its end. */
public record Enrolment(
        UUID id,
        UUID interventionId,
        UUID programmeId,
        String programmeName,
        ProgrammeTopic topic,
        Delivery delivery,
        LocalDate startDate,
        String deliveredBy,
        Completion completion,
        LocalDate completedOn,
        String notCompletedReason,
        List<ProgrammeSession> sessions,
        SessionCounts counts,
        String enrolledBy,
        String completedBy,
        long version) {

    public boolean ongoing() {
        return completion == null;
    }
}
