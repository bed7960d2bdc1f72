package org.desist.safeguarding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A multi-agency meeting: who called it, how the YOS was represented, what it decided and the actions. */
public record MultiAgencyMeeting(
        UUID id,
        UUID childId,
        MeetingType type,
        LocalDate heldOn,
        CalledBy calledBy,
        String calledByOther,
        YosAttendance attendance,
        String notRepresentedReason,
        String decisions,
        String recordedBy,
        List<SafeguardingAction> actions) {

    public String calledByLabel() {
        return calledBy == CalledBy.OTHER && calledByOther != null ? calledByOther : calledBy.label();
    }
}
