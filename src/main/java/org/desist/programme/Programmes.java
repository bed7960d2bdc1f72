package org.desist.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.programme.internal.EnrolmentRepository;
import org.desist.programme.internal.SpecialistReferralRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An intervention's programmes and referrals (YJB case management guidance: delivering the plan's interventions):
 * enrolments on the programmes of the child's home service, their sessions and completion ({@link Enrolments});
 * referrals to specialists and partners and their outcome ({@link SpecialistReferrals}), flagged to chase when
 * still awaiting after {@code desist.programme.referral-outcome-chase-after} working days (default 20). Every read
 * goes through the intervention (visible exactly when it is); the changes are the two services', here too for the
 * pages, the API and the other modules that make them.
 */
@Service
@Transactional
public class Programmes {

    public static final String ENROLMENT = "PROGRAMME_ENROLMENT";
    public static final String SESSION = "PROGRAMME_SESSION";
    public static final String REFERRAL = "SPECIALIST_REFERRAL";

    private final Interventions interventions;
    private final EnrolmentRepository enrolmentRows;
    private final SpecialistReferralRepository referralRows;
    private final Enrolments enrolments;
    private final SpecialistReferrals referrals;
    private final AuditTrail audit;
    private final int chaseAfter;

    Programmes(
            Interventions interventions,
            EnrolmentRepository enrolmentRows,
            SpecialistReferralRepository referralRows,
            Enrolments enrolments,
            SpecialistReferrals referrals,
            AuditTrail audit,
            @Value("${desist.programme.referral-outcome-chase-after:20}") int chaseAfter) {
        if (chaseAfter < 1) {
            throw new IllegalArgumentException("desist.programme.referral-outcome-chase-after must be 1 or more");
        }
        this.interventions = interventions;
        this.enrolmentRows = enrolmentRows;
        this.referralRows = referralRows;
        this.enrolments = enrolments;
        this.referrals = referrals;
        this.audit = audit;
        this.chaseAfter = chaseAfter;
    }

    public record NewEnrolment(UUID programmeId, LocalDate startDate, String deliveredBy) {}

    public record NewSession(LocalDate date, Attendance attendance, String notes) {}

    public record NewCompletion(Completion completion, LocalDate on, String reason) {}

    public record NewReferral(ReferralAgency agency, String organisation, LocalDate referredOn, String reason) {}

    public record NewOutcome(ReferralOutcome outcome, LocalDate on, String notes) {}

    // Reading ----------------------------------------------------------------------------------------------

    /** The intervention's enrolments and referrals. */
    @Transactional(readOnly = true)
    public ProgrammeWork work(UUID interventionId) {
        return workOf(interventions.get(interventionId).id());
    }

    /**
     * Every intervention's programmes and referrals of a child, for the chronology: no audit row (the chronology's
     * view is audited).
     */
    public List<ProgrammeWork> recordedForChild(AccessibleChild child) {
        return interventions.typesOfChild(child).keySet().stream()
                .map(this::workOf)
                .toList();
    }

    /** As {@link #work}, for a page or API answer: the view is audited. */
    public ProgrammeWork viewed(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        ProgrammeWork work = workOf(intervention.id());
        audit.viewed(
                intervention.serviceId(),
                intervention.childId(),
                Interventions.RECORD_TYPE,
                intervention.id(),
                "Viewed the programmes and referrals of the "
                        + intervention.type().label().toLowerCase());
        return work;
    }

    /** One enrolment, if the user may see its intervention; otherwise 404. */
    @Transactional(readOnly = true)
    public Enrolment enrolment(UUID enrolmentId) {
        return enrolments.get(enrolmentId);
    }

    /** One referral, if the user may see its intervention; otherwise 404. */
    @Transactional(readOnly = true)
    public SpecialistReferral referral(UUID referralId) {
        return referrals.get(referralId);
    }

    /** The chase setting, in working days. */
    public int chaseAfterWorkingDays() {
        return chaseAfter;
    }

    // Changing (the services of each aggregate) -------------------------------------------------------------

    /** The child enrolled on a programme of their home service's catalogue that is still offered. */
    public Enrolment enrol(UUID interventionId, NewEnrolment request) {
        return enrolments.enrol(interventionId, request);
    }

    /** A session of an ongoing enrolment and how it went. */
    public Enrolment recordSession(UUID enrolmentId, NewSession request) {
        return enrolments.recordSession(enrolmentId, request);
    }

    /** How the programme ended for the child, from the enrolment's version read (409 when stale). */
    public Enrolment complete(UUID enrolmentId, long version, NewCompletion request) {
        return enrolments.complete(enrolmentId, version, request);
    }

    /** A referral to a specialist or partner, awaiting its outcome. */
    public SpecialistReferral refer(UUID interventionId, NewReferral request) {
        return referrals.refer(interventionId, request);
    }

    /** The referral's outcome (or a later one: accepted, then engaged…), from the version read (409 when stale). */
    public SpecialistReferral recordOutcome(UUID referralId, long version, NewOutcome request) {
        return referrals.recordOutcome(referralId, version, request);
    }

    private ProgrammeWork workOf(UUID interventionId) {
        List<SpecialistReferral> ofIntervention = referralRows.ofIntervention(interventionId);
        return new ProgrammeWork(
                interventionId,
                enrolmentRows.ofIntervention(interventionId),
                ofIntervention,
                ofIntervention.stream().filter(SpecialistReferral::chase).count(),
                chaseAfter);
    }
}
