package org.desist.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.assessment.Assessment;
import org.desist.assessment.AssessmentDetails;
import org.desist.assessment.AssessmentStatus;
import org.desist.assessment.Assessments;
import org.desist.assessment.Classification;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.VersionedUpdate;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Management oversight of interventions (YJB case management guidance): recorded by a manager who does not
 * case-manage the intervention, checked, audited with the child, corrected from the version read (optimistic
 * locking); and the cases in the manager's services without recent oversight. Reads go through
 * {@link Interventions#get} (visible exactly when the intervention is); changes first through
 * {@link ChildRecords#responsible} (a caretaking host service may not record it).
 */
@Service
@Transactional
public class ManagementOversight {

    public static final String RECORD_TYPE = "OVERSIGHT";

    private final JdbcClient jdbc;
    private final Interventions interventions;
    private final Assessments assessments;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final Directory directory;
    private final Clock clock;
    private final Period recentWithin;

    ManagementOversight(
            JdbcClient jdbc,
            Interventions interventions,
            Assessments assessments,
            ChildRecords children,
            AuditTrail audit,
            Directory directory,
            Clock clock,
            @Value("${desist.oversight.recent-within:P3M}") String recentWithin) {
        this.jdbc = jdbc;
        this.interventions = interventions;
        this.assessments = assessments;
        this.children = children;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
        this.recentWithin = Period.parse(recentWithin);
    }

    /** How recent oversight must be (the setting {@code desist.oversight.recent-within}). */
    public Period recentWithin() {
        return recentWithin;
    }

    /** The signed-in manager records oversight of the intervention. */
    public Oversight record(UUID interventionId, OversightDetails details) {
        Intervention intervention = interventions.get(interventionId);
        children.responsible(intervention.childId());
        CurrentUser manager = CurrentUser.require();
        check(intervention, details, manager.id());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into oversight (id, intervention_id, child_id, recorded_on, manager_id, areas, judgement,
                            direction, actions, actions_due, next_due, recorded_by)
                        values (:id, :intervention, :child, :on, :manager, :areas, :judgement, :direction, :actions,
                            :actionsDue, :nextDue, :by)
                        """)
                .param("id", id)
                .param("intervention", intervention.id())
                .param("child", intervention.childId())
                .param("manager", manager.id())
                .param("by", manager.username())
                .params(columns(details))
                .update();
        Oversight recorded = get(id);
        audit.changed(
                intervention.serviceId(),
                intervention.childId(),
                AuditAction.CREATED,
                RECORD_TYPE,
                id,
                0,
                "Recorded management oversight of the "
                        + intervention.type().label().toLowerCase() + ": "
                        + details.judgement().label().toLowerCase(),
                changes(null, recorded));
        return recorded;
    }

    /** The manager who recorded it corrects it, from the version they read. */
    public Oversight amend(UUID id, long version, OversightDetails details) {
        Oversight before = get(id);
        Intervention intervention = interventions.get(before.interventionId());
        children.responsible(intervention.childId());
        VersionedUpdate.lock(jdbc, "oversight", id, version, () -> audit.staleRecord(RECORD_TYPE, id, version));
        CurrentUser manager = CurrentUser.require();
        if (!manager.id().equals(before.managerId())) {
            throw new InvalidRequestException(
                    Map.of("manager", "Only the manager who recorded this oversight can change it"));
        }
        check(intervention, details, manager.id());
        VersionedUpdate.of(jdbc, """
                        update oversight set recorded_on = :on, areas = :areas, judgement = :judgement,
                               direction = :direction, actions = :actions, actions_due = :actionsDue,
                               next_due = :nextDue, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("id", id)
                .params(columns(details))
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        Oversight after = get(id);
        audit.changed(
                intervention.serviceId(),
                intervention.childId(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                after.version(),
                "Changed the management oversight of " + before.recordedOn(),
                changes(before, after));
        return after;
    }

    /** The intervention's oversight, newest first. */
    @Transactional(readOnly = true)
    public List<Oversight> ofIntervention(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        return jdbc.sql("""
                        select * from oversight where intervention_id = :id order by recorded_on desc, recorded_at desc
                        """)
                .param("id", intervention.id())
                .query(this::oversight)
                .list();
    }

    /** As {@link #ofIntervention}, for a page or API answer: the view is audited. */
    public List<Oversight> viewed(UUID interventionId) {
        List<Oversight> all = ofIntervention(interventionId);
        Intervention intervention = interventions.get(interventionId);
        audit.viewed(
                intervention.serviceId(),
                intervention.childId(),
                Interventions.RECORD_TYPE,
                intervention.id(),
                "Viewed the management oversight of the "
                        + intervention.type().label().toLowerCase());
        return all;
    }

    /**
     * The date each of these interventions (homed in the signed-in person's services) last had oversight recorded, by
     * intervention (never: absent): one read for many cases. No audit row: the caller audits what it shows.
     */
    @Transactional(readOnly = true)
    public Map<UUID, LocalDate> lastRecordedOn(java.util.Collection<UUID> interventionIds) {
        java.util.Set<UUID> mine =
                interventions.homedIn(interventionIds, CurrentUser.require().serviceIds());
        Map<UUID, LocalDate> last = new java.util.HashMap<>();
        if (mine.isEmpty()) {
            return last;
        }
        jdbc.sql("""
                        select intervention_id, max(recorded_on) as last from oversight
                         where intervention_id in (:ids) group by intervention_id
                        """)
                .param("ids", mine)
                .query((rs, n) ->
                        last.put(rs.getObject("intervention_id", UUID.class), rs.getObject("last", LocalDate.class)))
                .list();
        return last;
    }

    @Transactional(readOnly = true)
    public Oversight get(UUID id) {
        Oversight oversight = jdbc.sql("select * from oversight where id = :id")
                .param("id", id)
                .query(this::oversight)
                .optional()
                .orElseThrow(() -> new NotFoundException("Oversight"));
        interventions.get(oversight.interventionId());
        return oversight;
    }

    /**
     * Every intervention in progress in the signed-in manager's services whose last oversight is older than
     * the setting, or which was never overseen: oldest oversight first (never overseen first, longest running
     * first).
     */
    @Transactional(readOnly = true)
    public List<CaseWithoutRecentOversight> withoutRecentOversight() {
        LocalDate today = LocalDate.now(clock);
        List<Intervention> inProgress = interventions.inProgressInYourServices();
        if (inProgress.isEmpty()) {
            return List.of();
        }
        Map<UUID, LocalDate> last = new LinkedHashMap<>();
        jdbc.sql("""
                        select intervention_id, max(recorded_on) as last from oversight
                         where intervention_id in (:ids) group by intervention_id
                        """)
                .param("ids", inProgress.stream().map(Intervention::id).toList())
                .query((rs, n) ->
                        last.put(rs.getObject("intervention_id", UUID.class), rs.getObject("last", LocalDate.class)))
                .list();
        List<Intervention> stale = inProgress.stream()
                .filter(i -> !OversightRules.recent(last.get(i.id()), today, recentWithin))
                .toList();
        Map<UUID, ChildSummary> childrenOf =
                children.visible(stale.stream().map(Intervention::childId).collect(Collectors.toSet()));
        List<CaseWithoutRecentOversight> cases = new ArrayList<>();
        for (Intervention i : stale) {
            ChildSummary child = childrenOf.get(i.childId());
            if (child == null) {
                continue;
            }
            Optional<AssessmentDetails> assessed = assessments
                    .currentOf(i.id())
                    .filter(a -> a.status() != AssessmentStatus.DRAFT)
                    .map(Assessment::details);
            cases.add(new CaseWithoutRecentOversight(
                    i.id(),
                    i.type().label(),
                    i.startDate(),
                    child.id(),
                    child.name(),
                    child.localReference(),
                    i.caseManagerId() == null ? "Not allocated" : name(i.caseManagerId()),
                    assessed.map(d -> d.safetyAndWellbeing() == null
                                    ? null
                                    : label(d.safetyAndWellbeing().classification()))
                            .orElse(null),
                    assessed.map(d -> d.riskOfHarm() == null
                                    ? null
                                    : label(d.riskOfHarm().classification()))
                            .orElse(null),
                    last.get(i.id()),
                    OversightRules.daysSince(last.get(i.id()), i.startDate(), today)));
        }
        cases.sort(Comparator.comparing(CaseWithoutRecentOversight::never)
                .reversed()
                .thenComparing(Comparator.comparingLong(CaseWithoutRecentOversight::daysSince)
                        .reversed()));
        return cases;
    }

    /**
     * What is wrong with the details for the signed-in manager, without recording anything: a page shows these
     * with what it found wrong itself (e.g. a date that is not a date).
     */
    @Transactional(readOnly = true)
    public Map<String, String> problems(UUID interventionId, OversightDetails details) {
        return problems(
                interventions.get(interventionId),
                details,
                CurrentUser.require().id());
    }

    private Map<String, String> problems(Intervention intervention, OversightDetails details, UUID managerId) {
        LocalDate began = intervention.startDate() != null ? intervention.startDate() : intervention.referredOn();
        return OversightRules.check(details, began, intervention.caseManagerId(), managerId, LocalDate.now(clock));
    }

    private void check(Intervention intervention, OversightDetails details, UUID managerId) {
        Map<String, String> problems = problems(intervention, details, managerId);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static Map<String, Object> columns(OversightDetails details) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("on", details.recordedOn());
        columns.put("areas", details.areas().stream().distinct().map(Enum::name).collect(Collectors.joining(",")));
        columns.put("judgement", details.judgement().name());
        columns.put("direction", trimmed(details.direction()));
        columns.put("actions", trimmed(details.actions()));
        columns.put("actionsDue", details.actionsDue());
        columns.put("nextDue", details.nextDue());
        return columns;
    }

    private static List<FieldChange> changes(Oversight before, Oversight after) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "Date", before == null ? null : before.recordedOn(), after.recordedOn());
        change(changes, "Looked at", before == null ? null : areas(before), areas(after));
        change(
                changes,
                "Judgement",
                before == null ? null : before.judgement().label(),
                after.judgement().label());
        change(changes, "Direction", before == null ? null : before.direction(), after.direction());
        change(changes, "Actions", before == null ? null : before.actions(), after.actions());
        change(changes, "Actions due", before == null ? null : before.actionsDue(), after.actionsDue());
        change(changes, "Next oversight due", before == null ? null : before.nextDue(), after.nextDue());
        return changes;
    }

    private static void change(List<FieldChange> changes, String field, Object before, Object after) {
        String was = before == null ? null : before.toString();
        String now = after == null ? null : after.toString();
        if (!java.util.Objects.equals(was, now)) {
            changes.add(new FieldChange(field, was, now));
        }
    }

    private static String areas(Oversight oversight) {
        return oversight.areas().stream().map(OversightArea::label).collect(Collectors.joining(", "));
    }

    private static String label(Classification classification) {
        return classification == null ? null : classification.label();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private String name(UUID staffId) {
        return directory.staffMember(staffId).map(StaffMember::displayName).orElse("Unknown");
    }

    private Oversight oversight(ResultSet rs, int row) throws SQLException {
        UUID managerId = rs.getObject("manager_id", UUID.class);
        return new Oversight(
                rs.getObject("id", UUID.class),
                rs.getObject("intervention_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("recorded_on", LocalDate.class),
                managerId,
                name(managerId),
                Arrays.stream(rs.getString("areas").split(","))
                        .map(OversightArea::valueOf)
                        .toList(),
                Judgement.valueOf(rs.getString("judgement")),
                rs.getString("direction"),
                rs.getString("actions"),
                rs.getObject("actions_due", LocalDate.class),
                rs.getObject("next_due", LocalDate.class),
                rs.getString("recorded_by"),
                rs.getLong("version"));
    }
}
