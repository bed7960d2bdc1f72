package org.desist.offence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.Age;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offences and their victims, within the user's services, every view and change audited. Victims are read
 * and recorded only with the victim capabilities, and their details never enter the audit trail that the
 * child's side of the record shows.
 */
@Service
@Transactional
public class Offences {

    public static final String OFFENCE = "OFFENCE";
    public static final String VICTIM = "VICTIM";

    private final JdbcClient jdbc;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final Clock clock;
    private final GravityScale scale;
    private final ApplicationEventPublisher events;

    Offences(
            JdbcClient jdbc,
            ChildRecords children,
            AuditTrail audit,
            Clock clock,
            @Value("${desist.offence.gravity-scale:CURRENT}") GravityScale scale,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
        this.scale = scale;
        this.events = events;
    }

    /** The gravity scale this service uses (a setting). */
    public GravityScale scale() {
        return scale;
    }

    /** What an offence is, as entered. */
    public record NewOffence(
            LocalDate offenceDate,
            String description,
            OffenceCategory category,
            Plea plea,
            String coAccused,
            boolean seriousYouthViolence,
            boolean weapon,
            Integer gravityScore,
            int gravityAdjustment,
            String gravityRationale) {}

    public Offence record(UUID childId, NewOffence offence) {
        ChildSummary child = children.responsible(childId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (offence.offenceDate() == null) {
            problems.put("offenceDate", "Enter the date of the offence");
        } else if (offence.offenceDate().isAfter(LocalDate.now(clock))) {
            problems.put("offenceDate", "Date of the offence must be today or in the past");
        } else if (Age.belowCriminalResponsibility(child.dateOfBirth(), offence.offenceDate())) {
            problems.put(
                    "offenceDate", "The child was under 10 on that date, below the age of criminal responsibility");
        }
        if (offence.description() == null || offence.description().isBlank()) {
            problems.put("description", "Describe the offence");
        }
        if (offence.category() == null) {
            problems.put("category", "Select the offence category");
        }
        if (offence.plea() == null) {
            problems.put("plea", "Select the child's plea or admission");
        }
        GravityScore gravity = null;
        if (offence.gravityScore() == null) {
            problems.put("gravityScore", "Enter the gravity score from 1 to " + scale.highest());
        } else {
            gravity = new GravityScore(
                    scale,
                    offence.gravityScore(),
                    offence.gravityAdjustment(),
                    blankToNull(offence.gravityRationale()));
            gravity.problems().forEach(problems::putIfAbsent);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into offence (id, service_id, child_id, offence_date, description, category, plea, co_accused,
                            serious_youth_violence, weapon, gravity_scale, gravity_score, gravity_adjustment,
                            gravity_rationale, created_at, created_by)
                        values (:id, :service, :child, :date, :description, :category, :plea, :coAccused, :syv, :weapon,
                            :scale, :score, :adjustment, :rationale, now(), :by)
                        """)
                .param("id", id)
                .param("service", child.serviceId())
                .param("child", child.id())
                .param("date", offence.offenceDate())
                .param("description", offence.description().trim())
                .param("category", offence.category().name())
                .param("plea", offence.plea().name())
                .param("coAccused", blankToNull(offence.coAccused()))
                .param("syv", offence.seriousYouthViolence())
                .param("weapon", offence.weapon())
                .param("scale", scale.name())
                .param("score", gravity.score())
                .param("adjustment", gravity.adjustment())
                .param("rationale", gravity.rationale())
                .param("by", CurrentUser.require().username())
                .update();
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                OFFENCE,
                id,
                0,
                "Recorded an offence: " + offence.category().label(),
                List.of(
                        new FieldChange(
                                "Date of offence", null, offence.offenceDate().toString()),
                        new FieldChange("Category", null, offence.category().label()),
                        new FieldChange(
                                "Gravity score",
                                null,
                                gravity.adjusted() + " (" + scale.meaning(gravity.adjusted()) + ")")));
        events.publishEvent(new OffenceRecorded(child.id(), id, offence.offenceDate(), LocalDate.now(clock)));
        return find(id);
    }

    /** The child's offences, newest first; the view is audited. */
    public List<Offence> ofChild(UUID childId) {
        ChildSummary child = children.visible(childId);
        audit.viewed(child.serviceId(), child.id(), OFFENCE, null, "Viewed offences");
        return jdbc.sql(select() + " where o.child_id = :child order by o.offence_date desc")
                .param("child", child.id())
                .query(this::offence)
                .list();
    }

    /** Whether this offence is one of the child's (e.g. before another module links it to the child's work). */
    @Transactional(readOnly = true)
    public boolean isOffenceOf(UUID offenceId, UUID childId) {
        return jdbc.sql("select count(*) from offence where id = :id and child_id = :child")
                        .param("id", offenceId)
                        .param("child", childId)
                        .query(Long.class)
                        .single()
                == 1;
    }

    public Offence get(UUID offenceId) {
        Offence offence = find(offenceId);
        children.visible(offence.childId());
        return offence;
    }

    /** An offence's victims: only for roles that need them; the view is audited without their details. */
    public List<Victim> victimsOf(UUID offenceId) {
        require(Role.Capability.VICTIM_VIEW);
        Offence offence = get(offenceId);
        // Victims are shared with the child's home service only, never with a caretaking host service.
        children.responsible(offence.childId());
        audit.viewed(offence.serviceId(), offence.childId(), VICTIM, offenceId, "Viewed the victims of an offence");
        return jdbc.sql("select * from victim where offence_id = :offence order by created_at")
                .param("offence", offenceId)
                .query((rs, n) -> new Victim(
                        rs.getObject("id", UUID.class),
                        rs.getObject("offence_id", UUID.class),
                        Victim.Kind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("contact"),
                        rs.getString("wishes"),
                        rs.getBoolean("consents_to_contact")))
                .list();
    }

    public UUID recordVictim(
            UUID offenceId, Victim.Kind kind, String name, String contact, String wishes, boolean consents) {
        require(Role.Capability.VICTIM_EDIT);
        Offence offence = get(offenceId);
        children.responsible(offence.childId());
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == null) {
            problems.put("kind", "Select who the victim is");
        }
        if (name == null || name.isBlank()) {
            problems.put("name", "Enter the victim's name, or the business or community affected");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into victim (id, offence_id, service_id, child_id, kind, name, contact, wishes,
                            consents_to_contact, created_at, created_by)
                        values (:id, :offence, :service, :child, :kind, :name, :contact, :wishes, :consents, now(), :by)
                        """)
                .param("id", id)
                .param("offence", offenceId)
                .param("service", offence.serviceId())
                .param("child", offence.childId())
                .param("kind", kind.name())
                .param("name", name.trim())
                .param("contact", blankToNull(contact))
                .param("wishes", blankToNull(wishes))
                .param("consents", consents)
                .param("by", CurrentUser.require().username())
                .update();
        // Deliberately no field values: the child's history page shows this trail.
        audit.changed(
                offence.serviceId(),
                offence.childId(),
                AuditAction.CREATED,
                VICTIM,
                id,
                0,
                "Recorded a victim of an offence (details held separately)",
                List.of());
        return id;
    }

    private Offence find(UUID offenceId) {
        return jdbc.sql(select() + " where o.id = :id")
                .param("id", offenceId)
                .query(this::offence)
                .optional()
                .orElseThrow(() -> new NotFoundException("Offence"));
    }

    private static void require(Role.Capability capability) {
        if (!CurrentUser.require().can(capability)) {
            throw new AccessDeniedException("Victims' details need " + capability);
        }
    }

    private static String select() {
        return "select o.*, (select count(*) from victim v where v.offence_id = o.id) as victims from offence o";
    }

    private Offence offence(ResultSet rs, int row) throws SQLException {
        return new Offence(
                rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("offence_date", LocalDate.class),
                rs.getString("description"),
                OffenceCategory.valueOf(rs.getString("category")),
                Plea.valueOf(rs.getString("plea")),
                rs.getString("co_accused"),
                rs.getBoolean("serious_youth_violence"),
                rs.getBoolean("weapon"),
                new GravityScore(
                        GravityScale.valueOf(rs.getString("gravity_scale")),
                        rs.getInt("gravity_score"),
                        rs.getInt("gravity_adjustment"),
                        rs.getString("gravity_rationale")),
                rs.getLong("victims"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
