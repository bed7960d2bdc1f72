package org.desist.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.assessment.Classification;
import org.desist.assessment.Lens;
import org.desist.child.AccessibleChild;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's assessments for the chronology: each submitted and countersigned, and every change of a
 * safety-and-wellbeing or risk-of-serious-harm classification, from → to (YJB case management guidance: a change of
 * classification is itself an event). Drafts are not events.
 */
@Component
@Transactional(readOnly = true)
class AssessmentChronology implements ChronologySource {

    private final JdbcClient jdbc;
    private final Interventions interventions;

    AssessmentChronology(JdbcClient jdbc, Interventions interventions) {
        this.jdbc = jdbc;
        this.interventions = interventions;
    }

    @Override
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        UUID childId = child.id();
        List<ChronologyEntry> entries = new ArrayList<>();
        Map<UUID, InterventionType> types = interventions.typesOfChild(child);
        jdbc.sql("""
                        select a.id, a.intervention_id, a.submitted_on, a.submitted_by, a.countersignature_required,
                               a.countersigned_on, a.countersigned_by
                          from assessment a
                         where a.child_id = :child and a.submitted_on is not null
                         order by a.submitted_on, a.created_at
                        """)
                .param("child", childId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String href = "/interventions/" + rs.getObject("intervention_id", UUID.class) + "/assessment";
                    String of = "Assessment of the "
                            + types.get(rs.getObject("intervention_id", UUID.class))
                                    .label()
                                    .toLowerCase();
                    LocalDate countersigned = rs.getObject("countersigned_on", LocalDate.class);
                    List<ChronologyEntry> assessment = new ArrayList<>();
                    assessment.add(new ChronologyEntry(
                            rs.getObject("submitted_on", LocalDate.class),
                            ChronologyType.ASSESSMENT,
                            "Assessment submitted",
                            of
                                    + (rs.getBoolean("countersignature_required") && countersigned == null
                                            ? ". Awaiting a manager's countersignature"
                                            : ""),
                            rs.getString("submitted_by"),
                            href,
                            id));
                    if (countersigned != null) {
                        assessment.add(new ChronologyEntry(
                                countersigned,
                                ChronologyType.ASSESSMENT,
                                "Assessment countersigned",
                                of,
                                rs.getString("countersigned_by"),
                                href,
                                id));
                    }
                    return assessment;
                })
                .list()
                .forEach(entries::addAll);
        entries.addAll(jdbc.sql("""
                        select c.assessment_id, c.intervention_id, c.lens, c.from_value, c.to_value, c.changed_on,
                               c.changed_by
                          from assessment_classification_change c
                         where c.child_id = :child order by c.changed_at, c.id
                        """)
                .param("child", childId)
                .query((rs, n) -> {
                    Lens lens = Lens.valueOf(rs.getString("lens"));
                    String from = rs.getString("from_value");
                    Classification to = Classification.valueOf(rs.getString("to_value"));
                    return new ChronologyEntry(
                            rs.getObject("changed_on", LocalDate.class),
                            ChronologyType.ASSESSMENT,
                            lens.label() + ": "
                                    + (from == null
                                            ? to.label()
                                            : Classification.valueOf(from).label() + " → " + to.label()),
                            from == null ? "First classification" : "Classification changed",
                            rs.getString("changed_by"),
                            "/interventions/" + rs.getObject("intervention_id", UUID.class) + "/assessment",
                            rs.getObject("assessment_id", UUID.class));
                })
                .list());
        return entries;
    }
}
