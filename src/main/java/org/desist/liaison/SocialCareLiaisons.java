package org.desist.liaison;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.Age;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.court.CourtReport;
import org.desist.court.CourtWork;
import org.desist.deadline.DueItems;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.order.RequirementType;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.VersionedUpdate;
import org.desist.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requirements that need children's social care, considered for a child's report to court, and the YOS's
 * liaison with social care before proposing them (domain reference 03, "Orders that need social care"). The
 * liaison is due a local number of working days before the report is due
 * ({@code desist.liaison.working-days-before-report}, default 2).
 */
@Service
public class SocialCareLiaisons {

    public static final String RECORD_TYPE = "SOCIAL_CARE_LIAISON";
    static final String CONSIDERED = "SOCIAL_CARE_REQUIREMENT_CONSIDERED";
    static final String RECORDED = "SOCIAL_CARE_LIAISON_RECORDED";
    static final String RULE = "social-care-liaison-before-proposal";

    private final JdbcClient jdbc;
    private final ChildRecords children;
    private final CourtWork court;
    private final DueItems dueItems;
    private final WorkingDayCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;
    private final int workingDaysBefore;

    SocialCareLiaisons(
            JdbcClient jdbc,
            ChildRecords children,
            CourtWork court,
            DueItems dueItems,
            WorkingDayCalendar calendar,
            AuditTrail audit,
            Clock clock,
            @Value("${desist.liaison.working-days-before-report:2}") int workingDaysBefore) {
        this.jdbc = jdbc;
        this.children = children;
        this.court = court;
        this.dueItems = dueItems;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
        this.workingDaysBefore = workingDaysBefore;
    }

    /** The child's open reports to court, for which a requirement may be considered. */
    @Transactional
    public List<CourtReport> openReports(UUID childId) {
        children.responsible(childId);
        return court.reports(childId).stream().filter(CourtReport::open).toList();
    }

    /** The child's liaisons, latest considered first (a section of a page that audits its own view). */
    @Transactional(readOnly = true)
    public List<SocialCareLiaison> ofChild(UUID childId) {
        ChildSummary child = children.visible(childId);
        return jdbc.sql("""
                        select * from social_care_liaison
                         where child_id = :child order by considered_on desc, recorded_at desc
                        """).param("child", child.id()).query(this::liaison).list();
    }

    /** The liaisons, for someone who may see the child; the view is audited. */
    @Transactional
    public List<SocialCareLiaison> viewed(UUID childId) {
        ChildSummary child = children.visible(childId);
        audit.viewed(child.serviceId(), child.id(), RECORD_TYPE, null, "Viewed the liaison with social care");
        return ofChild(childId);
    }

    /** One liaison of the child. */
    @Transactional(readOnly = true)
    public SocialCareLiaison get(UUID childId, UUID id) {
        return ofChild(childId).stream()
                .filter(l -> l.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No liaison " + id));
    }

    /**
     * A requirement needing social care is being considered for one of the child's open reports: the liaison
     * falls due before the report does.
     */
    @Transactional
    public SocialCareLiaison consider(UUID childId, UUID reportId, LiaisonRules.Considered c) {
        ChildSummary child = children.responsible(childId);
        CourtReport report = reportId == null
                ? null
                : court.reports(childId).stream()
                        .filter(r -> r.id().equals(reportId) && r.open())
                        .findFirst()
                        .orElse(null);
        LocalDate today = LocalDate.now(clock);
        int age = Age.on(child.dateOfBirth(), report == null ? today : report.dueDate());
        Map<String, String> problems = LiaisonRules.considering(c, report != null, age, today);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        LocalDate due = LiaisonRules.dueBy(report.dueDate(), workingDaysBefore, c.consideredOn(), calendar);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into social_care_liaison (id, child_id, requirement, report_id, report_type, report_due,
                            considered_on, due_on, recorded_at, recorded_by)
                        values (:id, :child, :requirement, :report, :type, :reportDue, :considered, :due, :at, :by)
                        """)
                .param("id", id)
                .param("child", child.id())
                .param("requirement", c.requirement().name())
                .param("report", report.id())
                .param("type", report.type().name())
                .param("reportDue", report.dueDate())
                .param("considered", c.consideredOn())
                .param("due", due)
                .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .param("by", CurrentUser.require().username())
                .update();
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                id,
                0,
                "Considering a " + lower(c.requirement().label()) + " requirement: social care to be liaised with",
                List.of(
                        new FieldChange("Requirement", null, c.requirement().label()),
                        new FieldChange("Report", null, report.type().label() + " due " + report.dueDate()),
                        new FieldChange("Liaison due", null, due.toString())));
        dueItems.triggered(
                new DueItems.Trigger(
                        CONSIDERED,
                        child.serviceId(),
                        child.id(),
                        RECORD_TYPE,
                        id,
                        CurrentUser.require().id()),
                due);
        return get(childId, id);
    }

    /** The YOS liaised with social care: recorded, and the due item met (late if after the due date). */
    @Transactional
    public SocialCareLiaison recordLiaison(UUID childId, UUID id, long version, LiaisonRules.Liaison l) {
        ChildSummary child = children.responsible(childId);
        SocialCareLiaison before = get(childId, id);
        if (before.done()) {
            throw new InvalidRequestException(Map.of("liaisedOn", "The liaison is already recorded"));
        }
        Map<String, String> problems = LiaisonRules.liaising(l, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        VersionedUpdate.of(jdbc, """
                        update social_care_liaison set liaised_on = :on, social_care_contact = :contact,
                               outcome = :outcome, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("on", l.liaisedOn())
                .param("contact", l.contact().trim())
                .param("outcome", l.outcome().trim())
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                version + 1,
                "Liaised with social care about the "
                        + lower(before.requirement().label()) + " requirement",
                List.of(
                        new FieldChange("Liaised on", null, l.liaisedOn().toString()),
                        new FieldChange("With", null, l.contact().trim()),
                        new FieldChange("Outcome", null, l.outcome().trim())));
        dueItems.fulfilled(id, RECORDED, id, l.liaisedOn());
        return get(childId, id);
    }

    private SocialCareLiaison liaison(ResultSet rs, int n) throws SQLException {
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        LocalDate liaised = rs.getObject("liaised_on", LocalDate.class);
        return new SocialCareLiaison(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                RequirementType.valueOf(rs.getString("requirement")),
                rs.getObject("report_id", UUID.class),
                org.desist.court.ReportType.valueOf(rs.getString("report_type")).label(),
                rs.getObject("report_due", LocalDate.class),
                rs.getObject("considered_on", LocalDate.class),
                due,
                liaised,
                rs.getString("social_care_contact"),
                rs.getString("outcome"),
                liaised == null && LocalDate.now(clock).isAfter(due),
                rs.getLong("version"));
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
