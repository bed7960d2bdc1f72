package org.desist.jointworking.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The shared case with children's social care, for the chronology: role agreements and joint meetings before
 * closure (meetings), joint home visits (contacts). The chronology has no social-care type of its own (yet).
 */
@Component
class SharedCaseChronology implements ChronologySource {

    private final JdbcClient jdbc;

    SharedCaseChronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        UUID childId = child.id();
        String tab = "/children/" + childId + "/social-care#shared-case";
        List<ChronologyEntry> entries = new ArrayList<>();
        entries.addAll(jdbc.sql("""
                        select id, agreed_on, yos_worker, social_worker, personal_adviser, lead_professional,
                               lead_professional_other, recorded_by
                          from role_agreement where child_id = :child order by agreed_on
                        """)
                .param("child", childId)
                .query((rs, n) -> new ChronologyEntry(
                        rs.getObject("agreed_on", LocalDate.class),
                        ChronologyType.PANEL,
                        "Role agreement with children's social care",
                        "Agreed by "
                                + String.join(
                                        ", ",
                                        java.util.stream.Stream.of(
                                                        rs.getString("yos_worker"),
                                                        rs.getString("social_worker"),
                                                        rs.getString("personal_adviser"))
                                                .filter(java.util.Objects::nonNull)
                                                .toList())
                                + "; lead professional: "
                                + ("OTHER".equals(rs.getString("lead_professional"))
                                        ? rs.getString("lead_professional_other")
                                        : org.desist.jointworking.LeadProfessional.valueOf(
                                                        rs.getString("lead_professional"))
                                                .label()
                                                .toLowerCase()),
                        rs.getString("recorded_by"),
                        tab,
                        rs.getObject("id", UUID.class)))
                .list());
        entries.addAll(jdbc.sql("""
                        select id, visited_on, yos_attendees, social_care_attendees, recorded_by
                          from joint_home_visit where child_id = :child order by visited_on
                        """)
                .param("child", childId)
                .query((rs, n) -> new ChronologyEntry(
                        rs.getObject("visited_on", LocalDate.class),
                        ChronologyType.CONTACT,
                        "Joint home visit with children's social care",
                        "YOS: " + rs.getString("yos_attendees") + "; children's social care: "
                                + rs.getString("social_care_attendees"),
                        rs.getString("recorded_by"),
                        tab,
                        rs.getObject("id", UUID.class)))
                .list());
        entries.addAll(jdbc.sql("""
                        select id, met_on, attendees, outcome, recorded_by
                          from joint_closure_meeting where child_id = :child order by met_on
                        """)
                .param("child", childId)
                .query((rs, n) -> new ChronologyEntry(
                        rs.getObject("met_on", LocalDate.class),
                        ChronologyType.PANEL,
                        "Joint meeting with children's social care before closure",
                        rs.getString("outcome"),
                        rs.getString("recorded_by"),
                        tab,
                        rs.getObject("id", UUID.class)))
                .list());
        return entries;
    }
}
