package org.desist.quality.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.quality.PublishedInspection;
import org.desist.quality.Rating;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Published inspections' rows; the figures are JSON objects keyed by the framework's numbers. */
@Repository
public class PublishedInspectionRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Rating>> RATINGS = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, BigDecimal>> FIGURES = new TypeReference<>() {};

    private final JdbcClient jdbc;

    PublishedInspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PublishedInspection insert(Change<PublishedInspection> change, String by) {
        PublishedInspection p = change.after();
        jdbc.sql("""
                        insert into published_inspection (id, service_id, framework_id, title, published_on, report_url,
                               organisational, key_questions, published_standards, published_overall, created_by,
                               updated_by)
                        values (:id, :service, :framework, :title, :publishedOn, :url, cast(:organisational as jsonb),
                                cast(:keyQuestions as jsonb), cast(:published as jsonb), :overall, :by, :by)
                        """)
                .param("id", p.id())
                .param("service", p.serviceId())
                .param("framework", p.frameworkId())
                .param("title", p.title())
                .param("publishedOn", p.publishedOn())
                .param("url", p.reportUrl())
                .param("organisational", JSON.writeValueAsString(p.organisational()))
                .param("keyQuestions", JSON.writeValueAsString(p.keyQuestions()))
                .param("published", JSON.writeValueAsString(p.publishedStandards()))
                .param("overall", p.publishedOverall().name())
                .param("by", by)
                .update();
        return find(p.id()).orElseThrow();
    }

    public Optional<PublishedInspection> find(UUID id) {
        return jdbc.sql("select * from published_inspection where id = :id")
                .param("id", id)
                .query(PublishedInspectionRepository::map)
                .optional();
    }

    /** The services' inspections, newest first. */
    public List<PublishedInspection> ofServices(java.util.Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from published_inspection where service_id in (:services)
                         order by published_on desc, created_at desc
                        """)
                .param("services", serviceIds)
                .query(PublishedInspectionRepository::map)
                .list();
    }

    private static PublishedInspection map(ResultSet rs, int row) throws SQLException {
        Map<String, Rating> organisational = JSON.readValue(rs.getString("organisational"), RATINGS);
        Map<String, BigDecimal> figures = JSON.readValue(rs.getString("key_questions"), FIGURES);
        Map<String, Rating> published = JSON.readValue(rs.getString("published_standards"), RATINGS);
        return new PublishedInspection(
                rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getString("framework_id"),
                rs.getString("title"),
                rs.getObject("published_on", java.time.LocalDate.class),
                rs.getString("report_url"),
                organisational,
                figures,
                published,
                Rating.valueOf(rs.getString("published_overall")),
                rs.getLong("version"));
    }
}
