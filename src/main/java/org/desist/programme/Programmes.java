package org.desist.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.VersionedUpdate;
import org.desist.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An intervention's programmes and referrals (domain reference 02 §6): enrolments on the programmes of the
 * child's home service, their sessions and completion; referrals to specialists and partners and their
 * outcome, flagged to chase when still awaiting after {@code desist.programme.referral-outcome-chase-after}
 * working days (default 20). Every read goes through the intervention (visible exactly when it is); every change
 * first through {@link ChildRecords#responsible}, is checked, audited with the child in the same transaction,
 * and a completion or an outcome is recorded from the version read (optimistic locking).
 */
@Service
@Transactional
public class Programmes {

    public static final String ENROLMENT = "PROGRAMME_ENROLMENT";
    public static final String SESSION = "PROGRAMME_SESSION";
    public static final String REFERRAL = "SPECIALIST_REFERRAL";

    private final JdbcClient jdbc;
    private final Interventions interventions;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final int chaseAfter;

    Programmes(
            JdbcClient jdbc,
            Interventions interventions,
            ChildRecords children,
            AuditTrail audit,
            Clock clock,
            WorkingDayCalendar calendar,
            @Value("${desist.programme.referral-outcome-chase-after:20}") int chaseAfter) {
        if (chaseAfter < 1) {
            throw new IllegalArgumentException("desist.programme.referral-outcome-chase-after must be 1 or more");
        }
        this.jdbc = jdbc;
        this.interventions = interventions;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
        this.calendar = calendar;
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
        Intervention intervention = interventions.get(interventionId);
        List<Enrolment> enrolments = enrolments(intervention.id());
        List<SpecialistReferral> referrals = referrals(intervention.id());
        return new ProgrammeWork(
                intervention.id(),
                enrolments,
                referrals,
                referrals.stream().filter(SpecialistReferral::chase).count(),
                chaseAfter);
    }

    /**
     * Every intervention's programmes and referrals of a child, for the chronology: no audit row (the chronology's
     * view is audited).
     */
    public List<ProgrammeWork> recordedForChild(AccessibleChild child) {
        return interventions.typesOfChild(child).keySet().stream()
                .map(id -> {
                    List<SpecialistReferral> referrals = referrals(id);
                    return new ProgrammeWork(
                            id,
                            enrolments(id),
                            referrals,
                            referrals.stream().filter(SpecialistReferral::chase).count(),
                            chaseAfter);
                })
                .toList();
    }

    /** As {@link #work}, for a page or API answer: the view is audited. */
    public ProgrammeWork viewed(UUID interventionId) {
        ProgrammeWork work = work(interventionId);
        Intervention intervention = interventions.get(interventionId);
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
        UUID interventionId = jdbc.sql("select intervention_id from programme_enrolment where id = :id")
                .param("id", enrolmentId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Enrolment"));
        interventions.get(interventionId);
        return enrolments(interventionId).stream()
                .filter(e -> e.id().equals(enrolmentId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Enrolment"));
    }

    /** One referral, if the user may see its intervention; otherwise 404. */
    @Transactional(readOnly = true)
    public SpecialistReferral referral(UUID referralId) {
        UUID interventionId = jdbc.sql("select intervention_id from specialist_referral where id = :id")
                .param("id", referralId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Referral"));
        interventions.get(interventionId);
        return referrals(interventionId).stream()
                .filter(r -> r.id().equals(referralId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Referral"));
    }

    /** The chase setting, in working days. */
    public int chaseAfterWorkingDays() {
        return chaseAfter;
    }

    // Enrolments -------------------------------------------------------------------------------------------

    /** The child enrolled on a programme of their home service's catalogue that is still offered. */
    public Enrolment enrol(UUID interventionId, NewEnrolment request) {
        Intervention intervention = changeable(interventionId);
        Map<String, String> problems = new LinkedHashMap<>();
        Programme programme = request.programmeId() == null
                ? null
                : jdbc.sql("select * from programme where id = :id")
                        .param("id", request.programmeId())
                        .query(ProgrammeCatalogue::programme)
                        .optional()
                        .orElse(null);
        // Only the home service's own catalogue: another service's programme is not one the child can be on.
        if (programme == null || !programme.serviceId().equals(intervention.serviceId())) {
            problems.put("programmeId", "Select a programme your service runs");
        } else if (!programme.active()) {
            problems.put("programmeId", "This programme has been withdrawn: select a programme still offered");
        } else if (enrolments(intervention.id()).stream()
                .anyMatch(e -> e.ongoing() && e.programmeId().equals(programme.id()))) {
            problems.put("programmeId", "The child is already on this programme");
        }
        LocalDate today = LocalDate.now(clock);
        if (request.startDate() == null) {
            problems.put("startDate", "Enter the date the child starts the programme");
        } else if (began(intervention) != null && request.startDate().isBefore(began(intervention))) {
            problems.put(
                    "startDate",
                    "The programme cannot start before the intervention began (" + began(intervention) + ")");
        } else if (request.startDate().isAfter(today.plusYears(1))) {
            problems.put("startDate", "The start date must be within the next year");
        }
        if (ProgrammeRules.blank(request.deliveredBy())) {
            problems.put("deliveredBy", "Enter who delivers the programme");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into programme_enrolment (id, intervention_id, programme_id, start_date, delivered_by,
                            created_by)
                        values (:id, :intervention, :programme, :start, :by, :createdBy)
                        """)
                .param("id", id)
                .param("intervention", intervention.id())
                .param("programme", programme.id())
                .param("start", request.startDate())
                .param("by", request.deliveredBy().trim())
                .param("createdBy", CurrentUser.require().username())
                .update();
        audited(
                intervention,
                AuditAction.CREATED,
                ENROLMENT,
                id,
                0,
                "Enrolled on the programme " + programme.name() + " from " + request.startDate(),
                List.of(
                        new FieldChange("Programme", null, programme.name()),
                        new FieldChange("Start date", null, request.startDate().toString()),
                        new FieldChange(
                                "Delivered by", null, request.deliveredBy().trim())));
        return enrolment(id);
    }

    /** A session of an ongoing enrolment and how it went. */
    public Enrolment recordSession(UUID enrolmentId, NewSession request) {
        Enrolment enrolment = enrolment(enrolmentId);
        Intervention intervention = changeable(enrolment.interventionId());
        Map<String, String> problems = ProgrammeRules.sessionProblems(
                request.date(), request.attendance(), enrolment.startDate(), LocalDate.now(clock));
        if (!enrolment.ongoing()) {
            problems.put("enrolment", "This programme has ended for the child: no more sessions can be recorded");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into programme_session (id, enrolment_id, session_date, attendance, notes, recorded_by)
                        values (:id, :enrolment, :date, :attendance, :notes, :by)
                        """)
                .param("id", id)
                .param("enrolment", enrolmentId)
                .param("date", request.date())
                .param("attendance", request.attendance().name())
                .param("notes", trimmed(request.notes()))
                .param("by", CurrentUser.require().username())
                .update();
        audited(
                intervention,
                AuditAction.CREATED,
                SESSION,
                id,
                0,
                "Recorded a session of " + enrolment.programmeName() + " on " + request.date() + ": "
                        + request.attendance().label().toLowerCase(),
                List.of(
                        new FieldChange("Date", null, request.date().toString()),
                        new FieldChange("Attendance", null, request.attendance().label())));
        return enrolment(enrolmentId);
    }

    /** How the programme ended for the child, from the enrolment's version read (409 when stale). */
    public Enrolment complete(UUID enrolmentId, long version, NewCompletion request) {
        Enrolment enrolment = enrolment(enrolmentId);
        Intervention intervention = changeable(enrolment.interventionId());
        LocalDate lastSession = enrolment.sessions().isEmpty()
                ? null
                : enrolment.sessions().get(enrolment.sessions().size() - 1).date();
        Map<String, String> problems = ProgrammeRules.completionProblems(
                request.completion(),
                request.on(),
                request.reason(),
                enrolment.startDate(),
                lastSession,
                LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String reason = request.completion() == Completion.NOT_COMPLETED
                ? request.reason().trim()
                : null;
        VersionedUpdate.of(jdbc, """
                        update programme_enrolment set completion = :completion, completed_on = :on,
                               not_completed_reason = :reason, completed_by = :by, updated_at = now(),
                               version = version + 1
                         where id = :id and version = :version
                        """)
                .param("completion", request.completion().name())
                .param("on", request.on())
                .param("reason", reason)
                .param("by", CurrentUser.require().username())
                .param("id", enrolmentId)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(ENROLMENT, enrolmentId, version));
        // The row was at the version the person saw, so what was loaded is what they saw.
        if (!enrolment.ongoing()) {
            throw new InvalidRequestException(Map.of("completion", "This programme has already ended for the child"));
        }
        Enrolment after = enrolment(enrolmentId);
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("Completion", null, request.completion().label()));
        changes.add(new FieldChange("Ended on", null, request.on().toString()));
        if (reason != null) {
            changes.add(new FieldChange("Why not completed", null, reason));
        }
        audited(
                intervention,
                AuditAction.CHANGED,
                ENROLMENT,
                enrolmentId,
                after.version(),
                enrolment.programmeName() + ": " + request.completion().label().toLowerCase() + " on " + request.on()
                        + " (" + after.counts().summary() + ")",
                changes);
        return after;
    }

    // Referrals --------------------------------------------------------------------------------------------

    /** A referral to a specialist or partner, awaiting its outcome. */
    public SpecialistReferral refer(UUID interventionId, NewReferral request) {
        Intervention intervention = changeable(interventionId);
        Map<String, String> problems = ProgrammeRules.referralProblems(
                request.agency(), request.organisation(), request.referredOn(), request.reason(), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into specialist_referral (id, intervention_id, agency, organisation, referred_on, reason,
                            created_by)
                        values (:id, :intervention, :agency, :organisation, :on, :reason, :by)
                        """)
                .param("id", id)
                .param("intervention", intervention.id())
                .param("agency", request.agency().name())
                .param("organisation", trimmed(request.organisation()))
                .param("on", request.referredOn())
                .param("reason", request.reason().trim())
                .param("by", CurrentUser.require().username())
                .update();
        SpecialistReferral referral = referral(id);
        audited(
                intervention,
                AuditAction.CREATED,
                REFERRAL,
                id,
                0,
                "Referred to " + referral.to() + " on " + request.referredOn(),
                List.of(
                        new FieldChange("To", null, referral.to()),
                        new FieldChange(
                                "Referred on", null, request.referredOn().toString()),
                        new FieldChange("Reason", null, request.reason().trim())));
        return referral;
    }

    /** The referral's outcome (or a later one: accepted, then engaged…), from the version read (409 when stale). */
    public SpecialistReferral recordOutcome(UUID referralId, long version, NewOutcome request) {
        SpecialistReferral before = referral(referralId);
        Intervention intervention = changeable(before.interventionId());
        Map<String, String> problems = ProgrammeRules.outcomeProblems(
                request.outcome(), request.on(), before.referredOn(), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        VersionedUpdate.of(jdbc, """
                        update specialist_referral set outcome = :outcome, outcome_on = :on, outcome_notes = :notes,
                               outcome_by = :by, updated_at = now(), version = version + 1
                         where id = :id and version = :version
                        """)
                .param("outcome", request.outcome().name())
                .param("on", request.on())
                .param("notes", trimmed(request.notes()))
                .param("by", CurrentUser.require().username())
                .param("id", referralId)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(REFERRAL, referralId, version));
        SpecialistReferral after = referral(referralId);
        audited(
                intervention,
                AuditAction.CHANGED,
                REFERRAL,
                referralId,
                after.version(),
                "Outcome of the referral to " + before.to() + ": "
                        + request.outcome().label().toLowerCase() + " on " + request.on(),
                List.of(
                        new FieldChange(
                                "Outcome",
                                before.outcome().label(),
                                after.outcome().label()),
                        new FieldChange(
                                "Outcome date",
                                before.outcomeOn() == null
                                        ? null
                                        : before.outcomeOn().toString(),
                                request.on().toString())));
        return after;
    }

    // Internals --------------------------------------------------------------------------------------------

    /** The intervention, if the user's service is responsible for the child and the work is still open. */
    private Intervention changeable(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        // Only the child's home service changes the record; a caretaking host service sees it (403).
        children.responsible(intervention.childId());
        if (intervention.status() == Intervention.Status.CLOSED) {
            throw new InvalidRequestException(
                    Map.of("intervention", "This intervention has ended: nothing more can be recorded on it"));
        }
        return intervention;
    }

    private static LocalDate began(Intervention intervention) {
        return intervention.referredOn() != null ? intervention.referredOn() : intervention.startDate();
    }

    private List<Enrolment> enrolments(UUID interventionId) {
        Map<UUID, List<ProgrammeSession>> sessions = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.* from programme_session s join programme_enrolment e on e.id = s.enrolment_id
                         where e.intervention_id = :id order by s.session_date, s.recorded_at
                        """)
                .param("id", interventionId)
                .query((rs, n) -> {
                    sessions.computeIfAbsent(rs.getObject("enrolment_id", UUID.class), k -> new ArrayList<>())
                            .add(new ProgrammeSession(
                                    rs.getObject("id", UUID.class),
                                    rs.getObject("session_date", LocalDate.class),
                                    Attendance.valueOf(rs.getString("attendance")),
                                    rs.getString("notes"),
                                    rs.getString("recorded_by")));
                    return null;
                })
                .list();
        return jdbc
                .sql("""
                        select e.*, p.name, p.topic, p.delivery, p.sessions_planned
                          from programme_enrolment e join programme p on p.id = e.programme_id
                         where e.intervention_id = :id
                        """)
                .param("id", interventionId)
                .query((rs, n) -> enrolment(rs, sessions.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list()
                .stream()
                .sorted(Comparator.comparing((Enrolment e) -> !e.ongoing())
                        .thenComparing(Enrolment::startDate, Comparator.reverseOrder()))
                .toList();
    }

    private List<SpecialistReferral> referrals(UUID interventionId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("select * from specialist_referral where intervention_id = :id"
                        + " order by referred_on desc, created_at desc")
                .param("id", interventionId)
                .query((rs, n) -> referral(rs, today))
                .list();
    }

    private static Enrolment enrolment(ResultSet rs, List<ProgrammeSession> sessions) throws SQLException {
        String completion = rs.getString("completion");
        int planned = rs.getInt("sessions_planned");
        return new Enrolment(
                rs.getObject("id", UUID.class),
                rs.getObject("intervention_id", UUID.class),
                rs.getObject("programme_id", UUID.class),
                rs.getString("name"),
                ProgrammeTopic.valueOf(rs.getString("topic")),
                Delivery.valueOf(rs.getString("delivery")),
                rs.getObject("start_date", LocalDate.class),
                rs.getString("delivered_by"),
                completion == null ? null : Completion.valueOf(completion),
                rs.getObject("completed_on", LocalDate.class),
                rs.getString("not_completed_reason"),
                List.copyOf(sessions),
                SessionCounts.of(
                        sessions.stream().map(ProgrammeSession::attendance).toList(), planned),
                rs.getString("created_by"),
                rs.getString("completed_by"),
                rs.getLong("version"));
    }

    private SpecialistReferral referral(ResultSet rs, LocalDate today) throws SQLException {
        ReferralOutcome outcome = ReferralOutcome.valueOf(rs.getString("outcome"));
        LocalDate referredOn = rs.getObject("referred_on", LocalDate.class);
        LocalDate chaseFrom =
                outcome == ReferralOutcome.AWAITING ? ReferralChase.chaseFrom(referredOn, chaseAfter, calendar) : null;
        return new SpecialistReferral(
                rs.getObject("id", UUID.class),
                rs.getObject("intervention_id", UUID.class),
                ReferralAgency.valueOf(rs.getString("agency")),
                rs.getString("organisation"),
                referredOn,
                rs.getString("reason"),
                outcome,
                rs.getObject("outcome_on", LocalDate.class),
                rs.getString("outcome_notes"),
                chaseFrom,
                ReferralChase.toChase(outcome, referredOn, today, chaseAfter, calendar),
                rs.getString("created_by"),
                rs.getString("outcome_by"),
                rs.getLong("version"));
    }

    private void audited(
            Intervention intervention,
            AuditAction action,
            String recordType,
            UUID id,
            long version,
            String summary,
            List<FieldChange> changes) {
        audit.changed(
                intervention.serviceId(), intervention.childId(), action, recordType, id, version, summary, changes);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
