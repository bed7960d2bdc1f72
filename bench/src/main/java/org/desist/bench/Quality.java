package org.desist.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quality pages' targets (issue 15, "Performance"), each request timed one after another as one person would
 * make it, for one generated service:
 *
 * <ul>
 *   <li><b>the draw</b>: {@code POST /api/v1/quality/rounds} as the service's QA lead, a mock inspection against HMIP
 *       standards 2018 with today as the fieldwork date (the generated interventions started from 30 to 300 days
 *       ago, and closed ones long before, so both windows are full), a new seed each time (target under 1 s);
 *   <li><b>a round's ratings</b>: {@code GET /quality/audits/results?round=} as the QA lead, after every sampled case
 *       of the last round drawn has a completed case audit (written here, below; target under 1 s);
 *   <li><b>the inspection-readiness view for a team</b>: {@code GET /quality/readiness?team=} as the operational
 *       manager who manages it (target under 300 ms);
 *   <li>and, for the load benchmark's own request, the readiness view of a case manager's own cases.
 * </ul>
 *
 * <p>The completed audits are synthetic: every prompt and key question of the case's standards answered (about
 * seven in ten yes, from a seeded source), in the columns and JSON shape of {@code case_audit} (V29) as the
 * service's {@code CaseAuditRepository} writes them.
 */
final class Quality {

