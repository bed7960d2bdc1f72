package org.desist.court;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.audit.FieldChange;
import org.desist.child.Age;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItems;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.intervention.OrderLength;
import org.desist.offence.Offence;
import org.desist.offence.Offences;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.VersionedUpdate;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's court work, within the user's services (scoped through the child), every change audited in
 * the same transaction and every view audited. Remands, bail support and sentences start interventions
 * (and a later appearance ends a remand); reports to court create, move, cancel and meet their due item.
 */
@Service
@Transactional
public class CourtWork {

    public static final String APPEARANCE = "COURT_APPEARANCE";
    public static final String REPORT = "COURT_REPORT";
    public static final String SENTENCE = "COURT_SENTENCE";

    static final String REPORT_REQUESTED = "COURT_REPORT_REQUESTED";
    static final String REPORT_SUBMITTED = "COURT_REPORT_SUBMITTED";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcClient jdbc;
    private final ChildRecords children;
    private final Offences offences;
    private final Interventions interventions;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Directory directory;
    private final Clock clock;
    private final ReportReuse reuse;
    private final SocialWorkerAtCourt socialWorker;

    CourtWork(
            JdbcClient jdbc,
            ChildRecords children,
            Offences offences,
            Interventions interventions,
            DueItems dueItems,
            AuditTrail audit,
            Directory directory,
            Clock clock,
            SocialWorkerAtCourt socialWorker,
            @Value("${desist.court.report-reuse-months:3}") int reuseMonths) {
        this.socialWorker = socialWorker;
        this.jdbc = jdbc;
        this.children = children;
        this.offences = offences;
        this.interventions = interventions;
        this.dueItems = dueItems;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
        this.reuse = new ReportReuse(reuseMonths);
    }

    /** The reuse rule in force (its months are a setting). */
    public ReportReuse reportReuse() {
        return reuse;
    }

    // ---------------------------------------------------------------- appearances

    /** An appearance as entered (recorded or corrected). */
    public record NewAppearance(
            LocalDate appearanceDate,
            String courtName,
            CourtKind courtKind,
            HearingType hearingType,
            List<UUID> offenceIds,
            Outcome outcome,
            String outcomeDetail,
            LocalDate nextHearingDate,
            String informationToCourt) {}

