package org.desist.court;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.VersionedUpdate;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social worker and the child's court appearances (the joint protocol between children's social care and the YOS "Police station and court", "Remands"
 * 6): every court date of a looked-after or remanded child is passed to the social worker (rule
 * {@code court-date-shared-with-social-worker}, 1 WD by default, a local setting), and who accompanied the child,
 * with the Crown Court rule for a looked-after child.
 */
@Service
@Transactional
public class SocialWorkerAtCourt {

    public static final String COURT_DATE_SET = "COURT_DATE_SET";
    public static final String COURT_DATE_SHARED = "COURT_DATE_SHARED";
    static final String RULE = "court-date-shared-with-social-worker";

    private final JdbcClient jdbc;
    private final ChildRecords children;
    private final LookedAfterRecords lookedAfter;
    private final Interventions interventions;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Directory directory;
    private final Clock clock;

    SocialWorkerAtCourt(
            JdbcClient jdbc,
            ChildRecords children,
            LookedAfterRecords lookedAfter,
            Interventions interventions,
            DueItems dueItems,
            AuditTrail audit,
            Directory directory,
            Clock clock) {
        this.jdbc = jdbc;
        this.children = children;
        this.lookedAfter = lookedAfter;
        this.interventions = interventions;
        this.dueItems = dueItems;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
    }

    /** The social worker was told of a court date: when, how and who. */
    public record CourtDateShared(
            UUID id,
            UUID appearanceId,
            LocalDate hearingDate,
            LocalDate toldOn,
            CourtDateMethod toldHow,
            String toldWho,
            String recordedBy) {}

    public record NewCourtDateShared(LocalDate toldOn, CourtDateMethod toldHow, String toldWho) {}

    /** Who accompanied the child at court. */
    public record Accompaniment(Companion companion, String name, String reason) {}

    /** An appearance seen from social care's side: the duty, what was shared, who came, and any flag. */
    public record AtCourt(
            UUID appearanceId,
            boolean lookedAfter,
            boolean courtDateToShare,
            Optional<DueItem> courtDateItem,
            List<CourtDateShared> shared,
            Optional<Accompaniment> accompaniment,
            Optional<String> crownCourtFlag) {}

    /** The appearance's social-care side, for someone who may see the child (the page audits its own view). */
    @Transactional(readOnly = true)
    public AtCourt of(UUID appearanceId) {
        Row row = row(appearanceId);
        ChildSummary child = children.visible(row.childId());
        return atCourt(
                appearanceId,
                row,
                lookedAfter(child, row.appearanceDate()),
                dueItems.forRecord(appearanceId),
                shared(appearanceId),
                remandActive(child.id()));
    }

    /**
     * The social-care side of each of the child's appearances, by appearance, for the court tab: one read of each
     * thing it needs, whatever the number of appearances (the page audits its own view).
     */
    @Transactional(readOnly = true)
    public Map<UUID, AtCourt> ofChild(UUID childId) {
        ChildSummary child = children.visible(childId);
        Map<UUID, Row> rows = new LinkedHashMap<>();
        jdbc.sql("select * from court_appearance where child_id = :c order by appearance_date, created_at")
                .param("c", child.id())
                .query(rs -> {
                    rows.put(rs.getObject("id", UUID.class), mapRow(rs, 0));
                });
        if (rows.isEmpty()) {
            return Map.of();
        }
        java.util.function.Predicate<LocalDate> lookedAfterOn = lookedAfter.lookedAfterOnDays(child);
        Map<UUID, List<DueItem>> items = dueItems.forChild(child.id()).stream()
                .filter(i -> rows.containsKey(i.triggerRecordId()))
                .collect(java.util.stream.Collectors.groupingBy(
                        DueItem::triggerRecordId, LinkedHashMap::new, java.util.stream.Collectors.toList()));
        Map<UUID, List<CourtDateShared>> shared = new LinkedHashMap<>();
        jdbc.sql("""
                        select * from court_date_shared where appearance_id in (:a)
                         order by told_on, recorded_at""")
                .param("a", rows.keySet())
                .query((rs, n) -> sharedRow(rs))
                .list()
                .forEach(d -> shared.computeIfAbsent(d.appearanceId(), k -> new ArrayList<>())
                        .add(d));
        boolean remandActive = remandActive(child.id());
        Map<UUID, AtCourt> atCourt = new LinkedHashMap<>();
        rows.forEach((id, row) -> atCourt.put(
                id,
                atCourt(
                        id,
                        row,
                        lookedAfterOn.test(row.appearanceDate()),
                        items.getOrDefault(id, List.of()),
                        shared.getOrDefault(id, List.of()),
                        remandActive)));
        return atCourt;
    }

