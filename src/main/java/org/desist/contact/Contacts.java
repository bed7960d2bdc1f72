package org.desist.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
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
 * Contacts on an intervention, planned then recorded, the warnings unacceptable absences lead to and the
 * compliance panels held before any breach (domain reference 02 §6). Every read goes through the
 * intervention (visible exactly when it is); every change first through {@link ChildRecords#responsible}, is
 * checked, audited with the child, and a contact is corrected from the version read (optimistic locking).
 */
@Service
@Transactional
public class Contacts {

    public static final String CONTACT = "CONTACT";
    public static final String WARNING = "CONTACT_WARNING";
    public static final String PANEL = "COMPLIANCE_PANEL";

    private final JdbcClient jdbc;
    private final Interventions interventions;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final Clock clock;
    private final ComplianceThresholds thresholds;

    Contacts(
            JdbcClient jdbc,
            Interventions interventions,
            ChildRecords children,
            AuditTrail audit,
            Clock clock,
            @Value("${desist.contact.compliance-panel-after:2}") int compliancePanelAfter,
            @Value("${desist.contact.breach-consideration-after:3}") int breachConsiderationAfter) {
        this.jdbc = jdbc;
        this.interventions = interventions;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
        this.thresholds = new ComplianceThresholds(compliancePanelAfter, breachConsiderationAfter);
    }

    public record NewWarning(UUID contactId, LocalDate givenOn, String givenBy, WarningMethod method) {}

    public record NewPanel(
            LocalDate heldOn,
            PanelDecision decision,
            String engagement,
            String motivation,
            String barriers,
            String notes) {}

    // Reading ----------------------------------------------------------------------------------------------

    /** The intervention's contacts, warnings, panels, counts and compliance stage. */
    @Transactional(readOnly = true)
    public ContactLog log(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        List<Contact> contacts = jdbc.sql("select * from contact where intervention_id = :id")
                .param("id", intervention.id())
                .query(Contacts::contact)
                .list();
        Comparator<Contact> byWhen = Comparator.comparing(Contact::date)
                .thenComparing(c -> c.time() == null ? LocalTime.MIDNIGHT : c.time());
        List<Contact> upcoming =
                contacts.stream().filter(c -> !c.recorded()).sorted(byWhen).toList();
        List<Contact> past = contacts.stream()
                .filter(Contact::recorded)
                .sorted(byWhen.reversed())
                .toList();
        List<Warning> warnings = warnings(intervention.id());
        List<CompliancePanel> panels = jdbc.sql(
                        "select * from compliance_panel where intervention_id = :id order by held_on, recorded_at")
                .param("id", intervention.id())
                .query((rs, n) -> new CompliancePanel(
                        rs.getObject("id", UUID.class),
                        rs.getObject("held_on", LocalDate.class),
                        PanelDecision.valueOf(rs.getString("decision")),
                        rs.getString("engagement"),
                        rs.getString("motivation"),
                        rs.getString("barriers"),
                        rs.getString("notes")))
                .list();
        List<UUID> warned = warnings.stream().map(Warning::contactId).toList();
        return new ContactLog(
                intervention.id(),
                upcoming,
                past,
                count(past, ContactOutcome.ATTENDED),
                count(past, ContactOutcome.ACCEPTABLE_ABSENCE),
                count(past, ContactOutcome.UNACCEPTABLE_ABSENCE),
                warnings,
                panels,
                ComplianceStage.of(warnings.size(), thresholds),
                thresholds,
                past.stream()
                        .filter(c -> c.outcome() == ContactOutcome.UNACCEPTABLE_ABSENCE && !warned.contains(c.id()))
                        .toList());
    }

    /** As {@link #log}, for a page or API answer: the view is audited. */
    public ContactLog viewed(UUID interventionId) {
        ContactLog log = log(interventionId);
        Intervention intervention = interventions.get(interventionId);
        audit.viewed(
                intervention.serviceId(),
                intervention.childId(),
                Interventions.RECORD_TYPE,
                intervention.id(),
                "Viewed the contacts of the " + intervention.type().label().toLowerCase());
        return log;
    }

    /** One contact, if the user may see its intervention; otherwise 404. */
    @Transactional(readOnly = true)
    public Contact get(UUID contactId) {
        Contact contact = jdbc.sql("select * from contact where id = :id")
                .param("id", contactId)
                .query(Contacts::contact)
                .optional()
                .orElseThrow(() -> new NotFoundException("Contact"));
        interventions.get(contact.interventionId());
        return contact;
    }

    // Contacts ---------------------------------------------------------------------------------------------

    /** A contact planned: a date and a type; who attended and the outcome come when it is recorded. */
    public Contact plan(UUID interventionId, ContactDetails details) {
        Intervention intervention = changeable(interventionId);
        ContactDetails planned = ContactDetails.planned(
                details.date(), details.time(), details.type(), details.place(), details.expected());
        check(intervention, planned, false);
        UUID id = UUID.randomUUID();
        insert(id, intervention.id(), planned);
        audited(
                intervention,
                AuditAction.CREATED,
                CONTACT,
                id,
                0,
                "Planned a contact: " + describe(planned),
                List.of(
                        new FieldChange("When", null, when(planned)),
                        new FieldChange("Type", null, planned.type().label()),
                        new FieldChange("Place", null, trimmed(planned.place()))));
        return get(id);
    }

    /** A contact that happened, planned or not: who attended and the outcome. */
    public Contact record(UUID interventionId, ContactDetails details) {
        Intervention intervention = changeable(interventionId);
        check(intervention, details, true);
        UUID id = UUID.randomUUID();
        insert(id, intervention.id(), details);
        audited(
                intervention,
                AuditAction.CREATED,
                CONTACT,
                id,
                0,
                "Recorded a contact: " + describe(details),
                changes(null, details));
        return get(id);
    }

    /**
     * Records the outcome of a planned contact, or corrects a contact, from the version read (409 when someone
     * else changed it first). A contact a warning was given for stays an unacceptable absence.
     */
    public Contact update(UUID contactId, long version, ContactDetails details) {
        Contact before = get(contactId);
        Intervention intervention = changeable(before.interventionId());
        check(intervention, details, before.recorded());
        if (before.outcome() == ContactOutcome.UNACCEPTABLE_ABSENCE
                && details.outcome() != ContactOutcome.UNACCEPTABLE_ABSENCE
                && warnings(intervention.id()).stream()
                        .anyMatch(w -> w.contactId().equals(contactId))) {
            throw new InvalidRequestException(
                    Map.of("outcome", "A warning was given for this absence: it stays an unacceptable absence"));
        }
        VersionedUpdate.of(jdbc, """
                        update contact set contact_date = :date, contact_time = :time, type = :type, place = :place,
                               expected = :expected, child_attended = :child, parent_attended = :parent,
                               others_attended = :others, outcome = :outcome, absence_reason = :reason, notes = :notes,
                               updated_at = now(), version = version + 1
                         where id = :id and version = :version
                        """)
                .params(params(details))
                .param("id", contactId)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(CONTACT, contactId, version));
        Contact after = get(contactId);
        audited(
                intervention,
                AuditAction.CHANGED,
                CONTACT,
                contactId,
                after.version(),
                (before.recorded() ? "Corrected a contact: " : "Recorded the outcome of a contact: ")
                        + describe(details),
                changes(before, details));
        return after;
    }

    // Compliance -------------------------------------------------------------------------------------------

    /** The warning given for an unacceptable absence (one for each). */
    public Warning warn(UUID interventionId, NewWarning request) {
        Intervention intervention = changeable(interventionId);
        Map<String, String> problems = new LinkedHashMap<>();
        Contact absence = request.contactId() == null
                ? null
                : log(interventionId).awaitingWarning().stream()
                        .filter(c -> c.id().equals(request.contactId()))
                        .findFirst()
                        .orElse(null);
        if (absence == null) {
            problems.put("contactId", "Select an unacceptable absence that has no warning yet");
        }
        if (request.givenOn() == null) {
            problems.put("givenOn", "Enter the date the warning was given");
        } else if (request.givenOn().isAfter(LocalDate.now(clock))) {
            problems.put("givenOn", "The date the warning was given must be today or in the past");
        } else if (absence != null && request.givenOn().isBefore(absence.date())) {
            problems.put("givenOn", "The warning cannot be given before the absence");
        }
        if (ContactRules.blank(request.givenBy())) {
            problems.put("givenBy", "Enter who gave the warning");
        }
        if (request.method() == null) {
            problems.put("method", "Select how the warning was given");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into contact_warning (id, intervention_id, contact_id, given_on, given_by, method,
                            recorded_by)
                        values (:id, :intervention, :contact, :on, :by, :method, :recordedBy)
                        """)
                .param("id", id)
                .param("intervention", interventionId)
                .param("contact", absence.id())
                .param("on", request.givenOn())
                .param("by", request.givenBy().trim())
                .param("method", request.method().name())
                .param("recordedBy", CurrentUser.require().username())
                .update();
        audited(
                intervention,
                AuditAction.CREATED,
                WARNING,
                id,
                0,
                "Gave a warning (" + request.method().label().toLowerCase() + ") for the unacceptable absence on "
                        + absence.date(),
                List.of(
                        new FieldChange("Given on", null, request.givenOn().toString()),
                        new FieldChange("Given by", null, request.givenBy().trim()),
                        new FieldChange("How", null, request.method().label())));
        return warnings(interventionId).stream()
                .filter(w -> w.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** A compliance panel: the child's engagement, motivation and what got in the way, and its decision. */
    public CompliancePanel recordPanel(UUID interventionId, NewPanel request) {
        Intervention intervention = changeable(interventionId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.heldOn() == null) {
            problems.put("heldOn", "Enter the date of the compliance panel");
        } else if (request.heldOn().isAfter(LocalDate.now(clock))) {
            problems.put("heldOn", "The date of the compliance panel must be today or in the past");
        } else if (began(intervention) != null && request.heldOn().isBefore(began(intervention))) {
            problems.put("heldOn", "The compliance panel cannot be before the work began");
        }
        if (request.decision() == null) {
            problems.put("decision", "Select what the panel decided");
        }
        if (ContactRules.blank(request.engagement())) {
            problems.put("engagement", "Describe the child’s engagement");
        }
        if (ContactRules.blank(request.motivation())) {
            problems.put("motivation", "Describe the child’s motivation");
        }
        if (ContactRules.blank(request.barriers())) {
            problems.put("barriers", "Describe what got in the way");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into compliance_panel (id, intervention_id, held_on, decision, engagement, motivation,
                            barriers, notes, recorded_by)
                        values (:id, :intervention, :on, :decision, :engagement, :motivation, :barriers, :notes, :by)
                        """)
                .param("id", id)
                .param("intervention", interventionId)
                .param("on", request.heldOn())
                .param("decision", request.decision().name())
                .param("engagement", request.engagement().trim())
                .param("motivation", request.motivation().trim())
                .param("barriers", request.barriers().trim())
                .param("notes", trimmed(request.notes()))
                .param("by", CurrentUser.require().username())
                .update();
        audited(
                intervention,
                AuditAction.CREATED,
                PANEL,
                id,
                0,
                "Recorded a compliance panel held on " + request.heldOn() + ": "
                        + request.decision().label().toLowerCase(),
                List.of(
                        new FieldChange("Held on", null, request.heldOn().toString()),
                        new FieldChange("Decision", null, request.decision().label())));
        return log(interventionId).panels().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
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

    private void check(Intervention intervention, ContactDetails details, boolean outcomeRequired) {
        Map<String, String> problems = ContactRules.problems(details, LocalDateTime.now(clock));
        if (outcomeRequired && details.outcome() == null) {
            problems.put("outcome", "Select the outcome of the contact");
        }
        if (details.outcome() != null
                && !problems.containsKey("date")
                && ContactRules.beforeTheWork(details, began(intervention))) {
            problems.put("date", "The contact cannot be before the work began (" + began(intervention) + ")");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static LocalDate began(Intervention intervention) {
        return intervention.referredOn() != null ? intervention.referredOn() : intervention.startDate();
    }

    private List<Warning> warnings(UUID interventionId) {
        return jdbc.sql("select * from contact_warning where intervention_id = :id order by given_on, recorded_at")
                .param("id", interventionId)
                .query((rs, n) -> new Warning(
                        rs.getObject("id", UUID.class),
                        rs.getObject("contact_id", UUID.class),
                        rs.getObject("given_on", LocalDate.class),
                        rs.getString("given_by"),
                        WarningMethod.valueOf(rs.getString("method"))))
                .list();
    }

    private void insert(UUID id, UUID interventionId, ContactDetails details) {
        jdbc.sql("""
                        insert into contact (id, intervention_id, contact_date, contact_time, type, place, expected,
                            child_attended, parent_attended, others_attended, outcome, absence_reason, notes, created_by)
                        values (:id, :intervention, :date, :time, :type, :place, :expected, :child, :parent, :others,
                            :outcome, :reason, :notes, :by)
                        """)
                .params(params(details))
                .param("id", id)
                .param("intervention", interventionId)
                .param("by", CurrentUser.require().username())
                .update();
    }

    private static Map<String, Object> params(ContactDetails d) {
        Map<String, Object> params = new LinkedHashMap<>();
        boolean recorded = d.outcome() != null;
        boolean absent = recorded && d.outcome() != ContactOutcome.ATTENDED;
        params.put("date", d.date());
        params.put("time", d.time());
        params.put("type", d.type().name());
        params.put("place", trimmed(d.place()));
        params.put("expected", trimmed(d.expected()));
        params.put("child", recorded ? d.outcome() == ContactOutcome.ATTENDED : null);
        params.put("parent", recorded ? Boolean.TRUE.equals(d.parentAttended()) : null);
        params.put("others", recorded ? trimmed(d.othersAttended()) : null);
        params.put("outcome", recorded ? d.outcome().name() : null);
        params.put("reason", absent ? trimmed(d.absenceReason()) : null);
        params.put("notes", recorded ? trimmed(d.notes()) : null);
        return params;
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

    private static List<FieldChange> changes(Contact before, ContactDetails after) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "When", before == null ? null : when(before.date(), before.time()), when(after));
        change(
                changes,
                "Type",
                before == null ? null : before.type().label(),
                after.type().label());
        change(changes, "Place", before == null ? null : before.place(), trimmed(after.place()));
        change(
                changes,
                "Outcome",
                before == null || before.outcome() == null
                        ? null
                        : before.outcome().label(),
                after.outcome() == null ? null : after.outcome().label());
        change(
                changes,
                "Reason for the absence",
                before == null ? null : before.absenceReason(),
                after.outcome() == null || after.outcome() == ContactOutcome.ATTENDED
                        ? null
                        : trimmed(after.absenceReason()));
        change(
                changes,
                "Parent or carer attended",
                before == null || before.parentAttended() == null ? null : yesNo(before.parentAttended()),
                after.outcome() == null ? null : yesNo(Boolean.TRUE.equals(after.parentAttended())));
        change(
                changes,
                "Others who attended",
                before == null ? null : before.othersAttended(),
                after.outcome() == null ? null : trimmed(after.othersAttended()));
        change(
                changes,
                "Notes",
                before == null ? null : before.notes(),
                after.outcome() == null ? null : trimmed(after.notes()));
        return changes;
    }

    private static void change(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private static String describe(ContactDetails d) {
        return d.type().label().toLowerCase() + " on " + when(d)
                + (d.outcome() == null ? "" : ", " + d.outcome().label().toLowerCase());
    }

    private static String when(ContactDetails d) {
        return when(d.date(), d.time());
    }

    private static String when(LocalDate date, LocalTime time) {
        return date + (time == null ? "" : " " + time);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static long count(List<Contact> contacts, ContactOutcome outcome) {
        return contacts.stream().filter(c -> c.outcome() == outcome).count();
    }

    private static Contact contact(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Contact(
                rs.getObject("id", UUID.class),
                rs.getObject("intervention_id", UUID.class),
                rs.getObject("contact_date", LocalDate.class),
                rs.getObject("contact_time", LocalTime.class),
                ContactType.valueOf(rs.getString("type")),
                rs.getString("place"),
                rs.getString("expected"),
                (Boolean) rs.getObject("child_attended"),
                (Boolean) rs.getObject("parent_attended"),
                rs.getString("others_attended"),
                outcome == null ? null : ContactOutcome.valueOf(outcome),
                rs.getString("absence_reason"),
                rs.getString("notes"),
                rs.getLong("version"));
    }
}
