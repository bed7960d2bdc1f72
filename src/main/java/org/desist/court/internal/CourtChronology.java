package org.desist.court.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
import org.desist.court.HearingType;
import org.desist.court.Outcome;
import org.desist.court.RemandOrBail;
import org.desist.court.ReportType;
import org.desist.court.SentenceType;
import org.desist.platform.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's court work for the chronology: each appearance with its outcome and the remand or bail
 * decision, each sentence, and each report to court requested and submitted.
 */
@Component
@Transactional(readOnly = true)
class CourtChronology implements ChronologySource {

    private final JdbcClient jdbc;
    private final Dates dates;

    CourtChronology(JdbcClient jdbc, Dates dates) {
        this.jdbc = jdbc;
        this.dates = dates;
    }

    @Override
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        UUID childId = child.id();
        String tab = "/children/" + childId + "/court";
        List<ChronologyEntry> entries = new ArrayList<>(jdbc.sql("""
                        select id, appearance_date, court_name, hearing_type, outcome, outcome_detail,
                               next_hearing_date, remand_or_bail, created_by
                          from court_appearance where child_id = :child order by appearance_date, created_at
                        """)
                .param("child", childId)
                .query((rs, n) -> {
                    StringBuilder detail = new StringBuilder(
                            Outcome.valueOf(rs.getString("outcome")).label());
                    String remand = rs.getString("remand_or_bail");
                    if (remand != null) {
                        detail.append(": ")
                                .append(RemandOrBail.valueOf(remand).label().toLowerCase());
                    }
                    String more = rs.getString("outcome_detail");
                    if (more != null && !more.isBlank()) {
                        detail.append(". ").append(more.trim());
                    }
                    LocalDate next = rs.getObject("next_hearing_date", LocalDate.class);
                    if (next != null) {
                        detail.append(". Next hearing ").append(dates.date(next));
                    }
                    return new ChronologyEntry(
                            rs.getObject("appearance_date", LocalDate.class),
                            ChronologyType.COURT,
                            HearingType.valueOf(rs.getString("hearing_type")).label() + " at "
                                    + rs.getString("court_name"),
                            detail.toString(),
                            rs.getString("created_by"),
                            tab,
                            rs.getObject("id", UUID.class));
                })
                .list());
        entries.addAll(jdbc.sql("""
                        select id, made_on, type, end_date, without_report, created_by
                          from court_sentence where child_id = :child order by made_on, created_at
                        """)
                .param("child", childId)
                .query((rs, n) -> {
                    LocalDate end = rs.getObject("end_date", LocalDate.class);
                    String detail = (end == null ? "" : "Ends " + dates.date(end) + ". ")
                            + (rs.getBoolean("without_report") ? "Sentenced without a pre-sentence report." : "");
                    return new ChronologyEntry(
                            rs.getObject("made_on", LocalDate.class),
                            ChronologyType.COURT,
                            "Sentenced: "
                                    + SentenceType.valueOf(rs.getString("type")).label(),
                            detail.isBlank() ? null : detail.trim(),
                            rs.getString("created_by"),
                            tab,
                            rs.getObject("id", UUID.class));
                })
                .list());
        jdbc.sql("""
                        select id, type, requested_on, due_date, status, submitted_on, created_by, updated_by
                          from court_report where child_id = :child order by requested_on, created_at
                        """)
                .param("child", childId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String type = ReportType.valueOf(rs.getString("type")).label();
                    String href = "/court-reports/" + id;
                    List<ChronologyEntry> report = new ArrayList<>();
                    report.add(new ChronologyEntry(
                            rs.getObject("requested_on", LocalDate.class),
                            ChronologyType.COURT,
                            type + " requested",
                            "Due " + dates.date(rs.getObject("due_date", LocalDate.class)),
                            rs.getString("created_by"),
                            href,
                            id));
                    LocalDate submitted = rs.getObject("submitted_on", LocalDate.class);
                    if (submitted != null && "SUBMITTED".equals(rs.getString("status"))) {
                        report.add(new ChronologyEntry(
                                submitted,
                                ChronologyType.COURT,
                                type + " submitted to court",
                                null,
                                rs.getString("updated_by"),
                                href,
                                id));
                    }
                    return report;
                })
                .list()
                .forEach(entries::addAll);
        return entries;
    }
}
