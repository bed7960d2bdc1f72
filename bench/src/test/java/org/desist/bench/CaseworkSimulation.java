package org.desist.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Signed-in case managers doing the common things (issue 6): their caseload, their work (due items), finding a
 * child by name and by date of birth, a child's overview and chronology, recording a contact, and the API search.
 * Each virtual user signs in as one generated case manager and works on the children of their own caseload.
 *
 * <p>Settings (system properties, see bench/pom.xml): {@code users} concurrent users, {@code seconds} of work
 * after a 10-second ramp, {@code thinkMillis} between pages (0: as fast as the service answers), {@code baseUrl},
 * {@code dbUrl} (to read the caseloads once at the start). The password of the generated accounts comes from
 * {@code DESIST_BENCH_PASSWORD}.
 */
public class CaseworkSimulation extends Simulation {

    record Case(String child, String intervention, String familyName, LocalDate born) {}

    private final int users = Integer.getInteger("users", 8);
    private final Duration work = Duration.ofSeconds(Long.getLong("seconds", 60));
    private final Duration think = Duration.ofMillis(Long.getLong("thinkMillis", 0));
    private final String password = System.getenv("DESIST_BENCH_PASSWORD");
    private final Map<String, List<Case>> caseloads = caseloads(System.getProperty("dbUrl"));

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("baseUrl", "http://localhost:8080"))
            .acceptHeader("text/html,application/json")
            .userAgentHeader("Desist load benchmark");

    private final Iterator<Map<String, Object>> accounts = Stream.generate(new java.util.function.Supplier<
                    Map<String, Object>>() {
                private final List<String> names = new ArrayList<>(caseloads.keySet());
                private int next;

                @Override
                public Map<String, Object> get() {
                    String username = names.get(next++ % names.size());
                    return Map.of("username", username, "token", Tokens.tokenOf(password, username));
                }
            })
            .iterator();

    private static Session pickCase(Session session, Map<String, List<Case>> caseloads) {
        List<Case> mine = caseloads.get(session.getString("username"));
        Case c = mine.get(ThreadLocalRandom.current().nextInt(mine.size()));
        return session.set("child", c.child())
                .set("intervention", c.intervention())
                .set("familyName", c.familyName())
                .set("bornDay", c.born().getDayOfMonth())
                .set("bornMonth", c.born().getMonthValue())
                .set("bornYear", c.born().getYear())
                .set("bornIso", c.born().toString());
    }

    private ChainBuilder page(String name, String path) {
        return exec(http(name).get(path).check(status().is(200))).pause(think);
    }

    private final ChainBuilder signIn = exec(http("Sign-in page")
                    .get("/sign-in")
                    .check(css("input[name='_csrf']", "value").saveAs("csrf")))
            .exec(http("Sign in")
                    .post("/sign-in")
                    .formParam("username", "#{username}")
                    .formParam("password", password)
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(200), css("#my-caseload").exists()));

    private final ChainBuilder recordContact = exec(http("Record a contact: form")
                    .get("/interventions/#{intervention}/contacts/record")
                    .check(
                            css("input[name='_csrf']", "value").saveAs("csrf"),
                            css("input[name='version']", "value").saveAs("version")))
            .exec(session -> {
                // Yesterday: a contact can only be recorded once it has happened, and 10:30 today has not
                // happened yet when the benchmark runs before half past ten.
                LocalDate yesterday = LocalDate.now().minusDays(1);
                return session.set("day", yesterday.getDayOfMonth())
                        .set("month", yesterday.getMonthValue())
                        .set("year", yesterday.getYear());
            })
            .exec(http("Record a contact")
                    .post("/interventions/#{intervention}/contacts/record")
                    .formParam("_csrf", "#{csrf}")
                    .formParam("version", "#{version}")
                    .formParam("date.day", "#{day}")
                    .formParam("date.month", "#{month}")
                    .formParam("date.year", "#{year}")
                    .formParam("time", "10:30")
                    .formParam("type", "OFFICE")
                    .formParam("outcome", "ATTENDED")
                    .formParam("notes", "Load benchmark: talked about the week ahead")
                    .check(status().is(200), css(".govuk-error-summary").notExists()))
            .pause(think);

    private final ScenarioBuilder caseManagers = scenario("Case managers")
            .feed(accounts)
            .exec(signIn)
            .during(work)
            .on(exec(session -> pickCase(session, caseloads))
                    .exec(page("My caseload", "/"))
                    .exec(page("My work", "/work"))
                    .exec(page("Inspection readiness: my cases", "/quality/readiness?caseManager=me"))
                    .exec(page("Find a child by name", "/children?q=#{familyName}"))
                    .exec(page(
                            "Find a child by date of birth",
                            "/children?dob-day=#{bornDay}&dob-month=#{bornMonth}&dob-year=#{bornYear}"))
                    .exec(page("Child overview", "/children/#{child}"))
                    .exec(page("Chronology", "/children/#{child}/chronology"))
                    .exec(recordContact)
                    .exec(http("API: find a child by name")
                            .get("/api/v1/children?q=#{familyName}")
                            .header("Authorization", "Bearer #{token}")
                            .header("Accept", "application/json")
                            .check(status().is(200)))
                    .pause(think));

    {
        if (password == null) {
            throw new IllegalStateException("Set DESIST_BENCH_PASSWORD to the generator's password");
        }
        setUp(caseManagers.injectOpen(rampUsers(users).during(Duration.ofSeconds(10))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    /** Each generated case manager's children with an intervention in progress. */
    private static Map<String, List<Case>> caseloads(String dbUrl) {
        Map<String, List<Case>> caseloads = new HashMap<>();
        try (Connection c = DriverManager.getConnection(
                        dbUrl, "postgres", System.getenv().getOrDefault("DESIST_BENCH_DB_PASSWORD", ""));
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                """
                                select u.username, c.id as child, i.id as intervention, c.family_name, c.date_of_birth
                                  from child c
                                  join user_account u on u.id = c.case_manager_id
                                  join intervention i on i.child_id = c.id and i.status = 'ACTIVE'
                                 where u.username ~ '^b[0-9]{3}\\.cm[0-9]{2}$'
                                """)) {
            while (rs.next()) {
                caseloads
                        .computeIfAbsent(rs.getString("username"), k -> new ArrayList<>())
                        .add(new Case(
                                rs.getString("child"),
                                rs.getString("intervention"),
                                rs.getString("family_name"),
                                rs.getObject("date_of_birth", LocalDate.class)));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot read the generated caseloads from " + dbUrl, e);
        }
        if (caseloads.isEmpty()) {
            throw new IllegalStateException("No generated case managers in " + dbUrl + ": run the generator first");
        }
        return caseloads;
    }
}
