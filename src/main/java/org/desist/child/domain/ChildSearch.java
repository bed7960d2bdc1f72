package org.desist.child.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditTrail;
import org.desist.child.Age;
import org.desist.child.LookedAfterStatus;
import org.desist.child.PncNumber;
import org.desist.security.Directory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds children within the user's services: by name (typo-tolerant, pg_trgm word similarity), date of
 * birth, PNC number or local reference; and lists caseloads. Every query is limited to the given services.
 */
@Component
@Transactional(readOnly = true)
public class ChildSearch {

    public static final int PAGE_SIZE = 20;
    static final double WORD_SIMILARITY_THRESHOLD = 0.4;
    private static final String NAME =
            "lower(c.given_name || ' ' || c.family_name || ' ' || coalesce(c.preferred_name, ''))";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Directory directory;
    private final AuditTrail audit;

    ChildSearch(JdbcClient jdbc, Clock clock, Directory directory, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
        this.audit = audit;
    }

    public record Query(String text, LocalDate dateOfBirth, int page) {
        public boolean isEmpty() {
            return (text == null || text.isBlank()) && dateOfBirth == null;
        }
    }

    public record Page(List<ChildListing> children, long total, int page) {
        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    /** The page of children matching {@code query}; the search and its criteria are audited (SEARCHED). */
    @Transactional
    public Page search(Query query, Set<UUID> serviceIds) {
        if (serviceIds.isEmpty() || query.isEmpty()) {
            return new Page(List.of(), 0, 1);
        }
        Page found = find(query, serviceIds);
        audit.searched(
                serviceIds.size() == 1 ? serviceIds.iterator().next() : null,
                ChildRecordService.RECORD_TYPE,
                criteria(query),
                found.total());
        return found;
    }

    /** The criteria as the user gave them: the words typed (name, PNC or local reference) and the date of birth. */
    static String criteria(Query query) {
        List<String> parts = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().trim();
            parts.add("name, PNC or local reference \"" + (text.length() > 200 ? text.substring(0, 200) + "…" : text)
                    + "\"");
        }
        if (query.dateOfBirth() != null) {
            parts.add("date of birth " + query.dateOfBirth());
        }
        String criteria = "children by " + String.join(" and ", parts);
        return query.page() > 1 ? criteria + " (page " + query.page() + ")" : criteria;
    }

    private Page find(Query query, Set<UUID> serviceIds) {
        List<String> matches = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("services", serviceIds);
        String order = "c.family_name, c.given_name";
        String text = query.text() == null ? "" : query.text().trim();
        if (!text.isEmpty()) {
            var pnc = PncNumber.problemWith(text, Year.now(clock)).isEmpty()
                    ? PncNumber.parse(text, Year.now(clock)).value()
                    : null;
            params.put("text", text.toLowerCase(java.util.Locale.UK));
            params.put("pnc", pnc == null ? "" : pnc);
            matches.add("(lower(c.local_reference) = :text or c.pnc_number = :pnc or :text <% " + NAME + ")");
            order = "(lower(c.local_reference) = :text or c.pnc_number = :pnc) desc, word_similarity(:text, " + NAME
                    + ") desc, " + order;
        }
        if (query.dateOfBirth() != null) {
            matches.add("c.date_of_birth = :dob");
            params.put("dob", query.dateOfBirth());
        }
        String match = String.join(" and ", matches);
        // Their own services' children, and those a caretaking arrangement lets them see.
        String found = JdbcChildRecords.visibleIdsWhere(match);
        // Typo tolerance: "Jonh Smtih" still finds John Smith (the default threshold, 0.6, is too strict).
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
                .param("threshold", String.valueOf(WORD_SIMILARITY_THRESHOLD))
                .query(String.class)
                .single();
        int page = Math.max(1, query.page());
        // The page and the total of all pages in one query.
        List<Counted> rows = jdbc.sql(select(", count(*) over () as total") + " where c.id in (" + found + ") order by "
                        + order + " limit :limit offset :offset")
                .params(params)
                .param("limit", PAGE_SIZE)
                .param("offset", (page - 1) * PAGE_SIZE)
                .query((rs, row) -> new Counted(listing(rs, row), rs.getLong("total")))
                .list();
        long total = rows.isEmpty()
                ? (page == 1 ? 0 : countOf(found, params)) // past the last page the window counts nothing
                : rows.get(0).total();
        return new Page(withCaseManagers(rows.stream().map(Counted::listing).toList()), total, page);
    }

    private record Counted(ChildListing listing, long total) {}

    private long countOf(String found, Map<String, Object> params) {
        return jdbc.sql("select count(*) from (" + found + ") f")
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Children a case manager holds, in their services. */
    public List<ChildListing> caseloadOf(UUID caseManagerId, Set<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return withCaseManagers(jdbc.sql(
                        select()
                                + " where c.case_manager_id = :me and c.service_id in (:services) order by c.family_name, c.given_name")
                .param("me", caseManagerId)
                .param("services", serviceIds)
                .query(this::listing)
                .list());
    }

    /** Every child of the services, by case manager then name: a manager's team caseload. */
    public List<ChildListing> teamCaseload(Set<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        List<ChildListing> caseload = withCaseManagers(
                jdbc.sql(select() + " where c.service_id in (:services) order by c.family_name, c.given_name")
                        .param("services", serviceIds)
                        .query(this::listing)
                        .list());
        // By case manager (unallocated first), then by name: the query's order is kept within each case manager.
        Collator byName = Collator.getInstance(Locale.UK);
        return caseload.stream()
                .sorted(Comparator.comparing(ChildListing::caseManagerName, Comparator.nullsFirst(byName::compare)))
                .toList();
    }

    /** The case managers' names, from the security module's directory (its tables are its own). */
    private List<ChildListing> withCaseManagers(List<ChildListing> listings) {
        Set<UUID> caseManagers = listings.stream()
                .map(ChildListing::caseManagerId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, String> names = directory.displayNames(caseManagers);
        return listings.stream()
                .map(l -> l.caseManagerId() == null
                        ? l
                        : new ChildListing(
                                l.id(),
                                l.localReference(),
                                l.givenName(),
                                l.familyName(),
                                l.preferredName(),
                                l.dateOfBirth(),
                                l.age(),
                                l.pncNumber(),
                                l.lookedAfterStatus(),
                                l.caseManagerId(),
                                names.get(l.caseManagerId())))
                .toList();
    }

    private static String select() {
        return select("");
    }

    private static String select(String extraColumns) {
        return """
                select c.id, c.local_reference, c.given_name, c.family_name, c.preferred_name, c.date_of_birth,
                       c.pnc_number, c.looked_after_status, c.case_manager_id%s
                  from child c
                """.formatted(extraColumns);
    }

    private ChildListing listing(ResultSet rs, int row) throws SQLException {
        LocalDate dob = rs.getObject("date_of_birth", LocalDate.class);
        return new ChildListing(
                rs.getObject("id", UUID.class),
                rs.getString("local_reference"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getString("preferred_name"),
                dob,
                Age.on(dob, LocalDate.now(clock)),
                rs.getString("pnc_number"),
                LookedAfterStatus.valueOf(rs.getString("looked_after_status")),
                rs.getObject("case_manager_id", UUID.class),
                null);
    }
}
