package org.desist.offence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.offence.GravityScale;
import org.desist.offence.GravityScore;
import org.desist.offence.Offence;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Plea;
import org.desist.platform.Change;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of an offence's SQL: an offence is recorded once (the number of its victims is the victim module's). */
@Repository
public class OffenceRepository {

    private static final String SELECT = "select o.* from offence o";

    private final JdbcClient jdbc;

    OffenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Offence> find(UUID id) {
        return jdbc.sql(SELECT + " where o.id = :id")
                .param("id", id)
                .query(OffenceRepository::offence)
                .optional();
    }

    /** The child's offences, newest first. */
    public List<Offence> ofChild(UUID childId) {
        return jdbc.sql(SELECT + " where o.child_id = :child order by o.offence_date desc")
                .param("child", childId)
                .query(OffenceRepository::offence)
                .list();
    }

    public boolean isOffenceOf(UUID offenceId, UUID childId) {
        return jdbc.sql("select count(*) from offence where id = :id and child_id = :child")
                        .param("id", offenceId)
                        .param("child", childId)
                        .query(Long.class)
                        .single()
                == 1;
    }

    /** A new offence (its change's {@code after}), as saved. */
    public Offence insert(Change<Offence> created, String createdBy) {
        Offence o = created.after();
        jdbc.sql("""
                        insert into offence (id, service_id, child_id, offence_date, description, category, plea, co_accused,
                            serious_youth_violence, weapon, gravity_scale, gravity_score, gravity_adjustment,
                            gravity_rationale, created_at, created_by)
                        values (:id, :service, :child, :date, :description, :category, :plea, :coAccused, :syv, :weapon,
                            :scale, :score, :adjustment, :rationale, now(), :by)
                        """)
                .param("id", o.id())
                .param("service", o.serviceId())
                .param("child", o.childId())
                .param("date", o.offenceDate())
                .param("description", o.description())
                .param("category", o.category().name())
                .param("plea", o.plea().name())
                .param("coAccused", o.coAccused())
                .param("syv", o.seriousYouthViolence())
                .param("weapon", o.weapon())
                .param("scale", o.gravity().scale().name())
                .param("score", o.gravity().score())
                .param("adjustment", o.gravity().adjustment())
                .param("rationale", o.gravity().rationale())
                .param("by", createdBy)
                .update();
        return find(o.id()).orElseThrow();
    }

    private static Offence offence(ResultSet rs, int row) throws SQLException {
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
                0);
    }
}
