package org.desist.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.intervention.Intervention;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.programme.internal.EnrolmentRepository;
import org.desist.programme.internal.ProgrammeRepository;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolments of an intervention on its service's programmes, their sessions and how they ended: each change on
 * an open intervention of a child the user's service is responsible for, by the {@link Enrolment}'s rules, audited
 * with the child in the same transaction; a completion from the version read (optimistic locking).
 */
@Service
@Transactional
public class Enrolments {

    private final ChangeableInterventions interventions;
    private final EnrolmentRepository enrolments;
    private final ProgrammeRepository programmes;
    private final AuditTrail audit;
    private final Clock clock;

    Enrolments(
            ChangeableInterventions interventions,
            EnrolmentRepository enrolments,
            ProgrammeRepository programmes,
            AuditTrail audit,
            Clock clock) {
        this.interventions = interventions;
        this.enrolments = enrolments;
        this.programmes = programmes;
        this.audit = audit;
        this.clock = clock;
    }

    /** One enrolment, if the user may see its intervention; otherwise 404. */
    @Transactional(readOnly = true)
    public Enrolment get(UUID enrolmentId) {
        UUID interventionId =
                enrolments.interventionOf(enrolmentId).orElseThrow(() -> new NotFoundException("Enrolment"));
        interventions.visible(interventionId);
        return enrolments.find(interventionId, enrolmentId).orElseThrow(() -> new NotFoundException("Enrolment"));
    }

    /** The child enrolled on a programme of their home service's catalogue that is still offered. */
    public Enrolment enrol(UUID interventionId, Programmes.NewEnrolment request) {
        Intervention intervention = interventions.open(interventionId);
        Change<Enrolment> change = Enrolment.enrol(
                UUID.randomUUID(),
                intervention.id(),
                intervention.serviceId(),
                intervention.referredOn() != null ? intervention.referredOn() : intervention.startDate(),
                enrolments.ofIntervention(intervention.id()),
                request.programmeId() == null
                        ? null
                        : programmes.find(request.programmeId()).orElse(null),
                request.startDate(),
                request.deliveredBy(),
                CurrentUser.require().username(),
                LocalDate.now(clock));
        Enrolment saved = enrolments.insert(change);
        audited(
                intervention,
                AuditAction.CREATED,
                Programmes.ENROLMENT,
                saved.id(),
                0,
                "Enrolled on the programme " + saved.programmeName() + " from " + saved.startDate(),
                change,
                saved);
        return saved;
    }

    /** A session of an ongoing enrolment and how it went. */
    public Enrolment recordSession(UUID enrolmentId, Programmes.NewSession request) {
        Enrolment enrolment = get(enrolmentId);
        Intervention intervention = interventions.open(enrolment.interventionId());
        Change<ProgrammeSession> change = enrolment.recordSession(
                UUID.randomUUID(),
                request.date(),
                request.attendance(),
                request.notes(),
                CurrentUser.require().username(),
                LocalDate.now(clock));
        ProgrammeSession session = enrolments.insertSession(enrolmentId, change);
        audit.changed(
                intervention.serviceId(),
                intervention.childId(),
                AuditAction.CREATED,
                Programmes.SESSION,
                session.id(),
                0,
                "Recorded a session of " + enrolment.programmeName() + " on " + session.date() + ": "
                        + session.attendance().label().toLowerCase(),
                Enrolment.SESSION_AUDITED.changes(null, session));
        return get(enrolmentId);
    }

    /** How the programme ended for the child, from the enrolment's version read (409 when stale). */
    public Enrolment complete(UUID enrolmentId, long version, Programmes.NewCompletion request) {
        Intervention intervention = interventions.open(get(enrolmentId).interventionId());
        // Stale before the rules: the state they read is then the one the person saw.
        enrolments.lock(enrolmentId, version);
        Change<Enrolment> change = get(enrolmentId)
                .complete(
                        request.completion(),
                        request.on(),
                        request.reason(),
                        CurrentUser.require().username(),
                        LocalDate.now(clock));
        Enrolment saved = enrolments.save(change);
        audited(
                intervention,
                AuditAction.CHANGED,
                Programmes.ENROLMENT,
                enrolmentId,
                saved.version(),
                saved.programmeName() + ": " + saved.completion().label().toLowerCase() + " on " + saved.completedOn()
                        + " (" + saved.counts().summary() + ")",
                change,
                saved);
        return saved;
    }

    private void audited(
            Intervention intervention,
            AuditAction action,
            String recordType,
            UUID id,
            long version,
            String summary,
            Change<Enrolment> change,
            Enrolment saved) {
        audit.changed(
                intervention.serviceId(),
                intervention.childId(),
                action,
                recordType,
                id,
                version,
                summary,
                Enrolment.AUDITED.changes(change.before(), saved));
    }
}