    private AtCourt atCourt(
            UUID appearanceId,
            Row row,
            boolean la,
            List<DueItem> dueForAppearance,
            List<CourtDateShared> shared,
            boolean remandActive) {
        List<DueItem> items = dueForAppearance.stream()
                .filter(i -> i.rule().id().equals(RULE))
                .toList();
        Optional<DueItem> item = items.stream()
                .filter(i -> i.status() == DueItem.Status.OPEN)
                .findFirst()
                .or(() -> items.stream().reduce((a, b) -> b));
        return new AtCourt(
                appearanceId,
                la,
                SocialWorkerAtCourtRules.courtDateToShare(
                        row.nextHearingDate() != null, la, row.outcome() == Outcome.REMANDED || remandActive),
                item,
                shared,
                Optional.ofNullable(row.accompaniment()),
                SocialWorkerAtCourtRules.crownCourtFlag(
                        la,
                        row.courtKind(),
                        row.accompaniment() == null ? null : row.accompaniment().companion()));
    }

    /** Records that the social worker was told of the appearance's next hearing date; meets the due item. */
    public CourtDateShared recordCourtDateShared(UUID appearanceId, NewCourtDateShared request) {
        Row row = row(appearanceId);
        ChildSummary child = children.responsible(row.childId());
        Map<String, String> problems = new LinkedHashMap<>();
        if (row.nextHearingDate() == null) {
            problems.put("toldOn", "Record the next hearing date on the appearance first");
        }
        if (request.toldOn() == null) {
            problems.put("toldOn", "Enter the date the social worker was told");
        } else if (request.toldOn().isAfter(LocalDate.now(clock))) {
            problems.put("toldOn", "The date the social worker was told must be today or in the past");
        } else if (request.toldOn().isBefore(row.appearanceDate())) {
            problems.put("toldOn", "The date the social worker was told must be on or after the appearance");
        }
        if (request.toldHow() == null) {
            problems.put("toldHow", "Select how the social worker was told");
        }
        if (request.toldWho() == null || request.toldWho().isBlank()) {
            problems.put("toldWho", "Enter who was told (the social worker’s name)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        String by = CurrentUser.require().username();
        jdbc.sql("""
                        insert into court_date_shared (id, appearance_id, hearing_date, told_on, told_how, told_who,
                            recorded_by)
                        values (:id, :appearance, :hearing, :on, :how, :who, :by)
                        """)
                .param("id", id)
                .param("appearance", appearanceId)
                .param("hearing", row.nextHearingDate())
                .param("on", request.toldOn())
                .param("how", request.toldHow().name())
                .param("who", request.toldWho().trim())
                .param("by", by)
                .update();
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                CourtWork.APPEARANCE,
                appearanceId,
                0,
                "Recorded that the social worker was told of the court date " + row.nextHearingDate(),
                List.of(
                        new FieldChange(
                                "Court date", null, row.nextHearingDate().toString()),
                        new FieldChange("Told on", null, request.toldOn().toString()),
                        new FieldChange("How", null, request.toldHow().label()),
                        new FieldChange("Who", null, request.toldWho().trim())));
        dueItems.fulfilled(appearanceId, COURT_DATE_SHARED, id, request.toldOn());
        return new CourtDateShared(
                id,
                appearanceId,
                row.nextHearingDate(),
                request.toldOn(),
                request.toldHow(),
                request.toldWho().trim(),
                by);
    }

    /** Records who accompanied the child; YOS staff never can, and the Crown Court rule asks for a reason. */
    public Accompaniment recordAccompaniment(UUID appearanceId, long version, Accompaniment request) {
        Row row = row(appearanceId);
        ChildSummary child = children.responsible(row.childId());
        VersionedUpdate.lock(
                jdbc,
                "court_appearance",
                appearanceId,
                version,
                () -> audit.staleRecord(CourtWork.APPEARANCE, appearanceId, version));
        boolean la = lookedAfter(child, row.appearanceDate());
        List<String> staff = directory.caseHolders(child.serviceId()).stream()
                .map(StaffMember::displayName)
                .toList();
        Map<String, String> problems = SocialWorkerAtCourtRules.problems(
                la, row.courtKind(), request.companion(), request.name(), request.reason(), staff);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Accompaniment after = new Accompaniment(
                request.companion(),
                request.companion() == Companion.NOBODY ? null : request.name().trim(),
                blankToNull(request.reason()));
        VersionedUpdate.of(jdbc, """
                        update court_appearance set accompanied_by = :by, accompanied_by_name = :name,
                               accompaniment_reason = :reason, updated_at = now(), updated_by = :user,
                               version = version + 1
                         where id = :id and version = :version
                        """)
                .param("by", after.companion().name())
                .param("name", after.name())
                .param("reason", after.reason())
                .param("user", CurrentUser.require().username())
                .param("id", appearanceId)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(CourtWork.APPEARANCE, appearanceId, version));
        Accompaniment before = row.accompaniment();
        audit.changed(
                child.serviceId(),
                child.id(),
                before == null ? AuditAction.CREATED : AuditAction.CHANGED,
                CourtWork.APPEARANCE,
                appearanceId,
                version + 1,
                "Recorded who accompanied the child at court on " + row.appearanceDate(),
                List.of(
                        new FieldChange(
                                "Accompanied by",
                                before == null ? null : before.companion().label(),
                                after.companion().label()),
                        new FieldChange("Name", before == null ? null : before.name(), after.name()),
                        new FieldChange("Reason", before == null ? null : before.reason(), after.reason())));
        return after;
    }

