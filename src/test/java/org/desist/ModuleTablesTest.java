package org.desist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's SQL names only its own tables (ADR 3): each table created by a migration belongs to exactly one
 * module, listed here, and a module reads another module's data through that module's API. Fails when a module's
 * SQL joins or writes another module's table, and when a migration adds a table nobody owns.
 */
class ModuleTablesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/desist");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Each module's own tables. */
    static final Map<String, Set<String>> OWN_TABLES = Map.ofEntries(
            Map.entry(
                    "security",
                    Set.of(
                            "api_token",
                            "service_membership",
                            "user_account",
                            "team",
                            "team_member",
                            "user_role",
                            "youth_justice_service")),
            Map.entry("audit", Set.of("audit_event")),
            Map.entry("child", Set.of("child", "child_caretaking", "child_person")),
            Map.entry("deadline", Set.of("due_item")),
            Map.entry("offence", Set.of("offence")),
            Map.entry(
                    "victim",
                    Set.of(
                            "victim",
                            "victim_offence",
                            "victim_contact",
                            "victim_consent",
                            "victim_offer",
                            "victim_support_referral",
                            "victim_update",
                            "restorative_justice")),
            Map.entry("intervention", Set.of("intervention", "intervention_allocation", "intervention_offence")),
            Map.entry("assessment", Set.of("assessment", "assessment_classification_change")),
            Map.entry("contact", Set.of("contact", "contact_warning", "compliance_panel")),
            Map.entry(
                    "court",
                    Set.of(
                            "court_appearance",
                            "court_appearance_ended",
                            "court_appearance_offence",
                            "court_date_shared",
                            "court_report",
                            "court_sentence")),
            Map.entry(
                    "order",
                    Set.of(
                            "court_order",
                            "order_breach",
                            "order_requirement",
                            "panel_social_care",
                            "referral_order_contract",
                            "youth_offender_panel")),
            Map.entry(
                    "outofcourt",
                    Set.of(
                            "oocd_panel_attendee",
                            "oocd_referral",
                            "oocd_referral_offence",
                            "oocd_specialist_screening")),
            Map.entry("oversight", Set.of("oversight")),
            Map.entry("parenting", Set.of("parenting_prompt", "parenting_work")),
            Map.entry("plan", Set.of("plan", "plan_action", "plan_other_plan")),
            Map.entry(
                    "programme",
                    Set.of("programme", "programme_enrolment", "programme_session", "specialist_referral")),
            Map.entry(
                    "quality",
                    Set.of(
                            "published_inspection",
                            "case_audit",
                            "audit_round",
                            "audit_round_case",
                            "improvement_plan",
                            "improvement_recommendation",
                            "improvement_board_review",
                            "improvement_action",
                            "improvement_action_update")),
            Map.entry("review", Set.of("review", "review_trigger")),
            Map.entry(
                    "safeguarding",
                    Set.of(
                            "child_protection_concern",
                            "mappa_management",
                            "multi_agency_meeting",
                            "risk_panel_referral",
                            "safeguarding_action",
                            "vulnerability_management_plan")),
            Map.entry("escalation", Set.of("escalation", "escalation_step")),
            Map.entry("liaison", Set.of("social_care_liaison")),
            Map.entry("appropriateadult", Set.of("aa_call_out", "aa_rota_slot")),
            Map.entry(
                    "jointworking",
                    Set.of(
                            "custody_support_stopped",
                            "expected_release",
                            "joint_closure_meeting",
                            "joint_duty_record",
                            "joint_home_visit",
                            "looked_after_event",
                            "out_of_borough_notification",
                            "remand_end_permission",
                            "role_agreement",
                            "shared_case",
                            "shared_case_notification",
                            "social_care_allocation")));

    /**
     * The one exception: the demo module seeds 150 fictional children in bulk on an empty database in demo mode only
     * (through the modules' APIs for their case journeys, but the children themselves, their people and the
     * "demo seeded" audit row by direct inserts, for start-up time). It writes no other module's table.
     */
    private static final Map<String, Set<String>> SEEDING =
            Map.of("demo", Set.of("child", "child_person", "audit_event"));

    private static final Pattern TABLE_REFERENCE = Pattern.compile(
            "\\b(?:from|join|into|update|delete\\s+from|truncate(?:\\s+table)?)\\s+([a-z_][a-z0-9_]*)\\b");
    private static final Pattern SQL = Pattern.compile("\\b(select|insert\\s+into|update|delete\\s+from)\\b");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    @Test
    void everyTableBelongsToExactlyOneModule() throws IOException {
        Set<String> created = createdTables();
        Map<String, List<String>> owners = new HashMap<>();
        OWN_TABLES.forEach((module, tables) -> tables.forEach(
                t -> owners.computeIfAbsent(t, k -> new ArrayList<>()).add(module)));
        assertThat(new TreeSet<>(created))
                .as("tables created by migrations that no module owns (add them to OWN_TABLES)")
                .isSubsetOf(owners.keySet());
        assertThat(new TreeSet<>(owners.keySet()))
                .as("tables listed here that no migration creates")
                .isSubsetOf(created);
        owners.forEach((table, modules) ->
                assertThat(modules).as("modules owning " + table).hasSize(1));
        assertThat(OWN_TABLES.keySet())
                .allSatisfy(module -> assertThat(SOURCES.resolve(module))
                        .as("module " + module)
                        .isDirectory());
    }

    @Test
    void aModulesSqlNamesOnlyItsOwnTables() throws IOException {
        Set<String> tables = createdTables();
        List<String> foreign = new ArrayList<>();
        int statements = 0;
        try (Stream<Path> modules = Files.list(SOURCES)) {
            for (Path moduleDirectory :
                    modules.filter(Files::isDirectory).sorted().toList()) {
                String module = moduleDirectory.getFileName().toString();
                Set<String> allowed = new TreeSet<>(OWN_TABLES.getOrDefault(module, Set.of()));
                allowed.addAll(SEEDING.getOrDefault(module, Set.of()));
                for (Path file : javaFiles(moduleDirectory)) {
                    for (String literal : stringLiterals(Files.readString(file))) {
                        String text = literal.toLowerCase(Locale.ROOT);
                        if (!SQL.matcher(text).find()) {
                            continue;
                        }
                        statements++;
                        Matcher m = TABLE_REFERENCE.matcher(text);
                        while (m.find()) {
                            String table = m.group(1);
                            if (tables.contains(table) && !allowed.contains(table)) {
                                foreign.add(SOURCES.relativize(file) + " (" + module + ") names " + table);
                            }
                        }
                    }
                }
            }
        }
        assertThat(statements).as("SQL statements found in the sources").isGreaterThan(300);
        assertThat(foreign).as("SQL naming another module's table").isEmpty();
    }

    private static Set<String> createdTables() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    private static List<Path> javaFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The string literals and text blocks of a Java source, comments skipped. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = source.indexOf('\n', i);
                if (i < 0) {
                    break;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i++;
                while (i < n && source.charAt(i) != '\'') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                literals.add(source.substring(i + 3, end < 0 ? n : end));
                i = end < 0 ? n : end + 3;
            } else if (c == '"') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (i < n && source.charAt(i) != '"') {
                    if (source.charAt(i) == '\\') {
                        literal.append(source, i, Math.min(i + 2, n));
                        i += 2;
                    } else {
                        literal.append(source.charAt(i++));
                    }
                }
                literals.add(literal.toString());
                i++;
            } else {
                i++;
            }
        }
        return literals;
    }
}
