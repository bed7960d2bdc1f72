package org.desist.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.desist.child.EteStatus;
import org.desist.child.Ethnicity;
import org.desist.child.Gender;
import org.desist.child.LookedAfterStatus;
import org.desist.child.PncNumber;
import org.desist.programme.Programme;
import org.desist.security.Agency;
import org.desist.security.Provisioning;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo service on an empty database: deterministic (fixed seed and dates, so every newcomer sees
 * the same children) and idempotent (does nothing once Northbridge exists). One transaction: all or nothing.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "desist.demo.enabled", havingValue = "true")
class DemoServiceSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoServiceSeeder.class);
    static final String NORTHBRIDGE = "NBR";
    static final String SOUTHMOOR = "SMR";
    /** Ages are spread relative to this date, so the data does not change from day to day. */
    static final LocalDate ANCHOR = LocalDate.of(2026, 9, 1);

    private static final Instant SEEDED_AT = Instant.parse("2026-09-01T09:00:00Z");
    private static final long SEED = 20_260_901L;

    private final Provisioning provisioning;
    private final JdbcClient jdbc;
    private final DemoCasework casework;
    private final DemoProgrammes programmes;
    private final DemoCaseJourney journeys;
    private final DemoEarlierCasework earlier;

    DemoServiceSeeder(
            Provisioning provisioning,
            JdbcClient jdbc,
            DemoCasework casework,
            DemoProgrammes programmes,
            DemoCaseJourney journeys,
            DemoEarlierCasework earlier) {
        this.provisioning = provisioning;
        this.earlier = earlier;
        this.jdbc = jdbc;
        this.casework = casework;
        this.programmes = programmes;
        this.journeys = journeys;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (provisioning.findServiceByCode(NORTHBRIDGE).isPresent()) {
            log.info("Demo service already seeded: nothing to do");
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(SEED);
        YouthJusticeService northbridge = provisioning.createService(
                NORTHBRIDGE, "Northbridge Youth Justice Service", "Northbridge City Council");
        YouthJusticeService southmoor =
                provisioning.createService(SOUTHMOOR, "Southmoor Youth Offending Team", "Southmoor Borough Council");

        List<UUID> caseHolders = new ArrayList<>();
        Map<String, UUID> byName = new HashMap<>();
        UUID demoCaseManager = null;
        UUID demoManager = null;
        for (DemoAccounts.DemoAccount account : DemoAccounts.ALL) {
            UUID service = account.service().equals(SOUTHMOOR) ? southmoor.id() : northbridge.id();
            UUID id = provisioning.createAccount(new Provisioning.NewAccount(
                    account.username(),
                    account.name(),
                    account.jobTitle(),
                    account.agency(),
                    Optional.of(DemoAccounts.PASSWORD),
                    Set.of(account.role()),
                    Set.of(service)));
            byName.put(account.name(), id);
            if (account.username().equals("demo.casemanager")) {
                demoCaseManager = id;
            } else if (account.username().equals("demo.manager")) {
                demoManager = id;
            } else if (account.role() == Role.CASE_MANAGER && service.equals(northbridge.id())) {
                caseHolders.add(id);
            }
        }
        String[][] staff = {
            {"Tom Bradshaw", "YOS officer"},
            {"Rebecca Lowe", "YOS officer"},
            {"Kwame Asante", "YOS officer"},
            {"Joanna Nowak", "YOS officer"},
            {"Steve Farrell", "Senior YOS officer"},
            {"Nadia Rahman", "YOS officer"},
            {"Carl Jennings", "Operational manager"},
            {"Beth Morgan", "ETE worker"},
            {"Liam Gallagher-Brown", "Substance misuse worker"}
        };
        for (String[] person : staff) {
            boolean manager = person[1].contains("manager");
            boolean specialist = person[1].contains("worker");
            UUID id = provisioning.createAccount(new Provisioning.NewAccount(
                    person[0].toLowerCase().replaceAll("[^a-z]+", "."),
                    person[0],
                    person[1],
                    Agency.YOUTH_JUSTICE_SERVICE,
                    Optional.empty(),
                    EnumSet.of(
                            manager
                                    ? Role.OPERATIONAL_MANAGER
                                    : specialist ? Role.SPECIALIST_WORKER : Role.CASE_MANAGER),
                    Set.of(northbridge.id())));
            byName.put(person[0], id);
            if (!manager && !specialist) {
                caseHolders.add(id);
            }
        }
        DemoTeams.seed(provisioning, northbridge, byName);

        int children = 0;
        List<UUID[]> caseload = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            // demo.casemanager holds every 12th child, so the demo caseload has about a dozen.
            UUID caseManager = i % 12 == 0 ? demoCaseManager : caseHolders.get(random.nextInt(caseHolders.size()));
            UUID child = insertChild(random, northbridge, "NBR-" + String.format("%06d", 1000 + i), caseManager);
            caseload.add(new UUID[] {child, caseManager});
            children++;
        }
        List<Programme> offer = programmes.seed(northbridge, true);
        programmes.seed(southmoor, false);
        casework.seed(random, northbridge, caseload);
        long journeysStarted = System.nanoTime();
        journeys.seed(northbridge, caseload, demoManager, offer);
        earlier.seed(northbridge, caseload);
        long journeysMs = (System.nanoTime() - journeysStarted) / 1_000_000;
        for (int i = 1; i <= 12; i++) {
            insertChild(random, southmoor, "SMR-" + String.format("%05d", 500 + i), null);
            children++;
        }
        for (YouthJusticeService service : List.of(northbridge, southmoor)) {
            jdbc.sql("""
                            insert into audit_event (actor_username, channel, service_id, action, record_type, record_id, summary)
                            values ('demo-seed', 'SYSTEM', :service, 'DEMO_SEEDED', 'SERVICE', :service, :summary)
                            """)
                    .param("service", service.id())
                    .param("summary", "Demo service seeded: " + service.name())
                    .update();
        }
        log.info(
                "Seeded the demo services: {} children, {} staff accounts, in {} ms (the case journeys {} ms)",
                children,
                DemoAccounts.ALL.size() + staff.length,
                (System.nanoTime() - started) / 1_000_000,
                journeysMs);
    }

    private UUID insertChild(Random random, YouthJusticeService service, String reference, UUID caseManager) {
        boolean boy = random.nextDouble() < 0.8;
        Gender gender = boy ? Gender.MALE : (random.nextDouble() < 0.97 ? Gender.FEMALE : Gender.OTHER);
        String given = DemoPeople.pick(random, boy ? DemoPeople.BOYS : DemoPeople.GIRLS);
        String family = DemoPeople.pick(random, DemoPeople.FAMILY);
        // Ages 10 to 17 on the anchor date, weighted to the older end as youth justice caseloads are.
        int age = 10 + (int) Math.min(7, Math.floor(Math.sqrt(random.nextDouble()) * 8));
        LocalDate dob = ANCHOR.minusYears(age).minusDays(random.nextInt(365));
        Ethnicity ethnicity = ethnicity(random);
        LookedAfterStatus lookedAfter = lookedAfter(random);
        boolean outOfBorough = lookedAfter.lookedAfter() && random.nextDouble() < 0.4;
        EteStatus ete = ete(random, age);
        BigDecimal hours = switch (ete) {
            case FULL_TIME_EDUCATION, EMPLOYMENT -> new BigDecimal(25 + random.nextInt(6));
            case PART_TIME_EDUCATION, ALTERNATIVE_PROVISION, TRAINING -> new BigDecimal(5 + random.nextInt(16));
            default -> null;
        };
        boolean hasPnc = random.nextDouble() < 0.6;
        String pnc = hasPnc
                ? PncNumber.of(2019 + random.nextInt(7), random.nextInt(9_999_999))
                        .value()
                : null;
        boolean send = random.nextDouble() < 0.35;
        UUID id = new UUID(random.nextLong(), random.nextLong());
        jdbc.sql("""
                        insert into child (id, service_id, local_reference, given_name, family_name, preferred_name,
                            date_of_birth, gender, ethnicity, address_line1, town, postcode, local_authority,
                            placed_out_of_borough, pnc_number, looked_after_status, ete_status, ete_hours, ete_provider,
                            send, send_details, excluded_from_school, mental_health_concern, substance_misuse,
                            speech_language_needs, criminal_exploitation, county_lines, child_sexual_exploitation,
                            gang_involvement, child_protection_plan, child_in_need_plan, case_manager_id,
                            created_at, created_by, updated_at, updated_by, version)
                        values (:id, :service, :ref, :given, :family, :preferred, :dob, :gender, :ethnicity, :address,
                            :town, :postcode, :la, :oob, :pnc, :lac, :ete, :hours, :provider, :send, :sendDetails,
                            :excluded, :mh, :sm, :slcn, :ce, :cl, :cse, :gang, :cpp, :cin, :cm,
                            :at, 'demo-seed', :at, 'demo-seed', 0)
                        """)
                .param("id", id)
                .param("service", service.id())
                .param("ref", reference)
                .param("given", given)
                .param("family", family)
                .param("preferred", random.nextDouble() < 0.1 ? given.substring(0, Math.min(3, given.length())) : null)
                .param("dob", dob)
                .param("gender", gender.name())
                .param("ethnicity", ethnicity.name())
                .param("address", (1 + random.nextInt(120)) + " " + DemoPeople.pick(random, DemoPeople.STREETS))
                .param(
                        "town",
                        outOfBorough ? "Eastham" : service.localAuthority().split(" ")[0])
                .param("postcode", DemoPeople.postcode(random))
                .param(
                        "la",
                        outOfBorough ? DemoPeople.pick(random, DemoPeople.OTHER_AUTHORITIES) : service.localAuthority())
                .param("oob", outOfBorough)
                .param("pnc", pnc)
                .param("lac", lookedAfter.name())
                .param("ete", ete.name())
                .param("hours", hours)
                .param("provider", hours == null ? null : DemoPeople.pick(random, DemoPeople.SCHOOLS))
                .param("send", send)
                .param("sendDetails", send ? "EHC plan; needs instructions broken into short steps" : null)
                .param("excluded", random.nextDouble() < 0.15)
                .param("mh", random.nextDouble() < 0.3)
                .param("sm", age >= 13 && random.nextDouble() < 0.3)
                .param("slcn", random.nextDouble() < 0.25)
                .param("ce", age >= 12 && random.nextDouble() < 0.15)
                .param("cl", age >= 13 && random.nextDouble() < 0.07)
                .param("cse", random.nextDouble() < 0.04)
                .param("gang", age >= 13 && random.nextDouble() < 0.08)
                .param("cpp", random.nextDouble() < 0.07)
                .param("cin", random.nextDouble() < 0.15)
                .param("cm", caseManager)
                .param("at", Timestamp.from(SEEDED_AT))
                .update();
        insertPeople(random, id, family, lookedAfter, age);
        return id;
    }

    private void insertPeople(Random random, UUID childId, String family, LookedAfterStatus lookedAfter, int age) {
        int position = 0;
        if (lookedAfter == LookedAfterStatus.CARE_ORDER
                || lookedAfter == LookedAfterStatus.REMANDED_TO_LOCAL_AUTHORITY) {
            person(
                    childId,
                    position++,
                    "PARENT_CARER",
                    DemoPeople.pick(random, DemoPeople.ADULTS) + " " + DemoPeople.pick(random, DemoPeople.FAMILY),
                    random.nextBoolean() ? "Foster carer" : "Residential key worker",
                    false,
                    null,
                    DemoPeople.phone(random));
        }
        person(
                childId,
                position++,
                "PARENT_CARER",
                DemoPeople.pick(random, DemoPeople.ADULTS) + " " + family,
                random.nextDouble() < 0.7 ? "Mother" : "Father",
                true,
                null,
                DemoPeople.phone(random));
        if (random.nextDouble() < 0.4) {
            person(
                    childId,
                    position++,
                    "PARENT_CARER",
                    DemoPeople.pick(random, DemoPeople.ADULTS) + " " + family,
                    random.nextBoolean() ? "Father" : "Grandmother",
                    random.nextBoolean(),
                    null,
                    DemoPeople.phone(random));
        }
        if (lookedAfter.lookedAfter() || random.nextDouble() < 0.2) {
            person(
                    childId,
                    position++,
                    "PROFESSIONAL",
                    DemoPeople.pick(random, DemoPeople.ADULTS) + " " + DemoPeople.pick(random, DemoPeople.FAMILY),
                    "Social worker",
                    false,
                    "Northbridge Children's Social Care",
                    "01632 960" + String.format("%03d", random.nextInt(1000)));
        }
        if (lookedAfter.lookedAfter()) {
            person(
                    childId,
                    position++,
                    "PROFESSIONAL",
                    DemoPeople.pick(random, DemoPeople.ADULTS) + " " + DemoPeople.pick(random, DemoPeople.FAMILY),
                    "Independent reviewing officer",
                    false,
                    "Northbridge Children's Social Care",
                    "01632 960" + String.format("%03d", random.nextInt(1000)));
            if (age >= 16) {
                person(
                        childId,
                        position,
                        "PROFESSIONAL",
                        DemoPeople.pick(random, DemoPeople.ADULTS) + " " + DemoPeople.pick(random, DemoPeople.FAMILY),
                        "Personal adviser",
                        false,
                        "Northbridge Leaving Care Team",
                        DemoPeople.phone(random));
            }
        }
    }

    private void person(
            UUID childId,
            int position,
            String kind,
            String name,
            String relationship,
            boolean parentalResponsibility,
            String agency,
            String phone) {
        jdbc.sql("""
                        insert into child_person (child_id, position, kind, name, relationship, parental_responsibility, agency, phone)
                        values (:child, :position, :kind, :name, :relationship, :pr, :agency, :phone)
                        """)
                .param("child", childId)
                .param("position", position)
                .param("kind", kind)
                .param("name", name)
                .param("relationship", relationship)
                .param("pr", parentalResponsibility)
                .param("agency", agency)
                .param("phone", phone)
                .update();
    }

    /** Weighted like an English city's youth justice caseload: about two thirds White British. */
    private static Ethnicity ethnicity(Random random) {
        double r = random.nextDouble();
        if (r < 0.64) return Ethnicity.WHITE_BRITISH;
        if (r < 0.67) return Ethnicity.WHITE_OTHER;
        if (r < 0.68) return Ethnicity.WHITE_IRISH;
        if (r < 0.70) return Ethnicity.WHITE_GYPSY_OR_IRISH_TRAVELLER;
        if (r < 0.71) return Ethnicity.WHITE_ROMA;
        if (r < 0.75) return Ethnicity.MIXED_WHITE_AND_BLACK_CARIBBEAN;
        if (r < 0.77) return Ethnicity.MIXED_WHITE_AND_BLACK_AFRICAN;
        if (r < 0.78) return Ethnicity.MIXED_WHITE_AND_ASIAN;
        if (r < 0.79) return Ethnicity.MIXED_OTHER;
        if (r < 0.83) return Ethnicity.ASIAN_PAKISTANI;
        if (r < 0.84) return Ethnicity.ASIAN_INDIAN;
        if (r < 0.86) return Ethnicity.ASIAN_BANGLADESHI;
        if (r < 0.865) return Ethnicity.ASIAN_CHINESE;
        if (r < 0.875) return Ethnicity.ASIAN_OTHER;
        if (r < 0.91) return Ethnicity.BLACK_AFRICAN;
        if (r < 0.94) return Ethnicity.BLACK_CARIBBEAN;
        if (r < 0.95) return Ethnicity.BLACK_OTHER;
        if (r < 0.96) return Ethnicity.OTHER_ARAB;
        if (r < 0.97) return Ethnicity.OTHER_ANY;
        return Ethnicity.NOT_STATED;
    }

    private static LookedAfterStatus lookedAfter(Random random) {
        double r = random.nextDouble();
        if (r < 0.06) return LookedAfterStatus.CARE_ORDER;
        if (r < 0.12) return LookedAfterStatus.SECTION_20;
        if (r < 0.14) return LookedAfterStatus.REMANDED_TO_LOCAL_AUTHORITY;
        if (r < 0.15) return LookedAfterStatus.REMANDED_TO_YOUTH_DETENTION;
        return LookedAfterStatus.NOT_LOOKED_AFTER;
    }

    private static EteStatus ete(Random random, int age) {
        double r = random.nextDouble();
        if (age >= 16) {
            if (r < 0.35) return EteStatus.FULL_TIME_EDUCATION;
            if (r < 0.5) return EteStatus.TRAINING;
            if (r < 0.6) return EteStatus.EMPLOYMENT;
            return r < 0.95 ? EteStatus.NOT_IN_ETE : EteStatus.NOT_KNOWN;
        }
        if (r < 0.55) return EteStatus.FULL_TIME_EDUCATION;
        if (r < 0.72) return EteStatus.PART_TIME_EDUCATION;
        if (r < 0.88) return EteStatus.ALTERNATIVE_PROVISION;
        if (r < 0.92) return EteStatus.ELECTIVE_HOME_EDUCATION;
        return r < 0.98 ? EteStatus.NOT_IN_ETE : EteStatus.NOT_KNOWN;
    }
}