    /**
     * An appearance was recorded or corrected, or its remand decided ({@code before} null when new): a court date
     * of a looked-after or remanded child becomes due to the social worker; a corrected appearance date moves the
     * item, a removed next hearing withdraws it, a next hearing moved after the social worker was told asks again.
     */
    void courtDateChanged(ChildSummary child, CourtAppearance before, CourtAppearance after) {
        boolean share = SocialWorkerAtCourtRules.courtDateToShare(
                after.nextHearingDate() != null,
                lookedAfter(child, after.appearanceDate()),
                remanded(child.id(), after.outcome()));
        List<DueItem> items = dueItems.forRecord(after.id()).stream()
                .filter(i -> i.rule().id().equals(RULE))
                .toList();
        Optional<DueItem> open =
                items.stream().filter(i -> i.status() == DueItem.Status.OPEN).findFirst();
        if (!share) {
            if (open.isPresent()) {
                dueItems.triggerWithdrawn(
                        after.id(),
                        COURT_DATE_SET,
                        after.nextHearingDate() == null
                                ? "The next hearing date was removed from the appearance"
                                : "The child is neither looked after nor remanded");
            }
            return;
        }
        if (open.isPresent()) {
            if (before != null && !before.appearanceDate().equals(after.appearanceDate())) {
                dueItems.triggerDateCorrected(after.id(), COURT_DATE_SET, after.appearanceDate());
            }
            return;
        }
        boolean toldOfThisDate =
                shared(after.id()).stream().anyMatch(s -> s.hearingDate().equals(after.nextHearingDate()));
        if (toldOfThisDate) {
            return;
        }
        // A first court date is known from the appearance; a hearing moved later is known from the correction.
        boolean moved = items.stream().anyMatch(i -> i.status() == DueItem.Status.MET)
                && before != null
                && !Objects.equals(before.nextHearingDate(), after.nextHearingDate());
        LocalDate known = moved ? LocalDate.now(clock) : after.appearanceDate();
        dueItems.triggered(
                new DueItems.Trigger(
                        COURT_DATE_SET, child.serviceId(), child.id(), CourtWork.APPEARANCE, after.id(), owner(child)),
                known);
    }

