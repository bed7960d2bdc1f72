package org.desist.contact.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.contact.Contact;
import org.desist.contact.ContactOutcome;
import org.desist.contact.ContactType;
import org.desist.platform.Change;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of the {@link Contact} aggregate's SQL: find, an intervention's, insert and the one versioned update. */
@Repository
public class ContactRepository {

    private final JdbcClient jdbc;

    ContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Contact> find(UUID id) {
        return jdbc.sql("select * from contact where id = :id")
                .param("id", id)
                .query(ContactRepository::contact)
                .optional();
    }

    public List<Contact> ofIntervention(UUID interventionId) {
        return jdbc.sql("select * from contact where intervention_id = :id")
                .param("id", interventionId)
                .query(ContactRepository::contact)
                .list();
    }

    /** The contacts of these interventions, in no order. */
    public List<Contact> ofInterventions(java.util.Collection<UUID> interventionIds) {
        if (interventionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from contact where intervention_id in (:ids)")
                .param("ids", interventionIds)
                .query(ContactRepository::contact)
                .list();
    }

    /** Takes the contact's row lock at the version the person saw, before a rule reads its state. */
    public void lock(UUID id, long version, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.lock(jdbc, "contact", id, version, stale);
    }

    /** A new contact, planned or recorded by {@code by}; as saved. */
    public Contact insert(Change<Contact> created, String by) {
        Contact c = created.after();
        jdbc.sql("""
                        insert into contact (id, intervention_id, contact_date, contact_time, type, place, expected,
                            child_attended, parent_attended, others_attended, outcome, absence_reason, notes, created_by)
                        values (:id, :intervention, :date, :time, :type, :place, :expected, :child, :parent, :others,
                            :outcome, :reason, :notes, :by)
                        """)
                .param("id", c.id())
                .param("intervention", c.interventionId())
                .param("date", c.date())
                .param("time", c.time())
                .param("type", c.type().name())
                .param("place", c.place())
                .param("expected", c.expected())
                .param("child", c.childAttended())
                .param("parent", c.parentAttended())
                .param("others", c.othersAttended())
                .param("outcome", c.outcome() == null ? null : c.outcome().name())
                .param("reason", c.absenceReason())
                .param("notes", c.notes())
                .param("by", by)
                .update();
        return find(c.id()).orElseThrow();
    }

    /**
     * Writes the change's new state from the version the person saw ({@code before}'s, locked: stale when somebody
     * saved since); as saved.
     */
    public Contact save(Change<Contact> change, Supplier<? extends StaleRecordException> stale) {
        Contact c = change.after();
        VersionedUpdate.of(jdbc, """
                        update contact set contact_date = :date, contact_time = :time, type = :type, place = :place,
                               expected = :expected, child_attended = :child, parent_attended = :parent,
                               others_attended = :others, outcome = :outcome, absence_reason = :reason, notes = :notes,
                               updated_at = now(), version = version + 1
                         where id = :id and version = :version
                        """)
                .param("date", c.date())
                .param("time", c.time())
                .param("type", c.type().name())
                .param("place", c.place())
                .param("expected", c.expected())
                .param("child", c.childAttended())
                .param("parent", c.parentAttended())
                .param("others", c.othersAttended())
                .param("outcome", c.outcome() == null ? null : c.outcome().name())
                .param("reason", c.absenceReason())
                .param("notes", c.notes())
                .param("id", c.id())
                .param("version", change.before().version())
                .orElseThrow(stale);
        return find(c.id()).orElseThrow();
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
