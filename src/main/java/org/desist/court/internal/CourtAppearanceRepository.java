package org.desist.court.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.court.CourtAppearance;
import org.desist.court.CourtKind;
import org.desist.court.EstablishmentType;
import org.desist.court.HearingType;
import org.desist.court.Outcome;
import org.desist.court.RemandOrBail;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All of the SQL of court appearances ({@code court_appearance}, its offences and the interventions it ended): find,
 * a child's, insert and the versioned save.
 */
@Repository
public class CourtAppearanceRepository {

    private final JdbcClient jdbc;

    CourtAppearanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Not audited, not scoped: the service checks the child. */
    public CourtAppearance find(UUID id) {
        return jdbc.sql("select * from court_appearance where id = :id")
                .param("id", id)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Court appearance"));
    }

    /** The child's appearances, newest first: three reads, whatever their number. */
    public List<CourtAppearance> ofChild(UUID childId) {
        List<CourtAppearance> rows = jdbc.sql(
                        "select * from court_appearance where child_id = :child order by appearance_date desc, created_at desc")
                .param("child", childId)
                .query((rs, n) -> map(rs, List.of(), List.of()))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<UUID>> offences = new HashMap<>();
        jdbc.sql("""
                        select o.appearance_id, o.offence_id from court_appearance_offence o
                          join court_appearance a on a.id = o.appearance_id
                         where a.child_id = :child""").param("child", childId).query(rs -> {
            offences.computeIfAbsent(rs.getObject("appearance_id", UUID.class), k -> new ArrayList<>())
                    .add(rs.getObject("offence_id", UUID.class));
        });
        Map<UUID, List<CourtAppearance.Ended>> ended = new HashMap<>();
        jdbc.sql("""
                        select e.appearance_id, e.intervention_id, e.summary from court_appearance_ended e
                          join court_appearance a on a.id = e.appearance_id
                         where a.child_id = :child""").param("child", childId).query(rs -> {
            ended.computeIfAbsent(rs.getObject("appearance_id", UUID.class), k -> new ArrayList<>())
                    .add(new CourtAppearance.Ended(
                            rs.getObject("intervention_id", UUID.class), rs.getString("summary")));
        });
        return rows.stream()
                .map(a -> withLists(a, offences.getOrDefault(a.id(), List.of()), ended.getOrDefault(a.id(), List.of())))
                .toList();
    }

    /** Takes the appearance's row lock at the version the person saw (stale when someone saved since). */
    public void lock(UUID id, long version, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.lock(jdbc, "court_appearance", id, version, stale);
    }

    public CourtAppearance insert(CourtAppearance a, String by) {
        jdbc.sql("""
                        insert into court_appearance (id, child_id, appearance_date, court_name, court_kind, hearing_type,
                            outcome, outcome_detail, next_hearing_date, information_to_court, created_at, created_by,
                            updated_at, updated_by)
                        values (:id, :child, :date, :court, :kind, :hearing, :outcome, :detail, :next, :info, now(), :by,
                            now(), :by)
                        """)
                .param("id", a.id())
                .param("child", a.childId())
                .param("date", a.appearanceDate())
                .param("court", a.courtName())
                .param("kind", a.courtKind().name())
                .param("hearing", a.hearingType().name())
                .param("outcome", a.outcome().name())
                .param("detail", a.outcomeDetail())
                .param("next", a.nextHearingDate())
                .param("info", a.informationToCourt())
                .param("by", by)
                .update();
        linkOffences(a.id(), a.offenceIds());
        return find(a.id());
    }

