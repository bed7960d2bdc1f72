package org.desist.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * No lost update by construction: every SQL {@code update <table> set} in the application's code on a table with a
 * {@code version} column (from the Flyway migrations) goes through {@link VersionedUpdate} with the version the person
 * saw in its condition, and no code compares versions in Java (the update's condition is the only mechanism).
 */
class EveryVersionedUpdateIsConditionalTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java");

    /**
     * Updates of versioned tables that are not saves of a record from a version someone read, each with why. Keep it
     * short: a new entry needs a reason a reviewer accepts.
     */
    private static final Map<String, String> NOT_A_SAVE = Map.of(
            "offence/internal/OffencesFollowTheChild.java:offence",
            "a transfer moves every offence of the child to the new service at once; offences are never edited",
            "victim/internal/VictimsFollowTheChild.java:victim",
            "a transfer moves every victim of the child to the new service at once and raises their version, so a"
                    + " victim worker's save from before the move is refused as stale",
            "security/internal/AccountStore.java:user_account",
            "accounts are not saved from a version read: a password change is checked by the current password,"
                    + " sign-in counters are single statements");

    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?is)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)\\s*\\((.*?)\\n\\);");
    private static final Pattern ADD_VERSION =
            Pattern.compile("(?i)alter\\s+table\\s+(\\w+)\\s+add\\s+(?:column\\s+)?version\\b");
    private static final Pattern VERSION_COLUMN = Pattern.compile("(?im)^\\s*version\\s+\\w+");
    private static final Pattern UPDATE = Pattern.compile("(?i)\\bupdate\\s+(\\w+)\\s+set\\b");
    private static final Pattern JAVA_COMPARISON =
            Pattern.compile("version\\(\\)\\s*[!=]=(?!\\s*null\\b)|[!=]=\\s*(?:\\w+\\.)?version\\b(?!\\s*\\+)");

    @Test
    void everyUpdateOfAVersionedTableHasTheVersionInItsCondition() throws IOException {
        Set<String> versioned = versionedTables();
        assertThat(versioned)
                .as("tables with a version column, from the migrations")
                .contains("court_appearance", "court_report", "plan", "assessment", "intervention", "child");

        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path file : javaFiles()) {
            String code = Files.readString(file);
            String name =
                    SOURCES.resolve("org/desist").relativize(file).toString().replace('\\', '/');
            Matcher update = UPDATE.matcher(code);
            while (update.find()) {
                String table = update.group(1).toLowerCase(Locale.ROOT);
                if (!versioned.contains(table) || NOT_A_SAVE.containsKey(name + ":" + table)) {
                    continue;
                }
                checked++;
                String where = name + ":" + line(code, update.start()) + " (" + table + ")";
                Call call = enclosingCall(code, update.start());
                if (call == null) {
                    problems.add(where + ": not inside a VersionedUpdate.of(...) or sameSave(...) call");
                    continue;
                }
                String sql = call.sql().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                if (!Pattern.compile("\\bwhere\\b.*\\bversion = :version\\b")
                        .matcher(sql)
                        .find()) {
                    problems.add(where + ": its condition lacks version = :version");
                }
                if (call.moves() && !sql.contains("version = version + 1")) {
                    problems.add(where + ": it does not move the version on (version = version + 1)");
                }
            }
        }
        // A floor, so the scan cannot silently find nothing: each aggregate now has one save writing its whole state
        // (ADR 13), so there are fewer, wider updates than before (37 in December 2026, down from 57).
        assertThat(checked).as("updates of versioned tables found").isGreaterThan(30);
        assertThat(problems)
                .as("updates of versioned rows that could lose an update")
                .isEmpty();
    }

    @Test
    void noCodeComparesVersionsInJava() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : javaFiles()) {
            String code = Files.readString(file);
            Matcher comparison = JAVA_COMPARISON.matcher(code);
            while (comparison.find()) {
                problems.add(file + ":" + line(code, comparison.start()) + ": " + lineText(code, comparison.start()));
            }
        }
        assertThat(problems)
                .as("versions compared in Java (the update's condition is the only mechanism)")
                .isEmpty();
    }

    @Test
    void theScanFindsAnUpdateOutsideTheHelper() {
        String code = """
                class X {
                    void save() {
                        jdbc.sql("update plan set status = 'AGREED', version = version + 1 where id = :id")
                                .update();
                        VersionedUpdate.of(jdbc, \"""
                                update plan set status = :s, version = version + 1
                                 where id = :id and version = :version
                                \""")
                                .orElseThrow(() -> stale());
                    }
                }
                """;
        Matcher update = UPDATE.matcher(code);
        assertThat(update.find()).isTrue();
        assertThat(enclosingCall(code, update.start())).isNull();
        assertThat(update.find()).isTrue();
        Call call = enclosingCall(code, update.start());
        assertThat(call).isNotNull();
        assertThat(call.moves()).isTrue();
        assertThat(call.sql()).contains("version = :version");
        assertThat(JAVA_COMPARISON.matcher("if (before.version() != version) {").find())
                .isTrue();
        assertThat(JAVA_COMPARISON.matcher("if (row.version != version) {").find())
                .isTrue();
        assertThat(JAVA_COMPARISON.matcher(".param(\"version\", version + 1)").find())
                .isFalse();
    }

    private static Set<String> versionedTables() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String sql = Files.readString(file).replaceAll("--[^\\n]*", "");
                Matcher create = CREATE_TABLE.matcher(sql);
                while (create.find()) {
                    if (VERSION_COLUMN.matcher(create.group(2)).find()) {
                        tables.add(create.group(1).toLowerCase(Locale.ROOT));
                    }
                }
                Matcher added = ADD_VERSION.matcher(sql);
                while (added.find()) {
                    tables.add(added.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The SQL of the call the statement is an argument of, and whether that call moves the version on. */
    record Call(String sql, boolean moves) {}

    /** The nearest call opened before {@code at}: a VersionedUpdate one, or null when it is another (jdbc.sql). */
    static Call enclosingCall(String code, int at) {
        int of = code.lastIndexOf("VersionedUpdate.of(", at);
        int same = code.lastIndexOf("VersionedUpdate.sameSave(", at);
        int sql = code.lastIndexOf(".sql(", at);
        int helper = Math.max(of, same);
        if (helper < 0 || sql > helper) {
            return null;
        }
        int open = code.indexOf('(', helper);
        return new Call(literals(code, open), of > same);
    }

    /** The string literals (text blocks included) of the argument list opened at {@code open}, joined. */
    private static String literals(String code, int open) {
        StringBuilder sql = new StringBuilder();
        int depth = 0;
        int i = open;
        while (i < code.length()) {
            if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                sql.append(code, i + 3, end).append(' ');
                i = end + 3;
                continue;
            }
            char c = code.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (code.charAt(end) != '"' || code.charAt(end - 1) == '\\') {
                    end++;
                }
                sql.append(code, i + 1, end);
                i = end + 1;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                break;
            }
            i++;
        }
        return sql.toString();
    }

    private static int line(String code, int at) {
        return (int) code.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String lineText(String code, int at) {
        int start = code.lastIndexOf('\n', at) + 1;
        int end = code.indexOf('\n', at);
        return code.substring(start, end < 0 ? code.length() : end).strip();
    }
}