    /** HMIP standards 2018's case-based key questions per kind of work, each with its number of prompts. */
    private static final Map<String, Map<String, Integer>> KEY_QUESTIONS = Map.of(
            "COURT",
            keyQuestions("2.1.1=6 2.1.2=2 2.1.3=2 2.2.1=6 2.2.2=3 2.2.3=4 2.3.1=6 2.3.2=2 2.3.3=3 2.4.1=5 2.4.2=3 2.4.3=3"),
            "OUT_OF_COURT",
            keyQuestions("3.1.1=6 3.1.2=2 3.1.3=2 3.2.1=6 3.2.2=3 3.2.3=4 3.3.1=6 3.3.2=2 3.3.3=3 3.4.1=3 3.4.2=2"));

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ROUND_ID = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"");

    private final String baseUrl;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String password;

    Quality(String baseUrl, String dbUrl, String dbUser, String dbPassword, String password) {
        this.baseUrl = baseUrl;
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.password = password;
    }

    /** Times each request {@code times} times after {@code warmup} untimed ones; milliseconds per request, by name. */
    Map<String, List<Double>> run(String serviceCode, int warmup, int times) throws Exception {
        String code = serviceCode.toLowerCase(Locale.ROOT);
        String qaLead = code + ".qa01";
        String manager = code + ".om01";
        String caseManager = code + ".cm03";
        String team;
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                PreparedStatement s = c.prepareStatement(
                        "select t.id from team t join user_account u on u.id = t.manager_id where u.username = ?")) {
            s.setString(1, manager);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No team managed by " + manager + ": run the generator first");
                }
                team = rs.getString(1);
            }
        }
        Map<String, List<Double>> timings = new LinkedHashMap<>();
        String token = Tokens.tokenOf(password, qaLead);
        String lastRound = null;
        for (int i = 0; i < warmup + times; i++) {
            String body = String.format(
                    Locale.ROOT,
                    "{\"kind\":\"MOCK_INSPECTION\",\"framework\":\"HMIP-2018\",\"fieldworkDate\":\"%s\",\"seed\":%d}",
                    LocalDate.now(),
                    1000 + i);
            HttpRequest draw = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/quality/rounds"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = time(timings, "Draw a mock inspection's sample (API)", i >= warmup,
                    HttpClient.newHttpClient(), draw, 201);
            Matcher m = ROUND_ID.matcher(response.body());
            if (!m.find()) {
                throw new IllegalStateException("The draw answered without a round id: " + response.body());
            }
            lastRound = m.group(1);
        }
        int audits = completeAudits(lastRound);
        System.out.printf("%s: %d completed audits written for round %s%n", serviceCode, audits, lastRound);

        HttpClient asQaLead = signIn(qaLead);
        repeat(timings, "A round's ratings (audit results page)", warmup, times, asQaLead,
                "/quality/audits/results?round=" + lastRound, "Key question");
        HttpClient asManager = signIn(manager);
        repeat(timings, "Inspection readiness: a team", warmup, times, asManager, "/quality/readiness?team=" + team,
                "govuk-table");
        HttpClient asCaseManager = signIn(caseManager);
        repeat(timings, "Inspection readiness: my cases", warmup, times, asCaseManager,
                "/quality/readiness?caseManager=me", "govuk-table");
        return timings;
    }

    /** A completed audit of every sampled case of the round, as its QA lead. */
    private int completeAudits(String round) throws SQLException {
        Random r = new Random(UUID.fromString(round).getLeastSignificantBits());
        int written = 0;
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                PreparedStatement cases = c.prepareStatement("""
                        select ar.service_id, rc.intervention_id, rc.child_id, rc.work, rc.case_manager_id,
                               ar.created_by, u.id as auditor
                          from audit_round ar
                          join audit_round_case rc on rc.round_id = ar.id and rc.status = 'SAMPLED'
                          join user_account u on u.username = ar.created_by
                         where ar.id = ?
                         order by rc.position
                        """);
                PreparedStatement insert = c.prepareStatement("""
                        insert into case_audit (id, service_id, intervention_id, child_id, round_id, framework_id,
                               case_work, auditor_id, case_manager_id, status, prompts, judgements, safety_agreed,
                               rosh_agreed, oversight_sufficient, started_on, completed_on, created_by, updated_by)
                        values (?, ?, ?, ?, ?, 'HMIP-2018', ?, ?, ?, 'COMPLETED', cast(? as jsonb), cast(? as jsonb),
                                true, true, ?, ?, ?, ?, ?)
                        """)) {
            cases.setObject(1, UUID.fromString(round));
            try (ResultSet rs = cases.executeQuery()) {
                while (rs.next()) {
                    String work = rs.getString("work");
                    StringBuilder prompts = new StringBuilder("{");
                    StringBuilder judgements = new StringBuilder("{");
                    KEY_QUESTIONS.get(work).forEach((kq, count) -> {
                        boolean yes = r.nextInt(100) < 70;
                        for (int p = 0; p < count; p++) {
                            String answer = yes || p > 0 ? "YES" : "NO";
                            prompts.append(prompts.length() > 1 ? "," : "")
                                    .append('"').append(kq).append((char) ('a' + p)).append("\":\"")
                                    .append(answer).append('"');
                        }
                        judgements.append(judgements.length() > 1 ? "," : "")
                                .append('"').append(kq).append("\":{\"answer\":\"").append(yes ? "YES" : "NO")
                                .append("\",\"rationale\":\"")
                                .append(yes ? "Sufficient: seen in the record" : "Not sufficient: not recorded")
                                .append("\"}");
                    });
                    LocalDate started = LocalDate.now().minusDays(3);
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, rs.getObject("service_id"));
                    insert.setObject(3, rs.getObject("intervention_id"));
                    insert.setObject(4, rs.getObject("child_id"));
                    insert.setObject(5, UUID.fromString(round));
                    insert.setString(6, work);
                    insert.setObject(7, rs.getObject("auditor"));
                    insert.setObject(8, rs.getObject("case_manager_id"));
                    insert.setString(9, prompts.append('}').toString());
                    insert.setString(10, judgements.append('}').toString());
                    insert.setBoolean(11, r.nextInt(100) < 80);
                    insert.setObject(12, started);
                    insert.setObject(13, started.plusDays(1));
                    insert.setString(14, rs.getString("created_by"));
                    insert.setString(15, rs.getString("created_by"));
                    written += insert.executeUpdate();
                }
            }
        }
        if (written == 0) {
            throw new IllegalStateException("Round " + round + " sampled no cases");
        }
        return written;
    }

    /** A client signed in through the sign-in form, holding its session cookie. */
    private HttpClient signIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String form = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/sign-in")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 200 || signedIn.uri().getPath().startsWith("/sign-in")) {
            throw new IllegalStateException(username + " could not sign in (" + signedIn.uri() + ")");
        }
        return client;
    }

    private void repeat(
            Map<String, List<Double>> timings,
            String name,
            int warmup,
            int times,
            HttpClient client,
            String path,
            String expected)
            throws Exception {
        for (int i = 0; i < warmup + times; i++) {
            HttpResponse<String> page = time(timings, name, i >= warmup, client,
                    HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html").build(), 200);
            if (!page.body().contains(expected)) {
                throw new IllegalStateException(name + ": the page " + path + " lacks \"" + expected + "\"");
            }
        }
    }

    private static HttpResponse<String> time(
            Map<String, List<Double>> timings,
            String name,
            boolean recorded,
            HttpClient client,
            HttpRequest request,
            int status)
            throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != status) {
            throw new IllegalStateException(name + ": " + response.statusCode() + " from " + request.uri() + "\n"
                    + response.body().substring(0, Math.min(2000, response.body().length())));
        }
        if (recorded) {
            timings.computeIfAbsent(name, k -> new ArrayList<>()).add(millis);
        }
        return response;
    }

    /** The table of median, p95 and max per request, in milliseconds. */
    static String table(Map<String, List<Double>> timings, Map<String, Integer> targets) {
        StringBuilder out = new StringBuilder(
                "| Request | Times | Median ms | p95 ms | Max ms | Target ms | Met? |\n"
                        + "| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        timings.forEach((name, values) -> {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            double p95 = percentile(sorted, 95);
            Integer target = targets.get(name);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.0f | %.0f | %.0f | %s | %s |%n",
                    name,
                    sorted.size(),
                    percentile(sorted, 50),
                    p95,
                    sorted.get(sorted.size() - 1),
                    target == null ? "–" : String.format(Locale.ROOT, "%,d", target),
                    target == null ? "–" : sorted.get(sorted.size() - 1) < target ? "Yes" : p95 < target ? "p95" : "No"));
        });
        return out.toString();
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static Map<String, Integer> keyQuestions(String spec) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String kq : spec.split(" ")) {
            String[] parts = kq.split("=");
            out.put(parts[0], Integer.parseInt(parts[1]));
        }
        return out;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