    /**
     * The one versioned update: writes the appearance's new state (and its offences), at the version the person saw;
     * returns it saved. Run it first in a save: its row lock makes a concurrent save wait, then find it stale.
     */
    public CourtAppearance save(
            Change<CourtAppearance> change, String by, Supplier<? extends StaleRecordException> stale) {
        CourtAppearance a = change.after();
        VersionedUpdate.of(jdbc, """
                        update court_appearance set appearance_date = :date, court_name = :court, court_kind = :kind,
                               hearing_type = :hearing, outcome = :outcome, outcome_detail = :detail,
                               next_hearing_date = :next, information_to_court = :info, remand_or_bail = :decision,
                               establishment_type = :type, establishment_name = :name, updated_at = now(),
                               updated_by = :by, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("date", a.appearanceDate())
                .param("court", a.courtName())
                .param("kind", a.courtKind().name())
                .param("hearing", a.hearingType().name())
                .param("outcome", a.outcome().name())
                .param("detail", a.outcomeDetail())
                .param("next", a.nextHearingDate())
                .param("info", a.informationToCourt())
                .param(
                        "decision",
                        a.remandOrBail() == null ? null : a.remandOrBail().name())
                .param(
                        "type",
                        a.establishmentType() == null
                                ? null
                                : a.establishmentType().name())
                .param("name", a.establishmentName())
                .param("by", by)
                .param("id", a.id())
                .param("version", change.before().version())
                .orElseThrow(stale);
        if (!new LinkedHashSet<>(a.offenceIds())
                .equals(new LinkedHashSet<>(change.before().offenceIds()))) {
            jdbc.sql("delete from court_appearance_offence where appearance_id = :id")
                    .param("id", a.id())
                    .update();
            linkOffences(a.id(), a.offenceIds());
        }
        return find(a.id());
    }

    /** In the same save as {@link #save}: the remand or bail support the decision started or continues. */
    public CourtAppearance linkRemandIntervention(
            CourtAppearance saved, UUID interventionId, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.sameSave(
                        jdbc,
                        "update court_appearance set remand_intervention_id = :intervention"
                                + " where id = :id and version = :version")
                .param("intervention", interventionId)
                .param("id", saved.id())
                .param("version", saved.version())
                .orElseThrow(stale);
        return find(saved.id());
    }

    /** The appearance ended an intervention (a remand or bail support); {@code summary} is what the record shows. */
    public void recordEnded(UUID appearanceId, UUID interventionId, String summary) {
        jdbc.sql("insert into court_appearance_ended (appearance_id, intervention_id, summary) values (:a, :i, :s)")
                .param("a", appearanceId)
                .param("i", interventionId)
                .param("s", summary)
                .update();
    }

    /** Whether a sentence or a report hangs on the appearance. */
    public boolean hasSentenceOrReport(UUID appearanceId) {
        return jdbc.sql("""
                                select (select count(*) from court_sentence where appearance_id = :id)
                                     + (select count(*) from court_report where appearance_id = :id)
                                """).param("id", appearanceId).query(Long.class).single() > 0;
    }

    /** The remands and bail support started at the child's other appearances (any status). */
    public List<UUID> remandInterventionsOfOtherAppearances(UUID childId, UUID exceptAppearance) {
        return jdbc.sql("""
                        select distinct remand_intervention_id from court_appearance
                         where child_id = :child and id <> :except and remand_intervention_id is not null
                        """)
                .param("child", childId)
                .param("except", exceptAppearance)
                .query(UUID.class)
                .list();
    }

    private void linkOffences(UUID appearanceId, List<UUID> offenceIds) {
        for (UUID offence : new LinkedHashSet<>(offenceIds)) {
            jdbc.sql("insert into court_appearance_offence (appearance_id, offence_id) values (:a, :o)")
                    .param("a", appearanceId)
                    .param("o", offence)
                    .update();
        }
    }

    private CourtAppearance map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return map(
                rs,
                jdbc.sql("select offence_id from court_appearance_offence where appearance_id = :id")
                        .param("id", id)
                        .query(UUID.class)
                        .list(),
                jdbc.sql("select intervention_id, summary from court_appearance_ended where appearance_id = :id")
                        .param("id", id)
                        .query((r, n) -> new CourtAppearance.Ended(
                                r.getObject("intervention_id", UUID.class), r.getString("summary")))
                        .list());
    }

    private static CourtAppearance map(ResultSet rs, List<UUID> offenceIds, List<CourtAppearance.Ended> ended)
            throws SQLException {
        String decision = rs.getString("remand_or_bail");
        String establishment = rs.getString("establishment_type");
        return new CourtAppearance(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("appearance_date", LocalDate.class),
                rs.getString("court_name"),
                CourtKind.valueOf(rs.getString("court_kind")),
                HearingType.valueOf(rs.getString("hearing_type")),
                offenceIds,
                Outcome.valueOf(rs.getString("outcome")),
                rs.getString("outcome_detail"),
                rs.getObject("next_hearing_date", LocalDate.class),
                rs.getString("information_to_court"),
                decision == null ? null : RemandOrBail.valueOf(decision),
                establishment == null ? null : EstablishmentType.valueOf(establishment),
                rs.getString("establishment_name"),
                rs.getObject("remand_intervention_id", UUID.class),
                ended,
                rs.getLong("version"));
    }

    private static CourtAppearance withLists(
            CourtAppearance a, List<UUID> offenceIds, List<CourtAppearance.Ended> ended) {
        return new CourtAppearance(
                a.id(),
                a.childId(),
                a.appearanceDate(),
                a.courtName(),
                a.courtKind(),
                a.hearingType(),
                List.copyOf(offenceIds),
                a.outcome(),
                a.outcomeDetail(),
                a.nextHearingDate(),
                a.informationToCourt(),
                a.remandOrBail(),
                a.establishmentType(),
                a.establishmentName(),
                a.remandInterventionId(),
                List.copyOf(ended),
                a.version());
    }
}
