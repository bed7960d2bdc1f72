package org.desist.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

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

    /** What the audit trail shows of an enrolment. */
    public static final AuditedFields<Enrolment> AUDITED = AuditedFields.<Enrolment>of()
            .field("Programme", Enrolment::programmeName)
            .field("Start date", Enrolment::startDate)
            .field("Delivered by", Enrolment::deliveredBy)
            .field("Completion", Enrolment::completion)
            .field("Ended on", Enrolment::completedOn)
            .field("Why not completed", Enrolment::notCompletedReason);

    /** What the audit trail shows of a session. */
    public static final AuditedFields<ProgrammeSession> SESSION_AUDITED = AuditedFields.<ProgrammeSession>of()
            .field("Date", ProgrammeSession::date)
            .field("Attendance", ProgrammeSession::attendance);

    public boolean ongoing() {
        return completion == null;
    }

    // The rules of enrolments, sessions and completion (YJB case management guidance: delivering the interventions
    // of the child's plan, recording attendance and how each ended).

    /**
     * The child enrolled on a programme of their home service's catalogue that is still offered, not twice at once,
     * starting no earlier than the intervention began and within the next year.
     *
     * @param programme the chosen programme, null when none was chosen or it does not exist
     * @param serviceId the child's home service (the only catalogue the child can be enrolled from)
     * @param ofIntervention the intervention's enrolments so far
     * @param began when the intervention began (referred or started), null if unknown
     */
    public static Change<Enrolment> enrol(
            UUID id,
            UUID interventionId,
            UUID serviceId,
            LocalDate began,
            List<Enrolment> ofIntervention,
            Programme programme,
            LocalDate startDate,
            String deliveredBy,
            String by,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (programme == null || !programme.serviceId().equals(serviceId)) {
            problems.put("programmeId", "Select a programme your service runs");
        } else if (!programme.active()) {
            problems.put("programmeId", "This programme has been withdrawn: select a programme still offered");
        } else if (ofIntervention.stream()
                .anyMatch(e -> e.ongoing() && e.programmeId().equals(programme.id()))) {
            problems.put("programmeId", "The child is already on this programme");
        }
        if (startDate == null) {
            problems.put("startDate", "Enter the date the child starts the programme");
        } else if (began != null && startDate.isBefore(began)) {
            problems.put("startDate", "The programme cannot start before the intervention began (" + began + ")");
        } else if (startDate.isAfter(today.plusYears(1))) {
            problems.put("startDate", "The start date must be within the next year");
        }
        if (ProgrammeRules.blank(deliveredBy)) {
            problems.put("deliveredBy", "Enter who delivers the programme");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.created(new Enrolment(
                id,
                interventionId,
                programme.id(),
                programme.name(),
                programme.topic(),
                programme.delivery(),
                startDate,
                deliveredBy.trim(),
                null,
                null,
                null,
                List.of(),
                SessionCounts.of(List.of(), programme.sessionsPlanned()),
                by,
                null,
                0));
    }

    /** A session of the ongoing enrolment, once it has happened, and how it went. */
    public Change<ProgrammeSession> recordSession(
            UUID sessionId, LocalDate on, Attendance attendance, String notes, String by, LocalDate today) {
        Map<String, String> problems = ProgrammeRules.sessionProblems(on, attendance, startDate, today);
        if (!ongoing()) {
            problems.put("enrolment", "This programme has ended for the child: no more sessions can be recorded");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.created(new ProgrammeSession(sessionId, on, attendance, trimmed(notes), by));
    }

    /** How the programme ended for the child: once, with the reason when not completed ({@link ProgrammeRules}). */
    public Change<Enrolment> complete(Completion how, LocalDate on, String reason, String by, LocalDate today) {
        if (!ongoing()) {
            InvalidRequestException.refuseIf(Map.of("completion", "This programme has already ended for the child"));
        }
        LocalDate lastSession =
                sessions.isEmpty() ? null : sessions.get(sessions.size() - 1).date();
        InvalidRequestException.refuseIf(
                ProgrammeRules.completionProblems(how, on, reason, startDate, lastSession, today));
        return Change.of(
                this,
                new Enrolment(
                        id,
                        interventionId,
                        programmeId,
                        programmeName,
                        topic,
                        delivery,
                        startDate,
                        deliveredBy,
                        how,
                        on,
                        how == Completion.NOT_COMPLETED ? reason.trim() : null,
                        sessions,
                        counts,
                        enrolledBy,
                        by,
                        version));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