    private boolean lookedAfter(ChildSummary child, LocalDate on) {
        return lookedAfter.lookedAfterOn(child, on);
    }

    private boolean remanded(UUID childId, Outcome outcome) {
        return outcome == Outcome.REMANDED || remandActive(childId);
    }

    /** The child is remanded now (an active remand intervention). */
    private boolean remandActive(UUID childId) {
        return interventions.ofChild(children.accessible(childId)).stream()
                .anyMatch(i -> i.status() == Intervention.Status.ACTIVE
                        && (i.type() == InterventionType.REMAND_TO_LOCAL_AUTHORITY
                                || i.type() == InterventionType.REMAND_TO_YOUTH_DETENTION));
    }

    /** The case manager of the child's work in progress (a remand first), if any. */
    private UUID owner(ChildSummary child) {
        return interventions.ofChild(children.accessible(child.id())).stream()
                .filter(i -> i.status() == Intervention.Status.ACTIVE && i.caseManagerId() != null)
                .min((a, b) -> Boolean.compare(!remandType(a), !remandType(b)))
                .map(Intervention::caseManagerId)
                .orElse(null);
    }

    private static boolean remandType(Intervention i) {
        return i.type() == InterventionType.REMAND_TO_LOCAL_AUTHORITY
                || i.type() == InterventionType.REMAND_TO_YOUTH_DETENTION;
    }

    private List<CourtDateShared> shared(UUID appearanceId) {
        return jdbc.sql("select * from court_date_shared where appearance_id = :a order by told_on, recorded_at")
                .param("a", appearanceId)
                .query((rs, n) -> sharedRow(rs))
                .list();
    }

    private static CourtDateShared sharedRow(ResultSet rs) throws SQLException {
        return new CourtDateShared(
                rs.getObject("id", UUID.class),
                rs.getObject("appearance_id", UUID.class),
                rs.getObject("hearing_date", LocalDate.class),
                rs.getObject("told_on", LocalDate.class),
                CourtDateMethod.valueOf(rs.getString("told_how")),
                rs.getString("told_who"),
                rs.getString("recorded_by"));
    }

    private record Row(
            UUID childId,
            LocalDate appearanceDate,
            LocalDate nextHearingDate,
            CourtKind courtKind,
            Outcome outcome,
            Accompaniment accompaniment,
            long version) {}

    private Row row(UUID appearanceId) {
        return jdbc.sql("select * from court_appearance where id = :id")
                .param("id", appearanceId)
                .query(SocialWorkerAtCourt::mapRow)
                .optional()
                .orElseThrow(() -> new NotFoundException("Court appearance"));
    }

    private static Row mapRow(ResultSet rs, int n) throws SQLException {
        String by = rs.getString("accompanied_by");
        return new Row(
                rs.getObject("child_id", UUID.class),
                rs.getObject("appearance_date", LocalDate.class),
                rs.getObject("next_hearing_date", LocalDate.class),
                CourtKind.valueOf(rs.getString("court_kind")),
                Outcome.valueOf(rs.getString("outcome")),
                by == null
                        ? null
                        : new Accompaniment(
                                Companion.valueOf(by),
                                rs.getString("accompanied_by_name"),
                                rs.getString("accompaniment_reason")),
                rs.getLong("version"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