    /** Records an appearance; an outcome that ends an earlier remand or bail support closes it. */
    public CourtAppearance recordAppearance(UUID childId, NewAppearance a) {
        ChildSummary child = children.responsible(childId);
        check(child, a);
        UUID id = UUID.randomUUID();
        String by = CurrentUser.require().username();
        jdbc.sql("""
                        insert into court_appearance (id, child_id, appearance_date, court_name, court_kind, hearing_type,
                            outcome, outcome_detail, next_hearing_date, information_to_court, created_at, created_by,
                            updated_at, updated_by)
                        values (:id, :child, :date, :court, :kind, :hearing, :outcome, :detail, :next, :info, now(), :by,
                            now(), :by)
                        """)
                .param("id", id)
                .param("child", child.id())
                .param("date", a.appearanceDate())
                .param("court", a.courtName().trim())
                .param("kind", a.courtKind().name())
                .param("hearing", a.hearingType().name())
                .param("outcome", a.outcome().name())
                .param("detail", blankToNull(a.outcomeDetail()))
                .param("next", a.nextHearingDate())
                .param("info", blankToNull(a.informationToCourt()))
                .param("by", by)
                .update();
        linkOffences(id, a.offenceIds());
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                APPEARANCE,
                id,
                0,
                "Recorded a court appearance on " + DATE.format(a.appearanceDate()) + ": "
                        + a.outcome().label(),
                List.of(
                        new FieldChange("Date", null, a.appearanceDate().toString()),
                        new FieldChange(
                                "Court",
                                null,
                                a.courtName().trim() + " (" + a.courtKind().label() + ")"),
                        new FieldChange("Hearing", null, a.hearingType().label()),
                        new FieldChange("Outcome", null, outcomeText(a.outcome(), a.outcomeDetail())),
                        new FieldChange(
                                "Next hearing",
                                null,
                                a.nextHearingDate() == null
                                        ? null
                                        : a.nextHearingDate().toString())));
        endEarlier(child, id, a.appearanceDate(), a.outcome(), null);
        CourtAppearance recorded = find(id);
        socialWorker.courtDateChanged(child, null, recorded);
        return recorded;
    }

    /** Corrects what was recorded; the outcome stays once a remand, sentence or report hangs on it. */
    public CourtAppearance correctAppearance(UUID id, long version, NewAppearance a) {
        CourtAppearance before = current(id, version);
        ChildSummary child = children.responsible(before.childId());
        check(child, a);
        boolean consequences = hasConsequences(before);
        Map<String, String> problems = new LinkedHashMap<>();
        if (consequences && !a.appearanceDate().equals(before.appearanceDate())) {
            problems.put(
                    "appearanceDate",
                    "The date cannot change once a remand or bail, sentence, report or ended intervention is "
                            + "recorded from this appearance");
        }
        if (consequences && a.outcome() != before.outcome()) {
            problems.put(
                    "outcome",
                    "The outcome cannot change once a remand or bail, sentence, report or ended intervention is "
                            + "recorded from this appearance");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        VersionedUpdate.of(jdbc, """
                        update court_appearance set appearance_date = :date, court_name = :court, court_kind = :kind,
                               hearing_type = :hearing, outcome = :outcome, outcome_detail = :detail,
                               next_hearing_date = :next, information_to_court = :info, updated_at = now(),
                               updated_by = :by, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("date", a.appearanceDate())
                .param("court", a.courtName().trim())
                .param("kind", a.courtKind().name())
                .param("hearing", a.hearingType().name())
                .param("outcome", a.outcome().name())
                .param("detail", blankToNull(a.outcomeDetail()))
                .param("next", a.nextHearingDate())
                .param("info", blankToNull(a.informationToCourt()))
                .param("by", CurrentUser.require().username())
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(APPEARANCE, id, version));
        jdbc.sql("delete from court_appearance_offence where appearance_id = :id")
                .param("id", id)
                .update();
        linkOffences(id, a.offenceIds());
        CourtAppearance after = find(id);
        List<FieldChange> changes = APPEARANCE_AUDITED.changes(before, after);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                APPEARANCE,
                id,
                after.version(),
                "Corrected the court appearance of " + DATE.format(after.appearanceDate()),
                changes);
        if (after.outcome() != before.outcome()) {
            endEarlier(child, id, after.appearanceDate(), after.outcome(), null);
            after = find(id);
        }
        socialWorker.courtDateChanged(child, before, after);
        return after;
    }

    /** The remand or bail decision of a "remanded" or "bailed" appearance; remands and bail support start work. */
    public record RemandDecision(
            RemandOrBail decision, EstablishmentType establishmentType, String establishmentName) {}

    public CourtAppearance recordRemandOrBail(UUID appearanceId, long version, RemandDecision d) {
        CourtAppearance before = current(appearanceId, version);
        ChildSummary child = children.responsible(before.childId());
        Map<String, String> problems = new LinkedHashMap<>();
        if (before.remandOrBail() != null) {
            problems.put("decision", "Remand or bail is already recorded for this appearance");
        } else if (!before.outcome().decidesRemandOrBail()) {
            problems.put(
                    "decision", "Record remand or bail only for an appearance where the child was remanded or bailed");
        } else if (d.decision() == null) {
            problems.put(
                    "decision",
                    before.outcome() == Outcome.REMANDED
                            ? "Select where the child is remanded to"
                            : "Select the kind of bail");
        } else if (d.decision().outcome() != before.outcome()) {
            problems.put(
                    "decision",
                    before.outcome() == Outcome.REMANDED
                            ? "The child was remanded: select a remand, or correct the outcome to bailed"
                            : "The child was bailed: select a kind of bail, or correct the outcome to remanded");
        }
        boolean detention = d.decision() == RemandOrBail.REMAND_TO_YOUTH_DETENTION;
        if (detention && d.establishmentType() == null) {
            problems.put("establishmentType", "Select the type of youth detention accommodation");
        }
        if (detention && blank(d.establishmentName())) {
            problems.put("establishmentName", "Enter the name of the establishment");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        // The appearance first: its row lock makes a concurrent decision wait, then find it stale.
        VersionedUpdate.of(jdbc, """
                        update court_appearance set remand_or_bail = :decision, establishment_type = :type,
                               establishment_name = :name, updated_at = now(), updated_by = :by,
                               version = version + 1
                         where id = :id and version = :version
                        """)
                .param("decision", d.decision().name())
                .param("type", detention ? d.establishmentType().name() : null)
                .param("name", detention ? d.establishmentName().trim() : null)
                .param("by", CurrentUser.require().username())
                .param("id", appearanceId)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(APPEARANCE, appearanceId, version));
        UUID interventionId = null;
        InterventionType starts = d.decision().starts().orElse(null);
        // A decision that replaces earlier remand or bail support ends it; the same one continues.
        for (Intervention open : openRemandsAndBailSupport(child.id(), appearanceId, before.appearanceDate())) {
            if (open.type() == starts) {
                interventionId = open.id();
            } else {
                end(
                        child,
                        appearanceId,
                        before.appearanceDate(),
                        open,
                        "replaced by " + lower(d.decision().label()));
            }
        }
        if (starts != null && interventionId == null) {
            interventionId = interventions
                    .start(
                            child.id(),
                            new Interventions.NewIntervention(
                                    starts, before.appearanceDate(), null, null, before.offenceIds()))
                    .id();
        }
        VersionedUpdate.sameSave(
                        jdbc,
                        "update court_appearance set remand_intervention_id = :intervention"
                                + " where id = :id and version = :version")
                .param("intervention", interventionId)
                .param("id", appearanceId)
                .param("version", version + 1)
                .orElseThrow(() -> audit.staleRecord(APPEARANCE, appearanceId, version));
        CourtAppearance after = find(appearanceId);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                APPEARANCE,
                appearanceId,
                after.version(),
                "Recorded the court’s decision of " + DATE.format(after.appearanceDate()) + ": "
                        + d.decision().label(),
                List.of(
                        new FieldChange("Remand or bail", null, d.decision().label()),
                        new FieldChange(
                                "Establishment",
                                null,
                                detention
                                        ? d.establishmentName().trim() + " ("
                                                + d.establishmentType().label() + ")"
                                        : null)));
        socialWorker.courtDateChanged(child, before, after);
        return after;
    }

    /** The child's appearances, newest first; the view is audited. */
    public List<CourtAppearance> appearances(UUID childId) {
        ChildSummary child = children.visible(childId);
        audit.viewed(child.serviceId(), child.id(), APPEARANCE, null, "Viewed court appearances");
        return appearancesOf(child.id());
    }

    /** One appearance; the view is audited. */
    public CourtAppearance appearance(UUID id) {
        CourtAppearance appearance = find(id);
        ChildSummary child = children.visible(appearance.childId());
        audit.viewed(child.serviceId(), child.id(), APPEARANCE, id, "Viewed a court appearance");
        return appearance;
    }

    /** The child's court work on one page: appearances, sentences and reports; one audited view. */
    public record CourtRecord(List<CourtAppearance> appearances, List<Sentence> sentences, List<CourtReport> reports) {}

    public CourtRecord ofChild(UUID childId) {
        ChildSummary child = children.visible(childId);
        audit.viewed(child.serviceId(), child.id(), APPEARANCE, null, "Viewed court work");
        return new CourtRecord(appearancesOf(child.id()), sentencesOf(child.id()), reportsOf(child.id()));
    }

    // ---------------------------------------------------------------- sentences

    /**
     * A sentence as entered: its end date, or its length in whole months from the day it was made (one is
     * enough; if both are given they must agree).
     */
    public record NewSentence(
            SentenceType type, LocalDate madeOn, LocalDate endDate, Integer lengthMonths, UUID caseManagerId) {}

    /**
     * Records a sentence made at a "sentenced" appearance and starts its intervention (which checks lawful
     * lengths and raises its own due items). One that needs a report is recorded even without one — the
     * court has sentenced — and marked so.
     */
    public Sentence recordSentence(UUID appearanceId, NewSentence s) {
        CourtAppearance appearance = find(appearanceId);
        ChildSummary child = children.responsible(appearance.childId());
        Map<String, String> problems = new LinkedHashMap<>();
        if (appearance.outcome() != Outcome.SENTENCED) {
            problems.put("type", "Record a sentence only at an appearance where the child was sentenced");
        } else if (s.type() == null) {
            problems.put("type", "Select the sentence");
        }
        LocalDate madeOn = s.madeOn() == null ? appearance.appearanceDate() : s.madeOn();
        if (madeOn.isBefore(appearance.appearanceDate())) {
            problems.put("madeOn", "The sentence cannot be made before the appearance");
        } else if (madeOn.isAfter(LocalDate.now(clock))) {
            problems.put("madeOn", "The date the sentence was made must be today or in the past");
        }
        LocalDate end = s.endDate();
        if (s.lengthMonths() != null) {
            if (s.lengthMonths() < 1) {
                problems.put("lengthMonths", "The length must be a whole number of months, 1 or more");
            } else if (end == null) {
                end = madeOn.plusMonths(s.lengthMonths());
            } else if (!end.equals(madeOn.plusMonths(s.lengthMonths()))) {
                problems.put("endDate", "The end date and the length do not agree: give one of them");
            }
        }
        if (s.type() != null && !problems.containsKey("madeOn")) {
            OrderLength.problem(s.type().intervention(), madeOn, end)
                    .ifPresent(p -> problems.putIfAbsent("endDate", p));
        }
        if (s.caseManagerId() != null
                && directory.caseHolders(child.serviceId()).stream().noneMatch(m -> m.id().equals(s.caseManagerId()))) {
            problems.put("caseManagerId", "Select a case manager from this youth justice service");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        boolean withoutReport = s.type().needsReport() && !reportInTheProceedings(appearance);
        Intervention intervention = interventions.start(
                child.id(),
                new Interventions.NewIntervention(
                        s.type().intervention(), madeOn, end, s.caseManagerId(), appearance.offenceIds()));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into court_sentence (id, appearance_id, child_id, type, made_on, end_date, intervention_id,
                            case_manager_id, without_report, created_at, created_by)
                        values (:id, :appearance, :child, :type, :made, :end, :intervention, :cm, :without, now(), :by)
                        """)
                .param("id", id)
                .param("appearance", appearanceId)
                .param("child", child.id())
                .param("type", s.type().name())
                .param("made", madeOn)
                .param("end", end)
                .param("intervention", intervention.id())
                .param("cm", s.caseManagerId())
                .param("without", withoutReport)
                .param("by", CurrentUser.require().username())
                .update();
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                SENTENCE,
                id,
                0,
                "Recorded the sentence of " + DATE.format(madeOn) + ": "
                        + s.type().label() + (withoutReport ? " (no pre-sentence report in the proceedings)" : ""),
                List.of(
                        new FieldChange("Sentence", null, s.type().label()),
                        new FieldChange("Made on", null, madeOn.toString()),
                        new FieldChange("Ends", null, end == null ? null : end.toString()),
                        new FieldChange("Report before sentence", null, withoutReport ? "None" : "Yes")));
        return sentencesOf(child.id()).stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Whether a pre-sentence report went to court (submitted, or an earlier one reused) in the proceedings
     * of this appearance: from the child's latest first hearing up to and including it.
     */
    @Transactional(readOnly = true)
    public boolean reportInTheProceedings(UUID appearanceId) {
        CourtAppearance appearance = find(appearanceId);
        children.visible(appearance.childId());
        return reportInTheProceedings(appearance);
    }

    private boolean reportInTheProceedings(CourtAppearance appearance) {
        return jdbc.sql("""
                        select count(*) from court_report r join court_appearance a on a.id = r.appearance_id
                         where r.child_id = :child and r.type = 'PRE_SENTENCE' and r.status in ('SUBMITTED', 'REUSED')
                           and a.appearance_date <= :date
                           and a.appearance_date >= coalesce(
                                (select max(f.appearance_date) from court_appearance f
                                  where f.child_id = :child and f.hearing_type = 'FIRST' and f.appearance_date <= :date),
                                date '0001-01-01')
                        """)
                        .param("child", appearance.childId())
                        .param("date", appearance.appearanceDate())
                        .query(Long.class)
                        .single()
                > 0;
    }

    // ---------------------------------------------------------------- reports

    /**
     * A report the court asked for: its type, the due date the court set and its author; or, instead of a
     * new report, an earlier one reused with the reason nothing significant has changed.
     */
    public record NewReport(
            ReportType type, LocalDate dueDate, UUID authorId, UUID reusedReportId, String reuseReason) {}

    public CourtReport requestReport(UUID appearanceId, NewReport r) {
        CourtAppearance appearance = find(appearanceId);
        ChildSummary child = children.responsible(appearance.childId());
        LocalDate requestedOn = appearance.appearanceDate();
        Map<String, String> problems = new LinkedHashMap<>();
        if (r.type() == null) {
            problems.put("type", "Select the type of report");
        }
        if (r.dueDate() == null) {
            problems.put("dueDate", "Enter the date the court set for the report");
        } else if (r.dueDate().isBefore(requestedOn)) {
            problems.put("dueDate", "The report cannot be due before the court asked for it");
        }
        CourtReport earlier = null;
        UUID author = r.authorId();
        if (r.reusedReportId() != null) {
            earlier = reportsOf(child.id()).stream()
                    .filter(x -> x.id().equals(r.reusedReportId()))
                    .findFirst()
                    .orElse(null);
            if (earlier == null) {
                problems.put("reusedReportId", "Select one of this child’s earlier reports");
            } else {
                reuse.problems(
                                earlier.status() == CourtReport.Status.SUBMITTED ? earlier.submittedOn() : null,
                                earlier.qualityAssured(),
                                requestedOn,
                                r.reuseReason())
                        .forEach(problems::putIfAbsent);
                if (r.type() != null && earlier.type() != r.type()) {
                    problems.putIfAbsent(
                            "reusedReportId",
                            "Reuse a report of the same type: that one is a "
                                    + lower(earlier.type().label()));
                }
                if (author == null) {
                    author = earlier.authorId();
                }
            }
        } else if (!blank(r.reuseReason())) {
            problems.put("reusedReportId", "Select the earlier report to reuse");
        }
        UUID chosenAuthor = author;
        if (chosenAuthor == null) {
            problems.put("authorId", "Select who writes the report");
        } else if (directory.caseHolders(child.serviceId()).stream().noneMatch(m -> m.id().equals(chosenAuthor))) {
            problems.put("authorId", "Select a case holder from this youth justice service");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        String by = CurrentUser.require().username();
        boolean reused = earlier != null;
        jdbc.sql("""
                        insert into court_report (id, child_id, appearance_id, type, requested_on, due_date, author_id,
                            status, submitted_on, reused_report_id, reuse_reason, created_at, created_by, updated_at,
                            updated_by)
                        values (:id, :child, :appearance, :type, :requested, :due, :author, :status, :submitted,
                            :reusedId, :reason, now(), :by, now(), :by)
                        """)
                .param("id", id)
                .param("child", child.id())
                .param("appearance", appearanceId)
                .param("type", r.type().name())
                .param("requested", requestedOn)
                .param("due", r.dueDate())
                .param("author", chosenAuthor)
                .param("status", reused ? "REUSED" : "REQUESTED")
                .param("submitted", reused ? requestedOn : null)
                .param("reusedId", reused ? earlier.id() : null)
                .param("reason", reused ? r.reuseReason().trim() : null)
                .param("by", by)
                .update();
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                REPORT,
                id,
                0,
                (reused ? "Reused an earlier report as the " : "The court asked for a ")
                        + lower(r.type().label()) + ", due " + DATE.format(r.dueDate()),
                List.of(
                        new FieldChange("Type", null, r.type().label()),
                        new FieldChange("Due date", null, r.dueDate().toString()),
                        new FieldChange("Author", null, name(chosenAuthor)),
                        new FieldChange(
                                "Reuses",
                                null,
                                reused
                                        ? earlier.type().label() + " submitted " + earlier.submittedOn() + ": "
                                                + r.reuseReason().trim()
                                        : null)));
        dueItems.triggered(
                new DueItems.Trigger(REPORT_REQUESTED, child.serviceId(), child.id(), REPORT, id, chosenAuthor),
                r.dueDate());
        if (reused) {
            dueItems.fulfilled(id, REPORT_SUBMITTED, earlier.id(), requestedOn);
        }
        return findReport(id);
    }

    /** The court set a different due date: the report's due item moves with it. */
    public CourtReport changeDueDate(UUID id, long version, LocalDate dueDate) {
        CourtReport before = currentReport(id, version);
        ChildSummary child = children.responsible(before.childId());
        refuse(before.problemsMovingTo(dueDate));
        VersionedUpdate.of(jdbc, """
                        update court_report set due_date = :due, updated_at = now(), updated_by = :by,
                               version = version + 1
                         where id = :id and version = :version
                        """)
                .param("due", dueDate)
                .param("by", CurrentUser.require().username())
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(REPORT, id, version));
        CourtReport after = findReport(id);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                REPORT,
                id,
                after.version(),
                "The court moved the " + lower(before.type().label()) + " to " + DATE.format(dueDate),
                List.of(new FieldChange("Due date", before.dueDate().toString(), dueDate.toString())));
        dueItems.triggerDateCorrected(id, REPORT_REQUESTED, dueDate);
        return after;
    }

    /** A manager's quality-assurance sign-off; never the report's own author. */
    public CourtReport qualityAssure(UUID id, long version) {
        CurrentUser user = CurrentUser.require();
        if (!user.can(Role.Capability.COUNTERSIGN)) {
            throw new AccessDeniedException("Quality assurance of a report needs COUNTERSIGN");
        }
        CourtReport before = currentReport(id, version);
        ChildSummary child = children.visible(before.childId());
        refuse(before.problemsQualityAssuringBy(user.id()));
        VersionedUpdate.of(jdbc, """
                        update court_report set qa_by = :by, qa_at = now(), updated_at = now(), updated_by = :username,
                               version = version + 1
                         where id = :id and version = :version
                        """)
                .param("by", user.id())
                .param("username", user.username())
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(REPORT, id, version));
        CourtReport after = findReport(id);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                REPORT,
                id,
                after.version(),
                "Quality assured the " + lower(before.type().label()),
                List.of(new FieldChange("Quality assurance", null, "Signed off by " + user.displayName())));
        return after;
    }

    /** The report went to court; it must have been quality assured first. Meets its due item. */
    public CourtReport submit(UUID id, long version, LocalDate submittedOn) {
        CourtReport before = currentReport(id, version);
        ChildSummary child = children.responsible(before.childId());
        refuse(before.problemsSubmittingOn(submittedOn, LocalDate.now(clock)));
        VersionedUpdate.of(jdbc, """
                        update court_report set status = 'SUBMITTED', submitted_on = :on, updated_at = now(),
                               updated_by = :by, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("on", submittedOn)
                .param("by", CurrentUser.require().username())
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(REPORT, id, version));
        CourtReport after = findReport(id);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                REPORT,
                id,
                after.version(),
                "Submitted the " + lower(before.type().label()) + " to court",
                List.of(new FieldChange("Status", before.statusLabel(), "Submitted on " + submittedOn)));
        dueItems.fulfilled(id, REPORT_SUBMITTED, id, submittedOn);
        return after;
    }

    /** The court no longer needs the report: its due item is cancelled with the reason. */
    public CourtReport withdraw(UUID id, long version, String reason) {
        CourtReport before = currentReport(id, version);
        ChildSummary child = children.responsible(before.childId());
        refuse(before.problemsWithdrawing(reason));
        VersionedUpdate.of(jdbc, """
                        update court_report set status = 'WITHDRAWN', withdrawn_reason = :reason, updated_at = now(),
                               updated_by = :by, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("reason", reason.trim())
                .param("by", CurrentUser.require().username())
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(REPORT, id, version));
        CourtReport after = findReport(id);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                REPORT,
                id,
                after.version(),
                "The " + lower(before.type().label()) + " is no longer needed: " + reason.trim(),
                List.of(new FieldChange("Status", before.statusLabel(), "No longer needed")));
        dueItems.triggerWithdrawn(id, REPORT_REQUESTED, "Report no longer needed: " + reason.trim());
        return after;
    }

    /** The child's reports, soonest due first; the view is audited. */
    public List<CourtReport> reports(UUID childId) {
        ChildSummary child = children.visible(childId);
        audit.viewed(child.serviceId(), child.id(), REPORT, null, "Viewed reports to court");
        return reportsOf(child.id());
    }

    /** One report; the view is audited. */
    public CourtReport report(UUID id) {
        CourtReport report = findReport(id);
        ChildSummary child = children.visible(report.childId());
        audit.viewed(child.serviceId(), child.id(), REPORT, id, "Viewed a report to court");
        return report;
    }

    /** The child's earlier reports that went to court and were quality assured: candidates for reuse. */
    @Transactional(readOnly = true)
    public List<CourtReport> reusableFor(UUID appearanceId) {
        CourtAppearance appearance = find(appearanceId);
        children.visible(appearance.childId());
        return reportsOf(appearance.childId()).stream()
                .filter(r -> r.status() == CourtReport.Status.SUBMITTED)
                .filter(r -> reuse.problems(r.submittedOn(), r.qualityAssured(), appearance.appearanceDate(), "-")
                        .isEmpty())
                .toList();
    }

    // ---------------------------------------------------------------- internals

    private void check(ChildSummary child, NewAppearance a) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (a.appearanceDate() == null) {
            problems.put("appearanceDate", "Enter the date of the appearance");
        } else if (a.appearanceDate().isAfter(LocalDate.now(clock))) {
            problems.put("appearanceDate", "The date of the appearance must be today or in the past");
        } else if (Age.belowCriminalResponsibility(child.dateOfBirth(), a.appearanceDate())) {
            problems.put("appearanceDate", "The child was under 10 on that date");
        }
        if (blank(a.courtName())) {
            problems.put("courtName", "Enter the name of the court");
        }
        if (a.courtKind() == null) {
            problems.put("courtKind", "Select the kind of court");
        }
        if (a.hearingType() == null) {
            problems.put("hearingType", "Select the type of hearing");
        }
        List<UUID> offenceIds = a.offenceIds() == null ? List.of() : a.offenceIds();
        if (offenceIds.isEmpty()) {
            problems.put("offenceIds", "Select the offences this appearance concerns");
        }
        for (UUID offenceId : offenceIds) {
            if (!theirs(child, offenceId)) {
                problems.put("offenceIds", "Select only this child’s offences");
            }
        }
        if (a.outcome() == null) {
            problems.put("outcome", "Select the outcome");
        } else if (a.outcome() == Outcome.OTHER && blank(a.outcomeDetail())) {
            problems.put("outcomeDetail", "Describe the outcome");
        }
        if (a.outcome() != null && a.outcome().needsNextHearing() && a.nextHearingDate() == null) {
            problems.put("nextHearingDate", "Enter the date of the next hearing");
        } else if (a.nextHearingDate() != null
                && a.appearanceDate() != null
                && !a.nextHearingDate().isAfter(a.appearanceDate())) {
            problems.put("nextHearingDate", "The next hearing must be after this appearance");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private boolean theirs(ChildSummary child, UUID offenceId) {
        try {
            Offence offence = offences.get(offenceId);
            return offence.childId().equals(child.id());
        } catch (NotFoundException e) {
            return false;
        }
    }

    private void linkOffences(UUID appearanceId, List<UUID> offenceIds) {
        for (UUID offence : new LinkedHashSet<>(offenceIds)) {
            jdbc.sql("insert into court_appearance_offence (appearance_id, offence_id) values (:a, :o)")
                    .param("a", appearanceId)
                    .param("o", offence)
                    .update();
        }
    }

    private boolean hasConsequences(CourtAppearance a) {
        return a.remandOrBail() != null
                || !a.ended().isEmpty()
                || jdbc.sql("""
                                select (select count(*) from court_sentence where appearance_id = :id)
                                     + (select count(*) from court_report where appearance_id = :id)
                                """).param("id", a.id()).query(Long.class).single() > 0;
    }

    /** Ends the remands (or bail support) from earlier appearances that this outcome brings to an end. */
    private void endEarlier(ChildSummary child, UUID appearanceId, LocalDate date, Outcome outcome, String why) {
        for (Intervention open : openRemandsAndBailSupport(child.id(), appearanceId, date)) {
            boolean remand = open.type() == InterventionType.REMAND_TO_LOCAL_AUTHORITY
                    || open.type() == InterventionType.REMAND_TO_YOUTH_DETENTION;
            if (remand ? outcome.endsRemand() : outcome.endsBailSupport()) {
                end(child, appearanceId, date, open, why == null ? lower(outcome.label()) : why);
            }
        }
    }

    private void end(ChildSummary child, UUID appearanceId, LocalDate date, Intervention open, String why) {
        String summary = open.type().label() + " from " + DATE.format(open.startDate()) + " ended on "
                + DATE.format(date) + ": " + why;
        interventions.close(
                open.id(),
                open.version(),
                ClosureReason.COMPLETED,
                "Ended by the court on " + DATE.format(date) + ": " + why,
                date);
        jdbc.sql("insert into court_appearance_ended (appearance_id, intervention_id, summary) values (:a, :i, :s)")
                .param("a", appearanceId)
                .param("i", open.id())
                .param("s", summary)
                .update();
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                APPEARANCE,
                appearanceId,
                find(appearanceId).version(),
                summary,
                List.of(new FieldChange(open.type().label(), "Active", "Ended on " + date)));
    }

    /** Remands and bail support started at the child's other appearances, still active, started by {@code date}. */
    private List<Intervention> openRemandsAndBailSupport(UUID childId, UUID exceptAppearance, LocalDate date) {
        List<UUID> ids = jdbc.sql("""
                        select distinct remand_intervention_id from court_appearance
                         where child_id = :child and id <> :except and remand_intervention_id is not null
                        """)
                .param("child", childId)
                .param("except", exceptAppearance)
                .query(UUID.class)
                .list();
        return ids.stream()
                .map(interventions::get)
                .filter(i -> i.status() != Intervention.Status.CLOSED)
                .filter(i -> !i.startDate().isAfter(date))
                .toList();
    }

    /** The appearance as the person saw it, locked for their save (stale when someone saved since). */
    private CourtAppearance current(UUID id, long version) {
        CourtAppearance appearance = find(id);
        children.responsible(appearance.childId());
        VersionedUpdate.lock(jdbc, "court_appearance", id, version, () -> audit.staleRecord(APPEARANCE, id, version));
        return appearance;
    }

    /** The report as the person saw it, locked for their save (stale when someone saved since). */
    private CourtReport currentReport(UUID id, long version) {
        CourtReport report = findReport(id);
        children.responsible(report.childId());
        VersionedUpdate.lock(jdbc, "court_report", id, version, () -> audit.staleRecord(REPORT, id, version));
        return report;
    }

    /** The aggregate's answer: no problems, or the save is refused with each on its field. */
    private static void refuse(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    /** Not audited, not scoped: callers check the child is visible. */
    private CourtAppearance find(UUID id) {
        return jdbc.sql("select * from court_appearance where id = :id")
                .param("id", id)
                .query(this::mapAppearance)
                .optional()
                .orElseThrow(() -> new NotFoundException("Court appearance"));
    }

    private CourtReport findReport(UUID id) {
        return jdbc.sql("select * from court_report where id = :id")
                .param("id", id)
                .query(CourtWork::mapReport)
                .optional()
                .orElseThrow(() -> new NotFoundException("Report to court"));
    }

    private List<CourtAppearance> appearancesOf(UUID childId) {
        return jdbc.sql(
                        "select * from court_appearance where child_id = :child order by appearance_date desc, created_at desc")
                .param("child", childId)
                .query(this::mapAppearance)
                .list();
    }

    private List<Sentence> sentencesOf(UUID childId) {
        return jdbc.sql("select * from court_sentence where child_id = :child order by made_on desc, created_at desc")
                .param("child", childId)
                .query((rs, n) -> new Sentence(
                        rs.getObject("id", UUID.class),
                        rs.getObject("appearance_id", UUID.class),
                        rs.getObject("child_id", UUID.class),
                        SentenceType.valueOf(rs.getString("type")),
                        rs.getObject("made_on", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getObject("intervention_id", UUID.class),
                        rs.getObject("case_manager_id", UUID.class),
                        rs.getBoolean("without_report")))
                .list();
    }

    private List<CourtReport> reportsOf(UUID childId) {
        return jdbc.sql("select * from court_report where child_id = :child order by due_date desc, created_at desc")
                .param("child", childId)
                .query(CourtWork::mapReport)
                .list();
    }

    private CourtAppearance mapAppearance(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String decision = rs.getString("remand_or_bail");
        String establishment = rs.getString("establishment_type");
        return new CourtAppearance(
                id,
                rs.getObject("child_id", UUID.class),
                rs.getObject("appearance_date", LocalDate.class),
                rs.getString("court_name"),
                CourtKind.valueOf(rs.getString("court_kind")),
                HearingType.valueOf(rs.getString("hearing_type")),
                jdbc.sql("select offence_id from court_appearance_offence where appearance_id = :id")
                        .param("id", id)
                        .query(UUID.class)
                        .list(),
                Outcome.valueOf(rs.getString("outcome")),
                rs.getString("outcome_detail"),
                rs.getObject("next_hearing_date", LocalDate.class),
                rs.getString("information_to_court"),
                decision == null ? null : RemandOrBail.valueOf(decision),
                establishment == null ? null : EstablishmentType.valueOf(establishment),
                rs.getString("establishment_name"),
                rs.getObject("remand_intervention_id", UUID.class),
                jdbc.sql("select intervention_id, summary from court_appearance_ended where appearance_id = :id")
                        .param("id", id)
                        .query((r, n) -> new CourtAppearance.Ended(
                                r.getObject("intervention_id", UUID.class), r.getString("summary")))
                        .list(),
                rs.getLong("version"));
    }

    private static CourtReport mapReport(ResultSet rs, int row) throws SQLException {
        var qaAt = rs.getTimestamp("qa_at");
        return new CourtReport(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("appearance_id", UUID.class),
                ReportType.valueOf(rs.getString("type")),
                rs.getObject("requested_on", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                rs.getObject("author_id", UUID.class),
                CourtReport.Status.valueOf(rs.getString("status")),
                rs.getObject("qa_by", UUID.class),
                qaAt == null ? null : qaAt.toInstant(),
                rs.getObject("submitted_on", LocalDate.class),
                rs.getObject("reused_report_id", UUID.class),
                rs.getString("reuse_reason"),
                rs.getString("withdrawn_reason"),
                rs.getLong("version"));
    }

    private String name(UUID staffId) {
        return directory.staffMember(staffId).map(s -> s.displayName()).orElse(String.valueOf(staffId));
    }

    /** What the trail shows of a court appearance when it is corrected: its state before and after, diffed. */
    private static final AuditedFields<CourtAppearance> APPEARANCE_AUDITED = AuditedFields.<CourtAppearance>of()
            .field("Date", CourtAppearance::appearanceDate)
            .field("Court", CourtAppearance::courtName)
            .field("Kind of court", CourtAppearance::courtKind)
            .field("Hearing", CourtAppearance::hearingType)
            .field("Outcome", a -> outcomeText(a.outcome(), a.outcomeDetail()))
            .field("Next hearing", CourtAppearance::nextHearingDate)
            .field("Information given to the court", CourtAppearance::informationToCourt)
            .field("Offences", a -> new LinkedHashSet<>(a.offenceIds()).toString());

    private static String outcomeText(Outcome outcome, String detail) {
        return outcome.label() + (blank(detail) ? "" : ": " + detail.trim());
    }

    private static void diff(List<FieldChange> changes, String field, Object before, Object after) {
        String b = before == null ? null : before.toString();
        String a = after == null ? null : after.toString();
        if (!Objects.equals(b, a)) {
            changes.add(new FieldChange(field, b, a));
        }
    }

    private static String lower(String label) {
        return label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
