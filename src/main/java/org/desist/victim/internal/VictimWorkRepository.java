package org.desist.victim.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.desist.platform.Change;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.desist.victim.Victim;
import org.desist.victim.VictimConsent;
import org.desist.victim.VictimContact;
import org.desist.victim.VictimOffer;
import org.desist.victim.VictimSupportReferral;
import org.desist.victim.VictimUpdate;
import org.desist.victim.VictimWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All of the SQL of a victim's work: the {@code victim} row (versioned: the aggregate's version) and the rows its
 * changes add ({@code victim_offence}, {@code victim_contact}, {@code victim_consent}, {@code victim_offer},
 * {@code victim_support_referral}, {@code victim_update}), written in the same transaction after the versioned update.
 */
@Repository
public class VictimWorkRepository {

    private final JdbcClient jdbc;

    VictimWorkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One victim's work, whatever its service: the caller scopes it. */
    public Optional<VictimWork> find(UUID victimId) {
        return load(jdbc.sql("select * from victim where id = :id")
                        .param("id", victimId)
                        .query((rs, n) -> row(rs))
                        .list())
                .stream()
                .findFirst();
    }

    /** The open victims allocated to {@code workerId} in these services, oldest recorded first. */
    public List<VictimWork> openOfWorker(UUID workerId, Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return load(jdbc.sql("""
                        select * from victim where worker_id = :worker and service_id in (:services)
                           and closed_on is null order by created_at
                        """)
                .param("worker", workerId)
                .param("services", serviceIds)
                .query((rs, n) -> row(rs))
                .list());
    }

    /** All the victims of these services (open first, then closed), oldest recorded first. */
    public List<VictimWork> ofServices(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return load(jdbc.sql("""
                        select * from victim where service_id in (:services)
                         order by closed_on is not null, created_at
                        """)
                .param("services", serviceIds)
                .query((rs, n) -> row(rs))
                .list());
    }

    /** Takes the victim's row lock at the version the person saw (stale when someone saved since). */
    public void lock(UUID victimId, long version, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.lock(jdbc, "victim", victimId, version, stale);
    }

