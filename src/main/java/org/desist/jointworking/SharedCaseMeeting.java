package org.desist.jointworking;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * A joint home visit (no intervention) or the joint meeting before closure of one intervention, as recorded. For a
 * closure meeting {@code yosAttendees} holds everybody who attended and {@code note} its outcome.
 */
public record SharedCaseMeeting(
        UUID id,
        UUID childId,
        UUID interventionId,
        LocalDate on,
        String yosAttendees,
        String socialCareAttendees,
        String note,
        String recordedBy) {

    public static final String VISIT = "JOINT_HOME_VISIT";
    public static final String MEETING = "JOINT_CLOSURE_MEETING";

    /** What the trail shows of a joint home visit. */
    public static final AuditedFields<SharedCaseMeeting> AUDITED_VISIT = AuditedFields.<SharedCaseMeeting>of()
            .field("YOS", SharedCaseMeeting::yosAttendees)
            .field("Children's social care", SharedCaseMeeting::socialCareAttendees);

    /** What the trail shows of a joint meeting before closure. */
    public static final AuditedFields<SharedCaseMeeting> AUDITED_MEETING = AuditedFields.<SharedCaseMeeting>of()
            .field("Attended", SharedCaseMeeting::yosAttendees)
            .field("Outcome", SharedCaseMeeting::note);

    public boolean closureMeeting() {
        return interventionId != null;
    }

    /**
     * A joint home visit was held (Working Together 2023 and the joint protocol: the YOS and children's social care
     * visit the child together on a shared case): on a day up to today, with who came from each service.
     */
    public static Change<SharedCaseMeeting> homeVisit(
            UUID childId, SharedCaseRules.JointMeeting v, LocalDate today, String by) {
        InvalidRequestException.refuseIf(SharedCaseRules.visitProblems(v, false, today));
        return Change.created(new SharedCaseMeeting(
                UUID.randomUUID(),
                childId,
                null,
                v.on(),
                v.yosAttendees().trim(),
                v.socialCareAttendees().trim(),
                trimmed(v.note()),
                by));
    }

    /** The joint meeting before the intervention closes (the joint protocol): also what was agreed. */
    public static Change<SharedCaseMeeting> closureMeeting(
            UUID childId, UUID interventionId, SharedCaseRules.JointMeeting m, LocalDate today, String by) {
        InvalidRequestException.refuseIf(SharedCaseRules.visitProblems(m, true, today));
        String attendees = "YOS: " + m.yosAttendees().trim() + "; children's social care: "
                + m.socialCareAttendees().trim();
        return Change.created(new SharedCaseMeeting(
                UUID.randomUUID(),
                childId,
                interventionId,
                m.on(),
                attendees,
                null,
                m.note().trim(),
                by));
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
