package org.desist.intervention.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.InterventionType;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.desist.security.YouthJusticeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's interventions for the chronology: each referral received, start, reallocation to another case
 * manager, caretaking arrangement with a host service and closure.
 */
@Component
@Transactional(readOnly = true)
class InterventionChronology implements ChronologySource {

    private final JdbcClient jdbc;
    private final Directory directory;

    InterventionChronology(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    private record Row(
            UUID id,
            InterventionType type,
            LocalDate referredOn,
            LocalDate startDate,
            UUID hostServiceId,
            LocalDate caretakingFrom,
            LocalDate closedOn,
            String closureReason,
            String createdBy) {}

    private record Allocation(UUID interventionId, UUID caseManagerId, LocalDate on, String by, String reason) {}

    @Override
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        UUID childId = child.id();
        List<Row> rows = jdbc.sql("""
                        select id, type, referred_on, start_date, host_service_id, caretaking_from, closed_on,
                               closure_reason, created_by
                          from intervention where child_id = :child
                         order by coalesce(referred_on, start_date), created_at
                        """)
                .param("child", childId)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        InterventionType.valueOf(rs.getString("type")),
                        rs.getObject("referred_on", LocalDate.class),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("host_service_id", UUID.class),
                        rs.getObject("caretaking_from", LocalDate.class),
                        rs.getObject("closed_on", LocalDate.class),
                        rs.getString("closure_reason"),
                        rs.getString("created_by")))
                .list();
        Map<UUID, List<Allocation>> allocations = new HashMap<>();
        jdbc.sql("""
                        select a.intervention_id, a.case_manager_id, a.allocated_on, a.allocated_by, a.reason
                          from intervention_allocation a join intervention i on i.id = a.intervention_id
                         where i.child_id = :child order by a.allocated_at, a.allocated_on
                        """)
                .param("child", childId)
                .query((rs, n) -> new Allocation(
                        rs.getObject("intervention_id", UUID.class),
                        rs.getObject("case_manager_id", UUID.class),
                        rs.getObject("allocated_on", LocalDate.class),
                        rs.getString("allocated_by"),
                        rs.getString("reason")))
                .list()
                .forEach(a -> allocations
                        .computeIfAbsent(a.interventionId(), k -> new ArrayList<>())
                        .add(a));
        Map<UUID, String> names = new HashMap<>();
        List<ChronologyEntry> entries = new ArrayList<>();
        for (Row row : rows) {
            String href = "/interventions/" + row.id();
            String type = row.type().label();
            List<Allocation> held = allocations.getOrDefault(row.id(), List.of());
            String firstCaseManager = held.isEmpty() ? null : name(held.get(0).caseManagerId(), names);
            String caseManager = firstCaseManager == null ? null : "Case manager " + firstCaseManager;
            if (row.referredOn() != null) {
                entries.add(new ChronologyEntry(
                        row.referredOn(),
                        ChronologyType.INTERVENTION,
                        "Referral received: " + type,
                        caseManager,
                        row.createdBy(),
                        href,
                        row.id()));
            }
            if (row.startDate() != null) {
                entries.add(new ChronologyEntry(
                        row.startDate(),
                        ChronologyType.INTERVENTION,
                        "Started: " + type,
                        row.referredOn() == null ? caseManager : null,
                        row.referredOn() == null ? row.createdBy() : null,
                        href,
                        row.id()));
            }
            // The first allocation came with the referral or the start; each later one is a reallocation.
            for (Allocation a : held.subList(Math.min(1, held.size()), held.size())) {
                String to = name(a.caseManagerId(), names);
                entries.add(new ChronologyEntry(
                        a.on(),
                        ChronologyType.INTERVENTION,
                        to == null ? "Unallocated: " + type : "Reallocated to " + to + ": " + type,
                        a.reason(),
                        a.by(),
                        href,
                        row.id()));
            }
            if (row.hostServiceId() != null && row.caretakingFrom() != null) {
                entries.add(new ChronologyEntry(
                        row.caretakingFrom(),
                        ChronologyType.INTERVENTION,
                        "Caretaking arranged: " + type,
                        directory
                                .service(row.hostServiceId())
                                .map(YouthJusticeService::name)
                                .map(host -> host + " delivers the work")
                                .orElse(null),
                        null,
                        href,
                        row.id()));
            }
            if (row.closedOn() != null) {
                entries.add(new ChronologyEntry(
                        row.closedOn(),
                        ChronologyType.INTERVENTION,
                        "Closed: " + type,
                        row.closureReason() == null
                                ? null
                                : ClosureReason.valueOf(row.closureReason()).label(),
                        null,
                        href,
                        row.id()));
            }
        }
        return entries;
    }

    private String name(UUID staffId, Map<UUID, String> names) {
        if (staffId == null) {
            return null;
        }
        return names.computeIfAbsent(
                staffId,
                id -> directory.staffMember(id).map(StaffMember::displayName).orElse("a former member of staff"));
    }
}