    /** The one versioned update of the victim, then the rows the change added; returns the work as saved. */
    public VictimWork save(Change<VictimWork> change, String by, Supplier<? extends StaleRecordException> stale) {
        VictimWork before = change.before();
        VictimWork w = change.after();
        VersionedUpdate.of(jdbc, """
                        update victim set worker_id = :worker, wishes = :wishes, consents_to_contact = :consents,
                               needs = :needs, shared_wishes = :shared, panel_availability = :availability,
                               wants_updates = :updates, vlu_referred_on = :vluOn, vlu_referral_note = :vluNote,
                               closed_on = :closedOn, closure_reason = :closure, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("worker", w.workerId())
                .param("wishes", w.victim().wishes())
                .param("consents", w.victim().consentsToContact())
                .param("needs", w.needs())
                .param("shared", w.sharedWishes())
                .param("availability", w.panelAvailability())
                .param("updates", w.wantsUpdates())
                .param("vluOn", w.vluReferredOn())
                .param("vluNote", w.vluReferralNote())
                .param("closedOn", w.closedOn())
                .param("closure", w.closureReason())
                .param("id", w.id())
                .param("version", before.version())
                .orElseThrow(stale);
        insertAdded(before, w, by);
        return find(w.id()).orElseThrow();
    }

    private void insertAdded(VictimWork before, VictimWork w, String by) {
        for (UUID offence : w.offenceIds()) {
            if (!before.offenceIds().contains(offence)) {
                jdbc.sql("insert into victim_offence (victim_id, offence_id) values (:victim, :offence)")
                        .param("victim", w.id())
                        .param("offence", offence)
                        .update();
            }
        }
        Set<UUID> had = ids(before.contacts(), VictimContact::id);
        for (VictimContact c : w.contacts()) {
            if (had.add(c.id())) {
                jdbc.sql("""
                                insert into victim_contact (id, victim_id, service_id, occurred_at, method, with_whom,
                                       made, outcome, reason, recorded_at, recorded_by)
                                values (:id, :victim, :service, :at, :method, :with, :made, :outcome, :reason, now(),
                                        :by)
                                """)
                        .param("id", c.id())
                        .param("victim", w.id())
                        .param("service", w.serviceId())
                        .param("at", OffsetDateTime.ofInstant(c.occurredAt(), java.time.ZoneOffset.UTC))
                        .param("method", c.method().name())
                        .param("with", c.withWhom().name())
                        .param("made", c.made())
                        .param("outcome", c.outcome())
                        .param(
                                "reason",
                                c.reason() == null || c.reason().isBlank()
                                        ? null
                                        : c.reason().strip())
                        .param("by", by)
                        .update();
            }
        }
        had = ids(before.consents(), VictimConsent::id);
        for (VictimConsent c : w.consents()) {
            if (had.add(c.id())) {
                jdbc.sql("""
                                insert into victim_consent (id, victim_id, service_id, subject, decision, decided_on,
                                       lawful_basis, note, recorded_at, recorded_by)
                                values (:id, :victim, :service, :subject, :decision, :on, :basis, :note, now(), :by)
                                """)
                        .param("id", c.id())
                        .param("victim", w.id())
                        .param("service", w.serviceId())
                        .param("subject", c.subject().name())
                        .param("decision", c.decision().name())
                        .param("on", c.decidedOn())
                        .param("basis", c.lawfulBasis().name())
                        .param("note", c.note())
                        .param("by", by)
                        .update();
            }
        }
        had = ids(before.offers(), VictimOffer::id);
        for (VictimOffer o : w.offers()) {
            if (had.add(o.id())) {
                jdbc.sql("""
                                insert into victim_offer (id, victim_id, service_id, offer, offered_on, response,
                                       recorded_at, recorded_by)
                                values (:id, :victim, :service, :offer, :on, :response, now(), :by)
                                """)
                        .param("id", o.id())
                        .param("victim", w.id())
                        .param("service", w.serviceId())
                        .param("offer", o.offer().name())
                        .param("on", o.offeredOn())
                        .param(
                                "response",
                                o.response() == null ? null : o.response().name())
                        .param("by", by)
                        .update();
            }
        }
        had = ids(before.supportReferrals(), VictimSupportReferral::id);
        for (VictimSupportReferral r : w.supportReferrals()) {
            if (had.add(r.id())) {
                jdbc.sql("""
                                insert into victim_support_referral (id, victim_id, service_id, service, referred_on,
                                       note, recorded_at, recorded_by)
                                values (:id, :victim, :service, :name, :on, :note, now(), :by)
                                """)
                        .param("id", r.id())
                        .param("victim", w.id())
                        .param("service", w.serviceId())
                        .param("name", r.service())
                        .param("on", r.referredOn())
                        .param("note", r.note())
                        .param("by", by)
                        .update();
            }
        }
        had = ids(before.updates(), VictimUpdate::id);
        for (VictimUpdate u : w.updates()) {
            if (had.add(u.id())) {
                jdbc.sql("""
                                insert into victim_update (id, victim_id, service_id, key_point, given_on, note,
                                       recorded_at, recorded_by)
                                values (:id, :victim, :service, :point, :on, :note, now(), :by)
                                """)
                        .param("id", u.id())
                        .param("victim", w.id())
                        .param("service", w.serviceId())
                        .param("point", u.keyPoint().name())
                        .param("on", u.givenOn())
                        .param("note", u.note())
                        .param("by", by)
                        .update();
            }
        }
    }

    private static <T> Set<UUID> ids(List<T> items, Function<T, UUID> id) {
        return items.stream().map(id).collect(Collectors.toCollection(HashSet::new));
    }

    /** The victim row, before its parts are loaded. */
    private record Row(
            Victim victim,
            UUID serviceId,
            UUID childId,
            LocalDate recordedOn,
            UUID workerId,
            String needs,
            String sharedWishes,
            String panelAvailability,
            boolean wantsUpdates,
            LocalDate vluReferredOn,
            String vluReferralNote,
            LocalDate closedOn,
            String closureReason,
            long version) {}

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                new Victim(
                        rs.getObject("id", UUID.class),
                        rs.getObject("offence_id", UUID.class),
                        Victim.Kind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("contact"),
                        rs.getString("wishes"),
                        rs.getBoolean("consents_to_contact")),
                rs.getObject("service_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class)
                        .atZoneSameInstant(org.desist.platform.Clocks.UK)
                        .toLocalDate(),
                rs.getObject("worker_id", UUID.class),
                rs.getString("needs"),
                rs.getString("shared_wishes"),
                rs.getString("panel_availability"),
                rs.getBoolean("wants_updates"),
                rs.getObject("vlu_referred_on", LocalDate.class),
                rs.getString("vlu_referral_note"),
                rs.getObject("closed_on", LocalDate.class),
                rs.getString("closure_reason"),
                rs.getLong("version"));
    }

    private List<VictimWork> load(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> r.victim().id()).toList();
        Map<UUID, List<UUID>> offences = jdbc
                .sql("""
                        select victim_id, offence_id from victim_offence where victim_id in (:ids)
                        """)
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, List<VictimContact>> contacts = parts(
                "select * from victim_contact where victim_id in (:ids) order by occurred_at, recorded_at",
                ids,
                VictimWorkRows::contact);
        Map<UUID, List<VictimConsent>> consents = parts(
                "select * from victim_consent where victim_id in (:ids) order by decided_on, recorded_at",
                ids,
                VictimWorkRows::consent);
        Map<UUID, List<VictimOffer>> offers = parts(
                "select * from victim_offer where victim_id in (:ids) order by offered_on, recorded_at",
                ids,
                VictimWorkRows::offer);
        Map<UUID, List<VictimSupportReferral>> referrals = parts(
                "select * from victim_support_referral where victim_id in (:ids) order by referred_on, recorded_at",
                ids,
                VictimWorkRows::referral);
        Map<UUID, List<VictimUpdate>> updates = parts(
                "select * from victim_update where victim_id in (:ids) order by given_on, recorded_at",
                ids,
                VictimWorkRows::update);
        return rows.stream()
                .map(r -> {
                    UUID id = r.victim().id();
                    return new VictimWork(
                            r.victim(),
                            r.serviceId(),
                            r.childId(),
                            r.recordedOn(),
                            offences.getOrDefault(id, List.of(r.victim().offenceId())),
                            r.workerId(),
                            r.needs(),
                            r.sharedWishes(),
                            r.panelAvailability(),
                            r.wantsUpdates(),
                            r.vluReferredOn(),
                            r.vluReferralNote(),
                            r.closedOn(),
                            r.closureReason(),
                            contacts.getOrDefault(id, List.of()),
                            consents.getOrDefault(id, List.of()),
                            offers.getOrDefault(id, List.of()),
                            referrals.getOrDefault(id, List.of()),
                            updates.getOrDefault(id, List.of()),
                            r.version());
                })
                .toList();
    }

    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> Map<UUID, List<T>> parts(String sql, List<UUID> ids, Mapper<T> mapper) {
        return jdbc
                .sql(sql)
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject("victim_id", UUID.class), mapper.map(rs)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
