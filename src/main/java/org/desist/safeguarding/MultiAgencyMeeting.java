package org.desist.safeguarding;

import static org.desist.safeguarding.SafeguardingChecks.blank;
import static org.desist.safeguarding.SafeguardingChecks.notFuture;
import static org.desist.safeguarding.SafeguardingChecks.trimmed;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

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

    /** What the audit trail shows of a meeting. */
    public static final AuditedFields<MultiAgencyMeeting> AUDITED = AuditedFields.<MultiAgencyMeeting>of()
            .field("Meeting", MultiAgencyMeeting::type)
            .field("Held on", MultiAgencyMeeting::heldOn)
            .field("Called by", MultiAgencyMeeting::calledBy)
            .field("YOS attendance", MultiAgencyMeeting::attendance);

    public String calledByLabel() {
        return calledBy == CalledBy.OTHER && calledByOther != null ? calledByOther : calledBy.label();
    }

    /** A team around the child meeting: it answers the prompt raised when offending escalated. */
    public boolean teamAroundTheChild() {
        return type == MeetingType.TEAM_AROUND_THE_CHILD;
    }

    // Working Together to Safeguard Children 2023 (multi-agency working): a meeting of a kind, on a date that has
    // happened, called by an agency that is named, with how the YOS was represented and why not when it was not.

    /** A meeting held about the child is recorded. */
    public static Change<MultiAgencyMeeting> record(
            UUID id, UUID childId, Safeguarding.NewMeeting request, String recordedBy, LocalDate today) {
        InvalidRequestException.refuseIf(problems(request, today));
        return Change.created(new MultiAgencyMeeting(
                id,
                childId,
                request.type(),
                request.heldOn(),
                request.calledBy(),
                request.calledBy() == CalledBy.OTHER ? request.calledByOther().trim() : null,
                request.attendance(),
                request.attendance() == YosAttendance.NOT_REPRESENTED
                        ? request.notRepresentedReason().trim()
                        : null,
                trimmed(request.decisions()),
                recordedBy,
                List.of()));
    }

    public static Map<String, String> problems(Safeguarding.NewMeeting request, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.type() == null) {
            problems.put("type", "Select the kind of meeting");
        }
        notFuture(problems, "heldOn", request.heldOn(), "the date of the meeting", today);
        if (request.calledBy() == null) {
            problems.put("calledBy", "Select who called the meeting");
        } else if (request.calledBy() == CalledBy.OTHER && blank(request.calledByOther())) {
            problems.put("calledByOther", "Enter which agency called the meeting");
        }
        if (request.attendance() == null) {
            problems.put("attendance", "Select how the YOS was represented");
        } else if (request.attendance() == YosAttendance.NOT_REPRESENTED && blank(request.notRepresentedReason())) {
            problems.put("notRepresentedReason", "Enter why the YOS was not represented");
        }
        return problems;
    }
}
