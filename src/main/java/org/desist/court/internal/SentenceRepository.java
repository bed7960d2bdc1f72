package org.desist.court.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.court.Sentence;
import org.desist.court.SentenceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of the SQL of sentences ({@code court_sentence}): recorded once, never edited, so no versioned save. */
@Repository
public class SentenceRepository {

    private final JdbcClient jdbc;

    SentenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The child's sentences, latest first. */
    public List<Sentence> ofChild(UUID childId) {
        return jdbc.sql("select * from court_sentence where child_id = :child order by made_on desc, created_at desc")
                .param("child", childId)
                .query((rs, n) -> new Sentence(
                        rs.getObject("id", UUID.class),
                        rs.getObject("appearance_id", UUID.class),
                        rs.getObject("child_id", UUID.class),
                        SentenceType.valueOf(rs.getString("type")),
                        rs.getObject("made_on", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getObject("intervention_id", UUID.class),
                        rs.getObject("case_manager_id", UUID.class),
                        rs.getBoolean("without_report")))
                .list();
    }

    public Sentence insert(Sentence s, String by) {
        jdbc.sql("""
                        insert into court_sentence (id, appearance_id, child_id, type, made_on, end_date, intervention_id,
                            case_manager_id, without_report, created_at, created_by)
                        values (:id, :appearance, :child, :type, :made, :end, :intervention, :cm, :without, now(), :by)
                        """)
                .param("id", s.id())
                .param("appearance", s.appearanceId())
                .param("child", s.childId())
                .param("type", s.type().name())
                .param("made", s.madeOn())
                .param("end", s.endDate())
                .param("intervention", s.interventionId())
                .param("cm", s.caseManagerId())
                .param("without", s.withoutReport())
                .param("by", by)
                .update();
        return ofChild(s.childId()).stream()
                .filter(x -> x.id().equals(s.id()))
                .findFirst()
                .orElseThrow();
    }
}
