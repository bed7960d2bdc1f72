package org.desist.appropriateadult.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.desist.appropriateadult.CallOut;
import org.desist.platform.Change;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of the SQL of call-outs ({@code aa_call_out}, versioned). */
@Repository
public class CallOutRepository {

    private final JdbcClient jdbc;

    CallOutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Not scoped: the service checks the call-out's service. */
    public Optional<CallOut> find(UUID id) {
        return jdbc.sql("select * from aa_call_out where id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** The services' call-outs requested from {@code from} (inclusive) until {@code to} (exclusive), newest first. */
    public List<CallOut> ofServices(Collection<UUID> serviceIds, Instant from, Instant to) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from aa_call_out
                         where service_id in (:services) and requested_at >= :from and requested_at < :to
                         order by requested_at desc
                        """)
                .param("services", serviceIds)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> map(rs))
                .list();
    }

    /** A child's call-outs, oldest first (for the chronology). */
    public List<CallOut> ofChild(UUID childId) {
        return jdbc.sql("select * from aa_call_out where child_id = :child order by requested_at")
                .param("child", childId)
                .query((rs, n) -> map(rs))
                .list();
    }

    /** The custody suites the service's call-outs name, most used first (the list the coordinator picks from). */
    public List<String> custodySuites(UUID serviceId) {
        return jdbc.sql("""
                        select custody_suite from aa_call_out where service_id = :service
                         group by custody_suite order by count(*) desc, custody_suite
                        """).param("service", serviceId).query(String.class).list();
    }

    public CallOut insert(Change<CallOut> change, String by) {
        CallOut c = change.after();
        jdbc.sql("""
                        insert into aa_call_out (id, service_id, custody_suite, requested_at, child_id, child_name,
                               child_date_of_birth, attendee_user_id, attendee_name, off_rota_reason, created_by,
                               updated_by)
                        values (:id, :service, :suite, :requestedAt, :child, :childName, :dob, :attendee,
                                :attendeeName, :offRota, :by, :by)
                        """)
                .param("id", c.id())
                .param("service", c.serviceId())
                .param("suite", c.custodySuite())
                .param("requestedAt", Timestamp.from(c.requestedAt()))
                .param("child", c.childId())
                .param("childName", c.childName())
                .param("dob", c.childDateOfBirth())
                .param("attendee", c.attendeeUserId())
                .param("attendeeName", c.attendeeName())
                .param("offRota", c.offRotaReason())
                .param("by", by)
                .update();
        return find(c.id()).orElseThrow();
    }

    /** Takes the call-out's row lock at the version the person saw (stale when someone saved since). */
    public void lock(UUID id, long version, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.lock(jdbc, "aa_call_out", id, version, stale);
    }

    /** The one versioned update: writes the call-out as changed, if nobody saved it since; returns it as saved. */
    public CallOut save(Change<CallOut> change, String by, Supplier<? extends StaleRecordException> stale) {
        CallOut c = change.after();
        VersionedUpdate.of(jdbc, """
                        update aa_call_out set custody_suite = :suite, requested_at = :requestedAt, child_id = :child,
                               child_name = :childName, child_date_of_birth = :dob, attendee_user_id = :attendee,
                               attendee_name = :attendeeName, off_rota_reason = :offRota, arrived_at = :arrivedAt,
                               left_at = :leftAt, procedures = :procedures, outcome = :outcome,
                               kept_overnight = :overnight, accommodation_requested = :asked,
                               accommodation_provided = :provided, accommodation_reason = :reason,
                               linked_record_id = :linked, updated_at = now(), updated_by = :by,
                               version = version + 1
                         where id = :id and version = :version
                        """)
                .param("suite", c.custodySuite())
                .param("requestedAt", Timestamp.from(c.requestedAt()))
                .param("child", c.childId())
                .param("childName", c.childName())
                .param("dob", c.childDateOfBirth())
                .param("attendee", c.attendeeUserId())
                .param("attendeeName", c.attendeeName())
                .param("offRota", c.offRotaReason())
                .param("arrivedAt", c.arrivedAt() == null ? null : Timestamp.from(c.arrivedAt()))
                .param("leftAt", c.leftAt() == null ? null : Timestamp.from(c.leftAt()))
                .param(
                        "procedures",
                        c.procedures().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("outcome", c.outcome() == null ? null : c.outcome().name())
                .param("overnight", c.keptOvernight())
                .param("asked", c.accommodationRequested())
                .param("provided", c.accommodationProvided())
                .param("reason", c.accommodationReason())
                .param("linked", c.linkedRecordId())
                .param("by", by)
                .param("id", c.id())
                .param("version", change.before().version())
                .orElseThrow(stale);
        return find(c.id()).orElseThrow();
    }

    private static CallOut map(ResultSet rs) throws SQLException {
        String procedures = rs.getString("procedures");
        Set<CallOut.Procedure> attended = procedures == null || procedures.isBlank()
                ? Set.of()
                : Arrays.stream(procedures.split(","))
                        .map(CallOut.Procedure::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(CallOut.Procedure.class)));
        String outcome = rs.getString("outcome");
        return new CallOut(
                rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getString("custody_suite"),
                instant(rs, "requested_at"),
                rs.getObject("child_id", UUID.class),
                rs.getString("child_name"),
                rs.getObject("child_date_of_birth", LocalDate.class),
                rs.getObject("attendee_user_id", UUID.class),
                rs.getString("attendee_name"),
                rs.getString("off_rota_reason"),
                instant(rs, "arrived_at"),
                instant(rs, "left_at"),
                attended,
                outcome == null ? null : CallOut.Outcome.valueOf(outcome),
                (Boolean) rs.getObject("kept_overnight"),
                (Boolean) rs.getObject("accommodation_requested"),
                (Boolean) rs.getObject("accommodation_provided"),
                rs.getString("accommodation_reason"),
                rs.getObject("linked_record_id", UUID.class),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
