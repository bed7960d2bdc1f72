package org.desist.outofcourt.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
import org.desist.outofcourt.OutOfCourtDisposals;
import org.desist.outofcourt.Outcome;
import org.desist.platform.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's police referrals for the chronology: each referral received, the screening, the joint
 * decision-making panel's decision (by its local name), a withdrawal, and how the disposal ended.
 */
@Component
@Transactional(readOnly = true)
class OutOfCourtChronology implements ChronologySource {

    private final JdbcClient jdbc;
    private final Dates dates;
    private final OutOfCourtDisposals disposals;

    OutOfCourtChronology(JdbcClient jdbc, OutOfCourtDisposals disposals, Dates dates) {
        this.jdbc = jdbc;
        this.dates = dates;
        this.disposals = disposals;
    }

    @Override
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        UUID childId = child.id();
        List<List<ChronologyEntry>> perReferral = jdbc.sql("""
                        select id, referral_date, police_reference, bail_date, screened_on, panel_date,
                               yos_recommendation, decision, rationale, withdrawn_on, withdrawn_reason,
                               delivery_ended_on, delivery_result, non_compliance, created_by
                          from oocd_referral where child_id = :child order by referral_date, created_at
                        """)
                .param("child", childId)
                .query((rs, n) -> entries(rs))
                .list();
        return perReferral.stream().flatMap(List::stream).toList();
    }

    private List<ChronologyEntry> entries(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String href = "/out-of-court/" + id;
        // Only the referral records who entered it; later steps are in the audit trail, not the row.
        String by = rs.getString("created_by");
        List<ChronologyEntry> entries = new ArrayList<>();
        LocalDate bail = rs.getObject("bail_date", LocalDate.class);
        entries.add(new ChronologyEntry(
                rs.getObject("referral_date", LocalDate.class),
                ChronologyType.DECISION,
                "Police referral received",
                "Police reference " + rs.getString("police_reference")
                        + (bail == null ? "" : ". Bail-back date " + dates.date(bail)),
                by,
                href,
                id));
        LocalDate screened = rs.getObject("screened_on", LocalDate.class);
        if (screened != null) {
            entries.add(new ChronologyEntry(
                    screened, ChronologyType.DECISION, "Out-of-court assessment completed", null, null, href, id));
        }
        LocalDate panel = rs.getObject("panel_date", LocalDate.class);
        String decision = rs.getString("decision");
        if (panel != null && decision != null) {
            String recommended = rs.getString("yos_recommendation");
            entries.add(new ChronologyEntry(
                    panel,
                    ChronologyType.DECISION,
                    "Joint decision-making panel: " + disposals.name(Outcome.valueOf(decision)),
                    (recommended == null || recommended.equals(decision)
                                    ? ""
                                    : "The YOS recommended " + disposals.name(Outcome.valueOf(recommended)) + ". ")
                            + rs.getString("rationale"),
                    null,
                    href,
                    id));
        }
        LocalDate withdrawn = rs.getObject("withdrawn_on", LocalDate.class);
        if (withdrawn != null) {
            entries.add(new ChronologyEntry(
                    withdrawn,
                    ChronologyType.DECISION,
                    "Police referral withdrawn",
                    rs.getString("withdrawn_reason"),
                    null,
                    href,
                    id));
        }
        LocalDate ended = rs.getObject("delivery_ended_on", LocalDate.class);
        if (ended != null) {
            boolean completed = "COMPLETED".equals(rs.getString("delivery_result"));
            entries.add(new ChronologyEntry(
                    ended,
                    ChronologyType.DECISION,
                    completed ? "Out-of-court disposal completed" : "Out-of-court disposal not complied with",
                    completed ? null : rs.getString("non_compliance"),
                    null,
                    href,
                    id));
        }
        return entries;
    }
}
