package org.desist.victim.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.desist.victim.VictimConsent;
import org.desist.victim.VictimContact;
import org.desist.victim.VictimOffer;
import org.desist.victim.VictimSupportReferral;
import org.desist.victim.VictimUpdate;

/** The rows a victim's work adds, read back as its parts (the SQL stays in {@link VictimWorkRepository}). */
final class VictimWorkRows {

    private VictimWorkRows() {}

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static VictimContact contact(ResultSet rs) throws SQLException {
        return new VictimContact(
                rs.getObject("id", UUID.class),
                instant(rs, "occurred_at"),
                VictimContact.Method.valueOf(rs.getString("method")),
                VictimContact.With.valueOf(rs.getString("with_whom")),
                rs.getBoolean("made"),
                rs.getString("outcome"),
                rs.getString("reason"),
                instant(rs, "recorded_at"),
                rs.getString("recorded_by"));
    }

    static VictimConsent consent(ResultSet rs) throws SQLException {
        return new VictimConsent(
                rs.getObject("id", UUID.class),
                VictimConsent.Subject.valueOf(rs.getString("subject")),
                VictimConsent.Decision.valueOf(rs.getString("decision")),
                rs.getObject("decided_on", LocalDate.class),
                VictimConsent.LawfulBasis.valueOf(rs.getString("lawful_basis")),
                rs.getString("note"),
                instant(rs, "recorded_at"),
                rs.getString("recorded_by"));
    }

    static VictimOffer offer(ResultSet rs) throws SQLException {
        String response = rs.getString("response");
        return new VictimOffer(
                rs.getObject("id", UUID.class),
                VictimOffer.Offer.valueOf(rs.getString("offer")),
                rs.getObject("offered_on", LocalDate.class),
                response == null ? null : VictimOffer.Response.valueOf(response),
                instant(rs, "recorded_at"),
                rs.getString("recorded_by"));
    }

    static VictimSupportReferral referral(ResultSet rs) throws SQLException {
        return new VictimSupportReferral(
                rs.getObject("id", UUID.class),
                rs.getString("service"),
                rs.getObject("referred_on", LocalDate.class),
                rs.getString("note"),
                instant(rs, "recorded_at"),
                rs.getString("recorded_by"));
    }

    static VictimUpdate update(ResultSet rs) throws SQLException {
        return new VictimUpdate(
                rs.getObject("id", UUID.class),
                VictimUpdate.KeyPoint.valueOf(rs.getString("key_point")),
                rs.getObject("given_on", LocalDate.class),
                rs.getString("note"),
                instant(rs, "recorded_at"),
                rs.getString("recorded_by"));
    }
}
