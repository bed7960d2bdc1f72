package org.desist.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Deterministic synthetic data for a Desist database at a chosen scale, loaded with PostgreSQL's COPY.
 *
 * <p>Each service is generated from its own seeded {@link Random} (seed and service number), so the same seed,
 * scale and "today" always give the same rows, whatever the number of threads. Every service has the same shape
 * (2,000 children, 33 staff, about a quarter of the children with an intervention in progress), so a smaller
 * scale is fewer services of the same size: the per-service pages do the same work at every scale and only the
 * size of the tables grows.
 */
final class Generate {

    /** The dataset sizes of issue 6: full ("national") is 150 services and 300,000 children. */
    enum Scale {
        HUNDREDTH(2),
        TENTH(15),
        NATIONAL(150);

        final int services;

        Scale(int services) {
            this.services = services;
        }
    }

    static final int CHILDREN_PER_SERVICE = 2_000;
    static final int CASE_MANAGERS_PER_SERVICE = 25;
    static final String CODE_PREFIX = "B";

    private static final String[] GIVEN = {
        "Oliver", "Jack", "Harry", "George", "Noah", "Charlie", "Jacob", "Alfie", "Freddie", "Oscar", "Leo",
        "Logan", "Archie", "Theo", "Thomas", "James", "Joshua", "Henry", "William", "Max", "Lucas", "Ethan",
        "Mason", "Isaac", "Tyler", "Kai", "Reece", "Jayden", "Riley", "Callum", "Mohammed", "Ibrahim", "Yusuf",
        "Kofi", "Tobi", "Dylan", "Kian", "Bailey", "Connor", "Lewis", "Amelia", "Olivia", "Isla", "Emily",
        "Ava", "Lily", "Mia", "Sophia", "Isabella", "Grace", "Ruby", "Ella", "Evie", "Chloe", "Jessica",
        "Leah", "Aaliyah", "Amira", "Zara", "Niamh"
    };
    private static final String[] FAMILY = {
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
        "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
        "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
        "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott",
        "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly",
        "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox",
        "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson",
        "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ahmed", "Okafor", "Mensah"
    };
    private static final String[] ETHNICITY = {
        "WHITE_BRITISH", "WHITE_BRITISH", "WHITE_BRITISH", "WHITE_BRITISH", "WHITE_BRITISH", "WHITE_BRITISH",
        "WHITE_OTHER", "MIXED_WHITE_AND_BLACK_CARIBBEAN", "MIXED_OTHER", "ASIAN_PAKISTANI", "ASIAN_INDIAN",
        "ASIAN_BANGLADESHI", "BLACK_AFRICAN", "BLACK_CARIBBEAN", "OTHER_ANY", "NOT_STATED"
    };
    private static final String[] CATEGORY = {
        "VIOLENCE_AGAINST_THE_PERSON", "VIOLENCE_AGAINST_THE_PERSON", "VIOLENCE_AGAINST_THE_PERSON", "ROBBERY",
        "DOMESTIC_BURGLARY", "VEHICLE_THEFT", "THEFT_AND_HANDLING", "THEFT_AND_HANDLING", "CRIMINAL_DAMAGE",
        "DRUGS", "DRUGS", "PUBLIC_ORDER", "MOTORING", "BREACH_OF_STATUTORY_ORDER", "OTHER"
    };
    /** Intervention types with their share in tenths of a percent (they add up to 1000). */
    private static final Object[][] TYPES = {
        {"COMMUNITY_RESOLUTION", 300}, {"YOUTH_CAUTION", 100}, {"YOUTH_CONDITIONAL_CAUTION", 100},
        {"REFERRAL_ORDER", 250}, {"YOUTH_REHABILITATION_ORDER", 150}, {"DETENTION_AND_TRAINING_ORDER", 40},
        {"PREVENTION_PROGRAMME", 40}, {"BAIL_SUPPORT", 20}
    };
    private static final String[] CONTACT_TYPE = {
        "OFFICE", "OFFICE", "HOME_VISIT", "HOME_VISIT", "SCHOOL", "COMMUNITY_VENUE", "PHONE", "VIDEO"
    };
    private static final String[] CLASSIFICATION = {"LOW", "LOW", "MEDIUM", "MEDIUM", "HIGH", "VERY_HIGH"};
    private static final String[] LIKELIHOOD = {"LOW", "MEDIUM", "HIGH"};

    private final Scale scale;
    private final long seed;
    private final LocalDate today;
    private final String passwordHash;
    private final String password;

    Generate(Scale scale, long seed, LocalDate today, String password) {
        this.scale = scale;
        this.seed = seed;
        this.today = today;
        this.password = password;
        this.passwordHash = "{bcrypt}" + BCrypt.hashpw(password, BCrypt.gensalt(10));
    }

    /** The tables in the order they load (foreign keys first), with their columns. */
    static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("youth_justice_service", "id, code, name, local_authority");
        TABLES.put("user_account", "id, username, display_name, email, job_title, agency, password_hash");
        TABLES.put("user_role", "user_id, role");
        TABLES.put("service_membership", "user_id, service_id");
        TABLES.put("team", "id, service_id, name, manager_id");
        TABLES.put("team_member", "team_id, user_id, service_id");
        TABLES.put("api_token", "id, user_id, name, token_hash");
        TABLES.put(
                "child",
                "id, service_id, local_reference, given_name, family_name, date_of_birth, gender, ethnicity,"
                        + " address_line1, town, postcode, local_authority, looked_after_status, case_manager_id,"
                        + " created_at, created_by, updated_at, updated_by, version");
        TABLES.put(
                "offence",
                "id, service_id, child_id, offence_date, description, category, plea, gravity_scale, gravity_score,"
                        + " created_at, created_by");
        TABLES.put(
                "intervention",
                "id, service_id, child_id, type, start_date, end_date, status, closure_reason, closed_on,"
                        + " case_manager_id, created_at, created_by");
        TABLES.put("intervention_allocation", "intervention_id, case_manager_id, allocated_on, allocated_by");
        TABLES.put("intervention_offence", "intervention_id, offence_id");
        TABLES.put(
                "assessment",
                "id, intervention_id, child_id, status, offending_factors, likelihood_of_reoffending,"
                        + " safety_classification, harm_classification, submitted_on, submitted_by, created_at,"
                        + " created_by");
        TABLES.put(
                "plan",
                "id, intervention_id, child_id, assessment_id, status, desistance_aim, child_safety_aim,"
                        + " others_safety_aim, agreed_on, agreed_by, child_involved, parents_involved, created_at,"
                        + " created_by");
        TABLES.put(
                "review",
                "id, intervention_id, child_id, reviewed_on, what_changed, child_views, parents_views,"
                        + " plan_changed, plan_unchanged_reason, assessment_needs_updating, recorded_by");
        TABLES.put(
                "contact",
                "id, intervention_id, contact_date, contact_time, type, child_attended, parent_attended, outcome,"
                        + " absence_reason, notes, created_by");
        TABLES.put(
                "due_item",
                "id, service_id, child_id, rule_id, trigger_record_type, trigger_record_id, trigger_date, due_date,"
                        + " due_date_reason, status, owner_id, met_on, created_at, updated_at");
    }

    /** Rows loaded per table, and how long COPY took in all. */
    final Map<String, AtomicLong> rows = new LinkedHashMap<>();

    final AtomicLong copyNanos = new AtomicLong();

    /** Generating and loading, without deleting earlier data and without the final ANALYZE. */
    long loadNanos;

    /** COPY time per table, over all connections. */
    final Map<String, AtomicLong> nanos = new LinkedHashMap<>();

    /** The generated services: codes B001 to B150, which no real service uses. */
    static final String GENERATED = "code ~ '^" + CODE_PREFIX + "[0-9]{3}$'";

    void load(String url, String user, String password, int threads) throws Exception {
        TABLES.keySet().forEach(t -> rows.put(t, new AtomicLong()));
        TABLES.keySet().forEach(t -> nanos.put(t, new AtomicLong()));
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            var rs = c.createStatement().executeQuery("select count(*) from youth_justice_service where " + GENERATED);
            rs.next();
            if (rs.getLong(1) > 0) {
                // The audit trail is append-only, so generated data is never deleted: start from a new database.
                throw new IllegalStateException("This database already has generated services (codes "
                        + CODE_PREFIX + "001…): generate into a new Desist database (a new DESIST_HOME)");
            }
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                work.add(pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url, user, password)) {
                        c.setAutoCommit(false);
                        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                        for (int s = first; s < scale.services; s += threads) {
                            Service service = service(s);
                            for (var table : TABLES.entrySet()) {
                                StringBuilder csv = service.tables.get(table.getKey());
                                long start = System.nanoTime();
                                long n = copy.copyIn(
                                        "COPY " + table.getKey() + " (" + table.getValue()
                                                + ") FROM STDIN (FORMAT csv)",
                                        new StringReader(csv.toString()));
                                copyNanos.addAndGet(System.nanoTime() - start);
                                nanos.get(table.getKey()).addAndGet(System.nanoTime() - start);
                                rows.get(table.getKey()).addAndGet(n);
                            }
                            c.commit();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        loadNanos = System.nanoTime() - started;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.createStatement().execute("analyze");
        }
    }

    /** One service's rows, as CSV per table. */
    static final class Service {
        final Map<String, StringBuilder> tables = new LinkedHashMap<>();

        Service() {
            TABLES.keySet().forEach(t -> tables.put(t, new StringBuilder(1 << 16)));
        }

        void row(String table, Object... values) {
            StringBuilder out = tables.get(table);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object v = values[i];
                if (v == null) {
                    continue; // an empty unquoted field is NULL in COPY's csv format
                }
                String text = v.toString();
                if (v instanceof String && (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.isEmpty())) {
                    out.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(text);
                }
            }
            out.append('\n');
        }
    }

    /** Everything in service number {@code s} (0-based), from its own seeded random source. */
    Service service(int s) {
        Random r = new Random(seed * 1_000_003L + s);
        Service out = new Service();
        String code = CODE_PREFIX + String.format("%03d", s + 1);
        String area = "Bench Borough " + String.format("%03d", s + 1);
        UUID serviceId = uuid(r);
        out.row("youth_justice_service", serviceId, code, area + " Youth Justice Service", area);

        String now = today.atStartOfDay() + "Z";
        List<UUID> caseManagers = new ArrayList<>();
        List<String> caseManagerNames = new ArrayList<>();
        List<UUID> managers = new ArrayList<>();
        UUID qaLead = null;
        String qaLeadName = null;
        String[][] staff = {
            {"cm", "CASE_MANAGER", String.valueOf(CASE_MANAGERS_PER_SERVICE), "Case manager"},
            {"om", "OPERATIONAL_MANAGER", "4", "Operational manager"},
            {"hos", "HEAD_OF_SERVICE", "1", "Head of service"},
            {"sw", "SPECIALIST_WORKER", "2", "Specialist worker"},
            {"qa", "QA_LEAD", "1", "Quality assurance lead"}
        };
        for (String[] kind : staff) {
            for (int i = 1; i <= Integer.parseInt(kind[2]); i++) {
                UUID id = uuid(r);
                String username = code.toLowerCase() + "." + kind[0] + String.format("%02d", i);
                String name = pick(r, GIVEN) + " " + pick(r, FAMILY);
                String agency = kind[1].equals("CASE_MANAGER") && i == 1
                        ? "POLICE"
                        : kind[1].equals("CASE_MANAGER") && i == 2 ? "PROBATION" : "YOUTH_JUSTICE_SERVICE";
                out.row("user_account", id, username, name, username + "@bench.invalid", kind[3], agency, passwordHash);
                out.row("user_role", id, kind[1]);
                out.row("service_membership", id, serviceId);
                if (kind[1].equals("CASE_MANAGER")) {
                    out.row("api_token", uuid(r), id, "Load benchmark", Tokens.sha256(Tokens.tokenOf(password, username)));
                    caseManagers.add(id);
                    caseManagerNames.add(username);
                } else if (kind[1].equals("OPERATIONAL_MANAGER")) {
                    managers.add(id);
                } else if (kind[1].equals("QA_LEAD")) {
                    qaLead = id;
                    qaLeadName = username;
                }
            }
        }
        teams(s, out, serviceId, managers, caseManagers);
        // The QA lead's API token (the quality benchmark draws samples through the API), from a random source of its
        // own so that every other generated row stayed as it was.
        Random qa = new Random(seed * 104_729L + s);
        out.row("api_token", uuid(qa), qaLead, "Quality benchmark", Tokens.sha256(Tokens.tokenOf(password, qaLeadName)));

        for (int n = 1; n <= CHILDREN_PER_SERVICE; n++) {
            child(r, out, serviceId, code, area, n, caseManagers, caseManagerNames, now);
        }
        return out;
    }

    /**
     * One team per operational manager, the case managers dealt round them in turn. The team ids come from a random
     * source of their own, so adding teams left every other generated row as it was.
     */
    private void teams(int s, Service out, UUID serviceId, List<UUID> managers, List<UUID> caseManagers) {
        Random r = new Random(seed * 7_919L + s);
        List<UUID> teams = new ArrayList<>();
        for (int t = 0; t < managers.size(); t++) {
            UUID team = uuid(r);
            teams.add(team);
            out.row("team", team, serviceId, "Team " + (t + 1), managers.get(t));
            out.row("team_member", team, managers.get(t), serviceId);
        }
        for (int i = 0; i < caseManagers.size() && !teams.isEmpty(); i++) {
            out.row("team_member", teams.get(i % teams.size()), caseManagers.get(i), serviceId);
        }
    }

    private void child(
            Random r,
            Service out,
            UUID serviceId,
            String code,
            String area,
            int n,
            List<UUID> caseManagers,
            List<String> caseManagerNames,
            String now) {
        UUID childId = uuid(r);
        // Interventions: one for most children, two or three for some; about a quarter have one in progress.
        int interventions = r.nextInt(100) < 60 ? 1 : r.nextInt(100) < 70 ? 2 : 3;
        boolean active = r.nextInt(100) < 25;
        // Children with a case in progress are 10 to 17; the others may have aged out since.
        int ageDays = active ? 365 * 11 + r.nextInt(365 * 7 - 30) : 365 * 11 + r.nextInt(365 * 9);
        LocalDate born = today.minusDays(ageDays);
        int cmIndex = r.nextInt(caseManagers.size());
        UUID caseManager = active ? caseManagers.get(cmIndex) : null;
        String recorder = caseManagerNames.get(cmIndex);
        out.row(
                "child",
                childId,
                serviceId,
                code + "-" + String.format("%06d", n),
                pick(r, GIVEN),
                pick(r, FAMILY),
                born,
                r.nextInt(100) < 82 ? "MALE" : "FEMALE",
                pick(r, ETHNICITY),
                (1 + r.nextInt(200)) + " " + pick(r, FAMILY) + " Road",
                area,
                "BN" + (1 + r.nextInt(30)) + " " + (1 + r.nextInt(9)) + (char) ('A' + r.nextInt(26))
                        + (char) ('A' + r.nextInt(26)),
                area,
                r.nextInt(100) < 6 ? "CARE_ORDER" : r.nextInt(100) < 3 ? "SECTION_20" : "NOT_LOOKED_AFTER",
                caseManager,
                now,
                recorder,
                now,
                recorder,
                0);

        // The history runs forwards from the child's first intervention: the last is in progress when active.
        LocalDate tenth = born.plusYears(10);
        LocalDate cursor = active
                ? today.minusDays(30 + r.nextInt(270))
                : today.minusDays(120 + r.nextInt(900));
        LocalDate[] starts = new LocalDate[interventions];
        for (int i = interventions - 1; i >= 0; i--) {
            starts[i] = cursor.isBefore(tenth.plusDays(30)) ? tenth.plusDays(30 + r.nextInt(60)) : cursor;
            cursor = starts[i].minusDays(150 + r.nextInt(400));
        }
        for (int i = 0; i < interventions; i++) {
            boolean inProgress = active && i == interventions - 1;
            LocalDate start = starts[i];
            if (start.isAfter(today)) {
                start = today.minusDays(7);
            }
            intervention(r, out, serviceId, childId, start, inProgress, caseManager, recorder, now);
        }
    }

    private void intervention(
            Random r,
            Service out,
            UUID serviceId,
            UUID childId,
            LocalDate start,
            boolean inProgress,
            UUID caseManager,
            String recorder,
            String now) {
        String type = type(r);
        boolean court = type.endsWith("_ORDER");
        boolean assessed = !type.equals("COMMUNITY_RESOLUTION") && !type.equals("PREVENTION_PROGRAMME");
        int months = court ? 6 + r.nextInt(7) : 3;
        LocalDate end = start.plusMonths(months);
        LocalDate closedOn = inProgress ? null : end.isAfter(today) ? today.minusDays(1) : end;
        UUID interventionId = uuid(r);
        List<UUID> offences = new ArrayList<>();
        for (int o = 0; o < 1 + r.nextInt(2); o++) {
            UUID offenceId = uuid(r);
            offences.add(offenceId);
            int score = 1 + r.nextInt(4);
            out.row(
                    "offence",
                    offenceId,
                    serviceId,
                    childId,
                    start.minusDays(14 + r.nextInt(60)),
                    "Synthetic offence for benchmarking",
                    pick(r, CATEGORY),
                    court ? "GUILTY" : "ADMITTED",
                    "CURRENT",
                    score,
                    now,
                    recorder);
        }
        out.row(
                "intervention",
                interventionId,
                serviceId,
                childId,
                type,
                start,
                court ? end : null,
                inProgress ? "ACTIVE" : "CLOSED",
                inProgress ? null : "COMPLETED",
                closedOn,
                inProgress ? caseManager : null,
                now,
                recorder);
        if (inProgress) {
            out.row("intervention_allocation", interventionId, caseManager, start, recorder);
        }
        for (UUID offence : offences) {
            out.row("intervention_offence", interventionId, offence);
        }
        LocalDate assessedOn = start.plusDays(10 + r.nextInt(10));
        if (assessed && !assessedOn.isAfter(today)) {
            UUID assessmentId = uuid(r);
            out.row(
                    "assessment",
                    assessmentId,
                    interventionId,
                    childId,
                    "SUBMITTED",
                    "Synthetic assessment for benchmarking",
                    pick(r, LIKELIHOOD),
                    pick(r, CLASSIFICATION),
                    pick(r, CLASSIFICATION),
                    assessedOn,
                    recorder,
                    now,
                    recorder);
            dueItem(r, out, serviceId, childId, "assessment-due", interventionId, start, start.plusDays(14),
                    "MET", inProgress ? caseManager : null, assessedOn, now);
            LocalDate agreedOn = assessedOn.plusDays(7 + r.nextInt(10));
            if (!agreedOn.isAfter(today)) {
                out.row(
                        "plan",
                        uuid(r),
                        interventionId,
                        childId,
                        assessmentId,
                        "AGREED",
                        "Stay away from the people he offended with; finish the college course",
                        "Safe at home; support with his mental health",
                        "No further harm to others",
                        agreedOn,
                        recorder,
                        true,
                        true,
                        now,
                        recorder);
                dueItem(r, out, serviceId, childId, "plan-due", interventionId, assessedOn,
                        assessedOn.plusDays(14), "MET", inProgress ? caseManager : null, agreedOn, now);
            }
        }
        // Reviews every 3 months of an order in progress; the next one is an open due item (some overdue).
        LocalDate lastReview = start;
        if (court) {
            for (LocalDate review = start.plusMonths(3);
                    !review.isAfter(inProgress ? today : closedOn);
                    review = review.plusMonths(3)) {
                LocalDate on = review.minusDays(r.nextInt(10));
                out.row(
                        "review",
                        uuid(r),
                        interventionId,
                        childId,
                        on,
                        "Attending well; no new offences",
                        "Wants to keep going with football",
                        "Pleased with progress",
                        false,
                        "The plan is still right",
                        false,
                        recorder);
                lastReview = on;
            }
            if (inProgress) {
                LocalDate due = lastReview.plusMonths(3);
                if (r.nextInt(100) < 8) {
                    due = today.minusDays(1 + r.nextInt(20)); // the overdue ones a manager chases
                }
                dueItem(r, out, serviceId, childId, "review-scheduled", interventionId, lastReview, due, "OPEN",
                        caseManager, null, now);
            }
        }
        // About 50 contacts in an intervention in progress (the last few still planned), a handful in closed ones.
        int contacts = inProgress ? 45 + r.nextInt(11) : 3 + r.nextInt(5);
        LocalDate until = inProgress ? today.plusDays(21) : closedOn;
        long span = Math.max(1, ChronoUnit.DAYS.between(start, until));
        for (int c = 0; c < contacts; c++) {
            LocalDate on = start.plusDays(span * c / contacts);
            boolean planned = on.isAfter(today);
            int roll = r.nextInt(100);
            String outcome = planned ? null : roll < 85 ? "ATTENDED" : roll < 94 ? "ACCEPTABLE_ABSENCE" : "UNACCEPTABLE_ABSENCE";
            out.row(
                    "contact",
                    uuid(r),
                    interventionId,
                    on,
                    LocalTime.of(9 + r.nextInt(8), r.nextBoolean() ? 0 : 30),
                    pick(r, CONTACT_TYPE),
                    planned ? null : !"UNACCEPTABLE_ABSENCE".equals(outcome) && !"ACCEPTABLE_ABSENCE".equals(outcome),
                    !planned && r.nextInt(100) < 30,
                    outcome,
                    outcome == null || outcome.equals("ATTENDED") ? null : "Did not attend",
                    planned ? null : "Talked about school and what he does after school; next steps agreed",
                    recorder);
        }
    }

    private void dueItem(
            Random r,
            Service out,
            UUID serviceId,
            UUID childId,
            String rule,
            UUID interventionId,
            LocalDate trigger,
            LocalDate due,
            String status,
            UUID owner,
            LocalDate metOn,
            String now) {
        out.row(
                "due_item",
                uuid(r),
                serviceId,
                childId,
                rule,
                "INTERVENTION",
                interventionId,
                trigger,
                due,
                "Synthetic benchmark data",
                status,
                owner,
                metOn,
                now,
                now);
    }

    private static String type(Random r) {
        int roll = r.nextInt(1000);
        for (Object[] type : TYPES) {
            roll -= (Integer) type[1];
            if (roll < 0) {
                return (String) type[0];
            }
        }
        return (String) TYPES[0][0];
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    /** A version-4 UUID from the seeded source, so identifiers repeat with the data. */
    private static UUID uuid(Random r) {
        long high = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    static long total(Map<String, AtomicLong> rows) {
        return rows.values().stream().mapToLong(AtomicLong::get).sum();
    }
}
