package org.desist.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.quality.AuditResults;
import org.desist.quality.AuditRound;
import org.desist.quality.AuditRounds;
import org.desist.quality.CaseAudit;
import org.desist.quality.CaseAudits;
import org.desist.quality.Framework;
import org.desist.quality.Frameworks;
import org.desist.quality.InspectionRatings;
import org.desist.quality.Rating;
import org.desist.quality.RoundCase;
import org.desist.quality.RoundPlan;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** The demo service is seeded once, with a realistic spread, and a second run changes nothing. */
@SpringBootTest(properties = "desist.demo.enabled=true")
@ActiveProfiles("test")
class DemoServiceSeederTest {

    @Autowired
    DemoServiceSeeder seeder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditRounds rounds;

    @Autowired
    CaseAudits audits;

    @Autowired
    Frameworks frameworks;

    @Autowired
    Directory directory;

    @Test
    void seedsNorthbridgeOnceWithARealisticSpread() throws Exception {
        long children = count(
                "select count(*) from child c join youth_justice_service s on s.id = c.service_id where s.code = 'NBR'");
        assertThat(children).isEqualTo(150);
        double boys = count("select count(*) from child c join youth_justice_service s on s.id = c.service_id "
                        + "where s.code = 'NBR' and gender = 'MALE'")
                / (double) children;
        assertThat(boys).isBetween(0.7, 0.9);
        assertThat(count("select count(*) from child where looked_after_status <> 'NOT_LOOKED_AFTER'"))
                .isPositive();
        assertThat(count("select count(*) from child where placed_out_of_borough"))
                .isPositive();
        assertThat(count("select count(distinct ethnicity) from child")).isGreaterThanOrEqualTo(10);
        assertThat(count("select min(extract(year from age(date '2026-09-01', date_of_birth))) from child"))
                .isEqualTo(10);
        assertThat(count("select max(extract(year from age(date '2026-09-01', date_of_birth))) from child"))
                .isEqualTo(17);
        assertThat(count("select count(*) from child_person where kind = 'PARENT_CARER' and parental_responsibility"))
                .isPositive();
        assertThat(count("select count(*) from user_account a join service_membership m on m.user_id = a.id "
                        + "join youth_justice_service s on s.id = m.service_id where s.code = 'NBR'"))
                .isBetween(18L, 25L);
        assertThat(count("select count(*) from user_account where username like 'demo.%'"))
                .isEqualTo(16);

        // Casework at every stage, through the same services as the pages.
        assertThat(count("select count(*) from oocd_referral where panel_date is null"))
                .as("referrals still being assessed or decided")
                .isPositive();
        assertThat(count("select count(*) from oocd_referral where panel_date is not null"))
                .as("referrals decided by the joint panel")
                .isPositive();
        assertThat(count("select count(*) from court_report where submitted_on is null"))
                .as("pre-sentence reports being written")
                .isPositive();
        assertThat(count("select count(*) from court_sentence")).as("sentences").isPositive();
        assertThat(count("select count(*) from due_item where status = 'OPEN'")).isPositive();
        // Stand-alone case audits by the QA lead (issue 15), completed, one acknowledged by demo.casemanager with a
        // reply.
        assertThat(count("select count(*) from case_audit where status = 'COMPLETED' and round_id is null"))
                .isBetween(4L, 8L);
        assertThat(count("select count(*) from case_audit where acknowledged_on is not null and reply is not null"))
                .isEqualTo(1);
        assertThat(count("select count(*) from case_audit where judgements::text like '%\"NO\"%'"))
                .as("audits with a no")
                .isPositive();
        assertThat(count("select count(*) from due_item where status = 'MET'")).isPositive();
        assertThat(count("select count(*) from programme p join youth_justice_service s on s.id = p.service_id"
                        + " where s.code = 'NBR' and p.active"))
                .as("Northbridge's programmes")
                .isEqualTo(9);

        // The case journey after the start of the work, for eight children with an order or out-of-court work
        // (the assessments written in Desist: those recorded afterwards are counted below).
        assertThat(count("select count(*) from assessment where status <> 'DRAFT' and recorded_on is null"))
                .as("submitted assessments")
                .isEqualTo(7);
        assertThat(count("select count(*) from assessment where status = 'COUNTERSIGNED' and recorded_on is null"))
                .as("countersigned by demo.manager")
                .isEqualTo(1);
        assertThat(count("select count(*) from assessment where status = 'SUBMITTED' and countersignature_required"))
                .as("awaiting a manager's countersignature")
                .isEqualTo(1);
        // The earlier, ended work's assessments, completed in AssetPlus and recorded afterwards: one each, high and
        // very high ones countersigned, with a spread of classifications.
        assertThat(count("select count(*) from assessment where recorded_on is not null"))
                .as("assessments recorded afterwards")
                .isEqualTo(DemoEarlierCasework.COURT_ORDERS + DemoEarlierCasework.OUT_OF_COURT);
        assertThat(count("select count(*) from assessment where recorded_on is not null and countersignature_required"
                        + " and status <> 'COUNTERSIGNED'"))
                .as("recorded afterwards and not countersigned though high")
                .isZero();
        assertThat(count("select count(distinct harm_classification) from assessment where recorded_on is not null"))
                .as("ROSH classifications recorded afterwards")
                .isEqualTo(4);
        assertThat(count("select count(distinct safety_classification) from assessment where recorded_on is not null"))
                .as("safety and wellbeing classifications recorded afterwards")
                .isEqualTo(4);
        assertThat(count("select count(*) from plan where status = 'AGREED'"))
                .as("agreed plans")
                .isEqualTo(5);
        assertThat(count("select count(*) from plan_action")).isEqualTo(10);
        assertThat(openItems("plan-due")).as("plans still due").isEqualTo(2);
        assertThat(openItems("risk-panel-referral"))
                .as("risk panel referrals due")
                .isPositive();
        assertThat(openItems("vulnerability-management-plan")).as("VMPs due").isPositive();
        assertThat(count("select count(*) from contact")).isGreaterThanOrEqualTo(20);
        assertThat(count("select count(*) from contact where outcome = 'UNACCEPTABLE_ABSENCE'"))
                .isEqualTo(2);
        assertThat(count("select count(*) from contact_warning")).as("warnings").isEqualTo(2);
        assertThat(count("select count(distinct intervention_id) from contact_warning"))
                .as("one child's two warnings prompt a compliance panel")
                .isEqualTo(1);
        assertThat(count("select count(*) from review")).as("reviews recorded").isEqualTo(1);
        assertThat(openItems("review-triggered"))
                .as("reviews due after a reallocation (or the remand)")
                .isPositive();
        assertThat(count("select count(*) from oversight"))
                .as("oversight records")
                .isEqualTo(3);
        assertThat(count("select count(*) from child_protection_concern")).isEqualTo(1);
        assertThat(count("select count(*) from multi_agency_meeting where type = 'TEAM_AROUND_THE_CHILD'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from programme_enrolment")).isEqualTo(1);
        assertThat(count("select count(*) from programme_session")).isEqualTo(3);
        assertThat(count("select count(*) from specialist_referral where outcome = 'AWAITING'"))
                .as("specialist referrals awaiting an outcome")
                .isEqualTo(2);
        assertThat(count("select count(*) from intervention where type = 'REMAND_TO_LOCAL_AUTHORITY'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from looked_after_event where kind = 'REMANDED_TO_LOCAL_AUTHORITY'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from looked_after_event where kind = 'CARE_ORDER_MADE'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from escalation where level = 2 and resolved_on is null"))
                .as("an open disagreement with social care, now with the line managers")
                .isEqualTo(1);
        assertThat(count("select count(*) from due_item where rule_id = 'care-leaver-custody-first-visit'"))
                .as("a relevant care leaver sentenced to custody")
                .isEqualTo(1);
        assertThat(count("select count(*) from expected_release")).isEqualTo(1);
        assertThat(count("select count(*) from social_care_allocation a join user_account u"
                        + " on u.id = a.user_account_id where u.username = 'demo.partner' and a.until_date is null"))
                .as("demo.partner is a looked-after child's social worker")
                .isEqualTo(1);
        assertThat(count("select count(distinct child_id) from shared_case"))
                .as("shared cases")
                .isEqualTo(2);
        assertThat(count("select count(*) from role_agreement"))
                .as("one of them agreed")
                .isEqualTo(1);
        assertThat(openItems("role-agreement")).as("the other is flagged").isEqualTo(1);
        assertThat(count("select count(*) from published_inspection where framework_id = 'HMIP-2018'"
                        + " and published_overall = 'REQUIRES_IMPROVEMENT'"))
                .as("Northbridge's last published inspection")
                .isEqualTo(1);
        assertThat(
                        count(
                                "select count(*) from improvement_plan p join published_inspection i on i.id = p.inspection_id"))
                .as("the improvement plan from it")
                .isEqualTo(1);
        assertThat(count("select count(distinct addressed_to) from improvement_recommendation"))
                .as("recommendations to the service, the Board and partners")
                .isEqualTo(3);
        assertThat(count("select count(*) from improvement_action")).isEqualTo(8);
        assertThat(count("select count(*) from improvement_action where status = 'COMPLETE'"))
                .isEqualTo(3);
        assertThat(count("select count(*) from improvement_action where status in ('NOT_STARTED', 'IN_PROGRESS')"
                        + " and due_date < current_date"))
                .as("one overdue, for the head of service")
                .isEqualTo(1);
        assertThat(count("select count(*) from improvement_board_review")).isEqualTo(2);

        mockInspection();

        Map<String, Object> before = snapshot();
        seeder.run(null);
        assertThat(snapshot()).isEqualTo(before);
    }

    /**
     * Northbridge's completed mock inspection (issue 15): drawn from the demo's cases, every sampled case audited and
     * completed by an auditor allowed to audit it, the organisational standards judged, and the overall rating given
     * by the framework's bands — read through the quality services as demo.qa.
     */
    private void mockInspection() {
        UUID service = jdbc.sql("select id from youth_justice_service where code = 'NBR'")
                .query(UUID.class)
                .single();
        StaffMember qa = directory.membersNamed(service, "Colin Marsh").get(0);
        StaffMember carl = directory.membersNamed(service, "Carl Jennings").get(0);
        actAs(qa, service);
        try {
            var mine = rounds.mine();
            assertThat(mine).hasSize(1);
            AuditRound round = rounds.get(mine.get(0).id());
            assertThat(round.kind()).isEqualTo(RoundPlan.Kind.MOCK_INSPECTION);
            assertThat(round.frameworkId()).isEqualTo("HMIP-2018");
            assertThat(round.fieldworkDate()).isBefore(LocalDate.now());
            assertThat(round.sample()).hasSizeGreaterThanOrEqualTo(12);
            assertThat(round.sample())
                    .extracting(RoundCase::work)
                    .contains(Framework.CaseWork.COURT, Framework.CaseWork.OUT_OF_COURT);
            assertThat(round.sample())
                    .extracting(RoundCase::auditorId)
                    .containsOnly(qa.id(), carl.id())
                    .contains(qa.id(), carl.id());
            assertThat(round.sample())
                    .as("every sampled case classified at the fieldwork date")
                    .allMatch(c -> !c.stratum().rosh().equals(AuditRound.NOT_YET_ASSESSED)
                            && !c.stratum().safetyAndWellbeing().equals(AuditRound.NOT_YET_ASSESSED));
            assertThat(round.sample().stream().map(c -> c.stratum().rosh()).distinct())
                    .as("the sample's ROSH strata")
                    .hasSizeGreaterThanOrEqualTo(3);
            round.sample().stream()
                    .filter(c -> carl.id().equals(c.auditorId()))
                    .forEach(c -> assertThat(directory.managesDirectly(service, carl.id(), c.caseManagerId()))
                            .as("Carl Jennings audits no case he manages directly")
                            .isFalse());

            List<CaseAudits.RoundAudit> audited = audits.inRound(round.id());
            assertThat(audited).allMatch(a -> a.status() == CaseAudit.Status.COMPLETED);
            assertThat(audited)
                    .extracting(CaseAudits.RoundAudit::interventionId)
                    .containsExactlyInAnyOrderElementsOf(round.sample().stream()
                            .map(RoundCase::interventionId)
                            .toList());
            assertThat(audited)
                    .allMatch(a -> round.sample().stream()
                            .anyMatch(c -> c.interventionId().equals(a.interventionId())
                                    && c.auditorId().equals(a.auditorId())));

            Framework framework = frameworks.find("HMIP-2018").orElseThrow();
            assertThat(round.organisational().keySet())
                    .containsExactlyInAnyOrderElementsOf(framework.standards().stream()
                            .filter(s -> !s.caseBased())
                            .map(Framework.Standard::number)
                            .toList());
            AuditResults results = audits.resultsOfRound(round.id()).results();
            assertThat(results.audits()).isEqualTo(round.sample().size());
            assertThat(results.casesBehindNo())
                    .as("some no's, with their reasons")
                    .isNotEmpty();
            Map<String, Rating> ratings = new HashMap<>();
            round.organisational().forEach((n, j) -> ratings.put(n, j.rating()));
            results.standards()
                    .forEach(s -> ratings.put(s.standard().number(), s.rating().orElseThrow()));
            InspectionRatings.Overall overall = InspectionRatings.overall(
                    framework, framework.overallRatings().get(0), ratings);
            assertThat(overall.ratedStandards()).isEqualTo(framework.standards().size());
            assertThat(overall.rating()).isIn(Rating.GOOD, Rating.REQUIRES_IMPROVEMENT);
            assertThat(Set.copyOf(ratings.values()))
                    .as("a realistic spread of ratings")
                    .hasSizeGreaterThan(1);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void actAs(StaffMember person, UUID service) {
        CurrentUser user = new CurrentUser(
                person.id(),
                person.username(),
                person.displayName(),
                person.roles(),
                Set.of(service),
                CurrentUser.Channel.SYSTEM);
        CurrentUser.CurrentUserHolder principal = () -> user;
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
        SecurityContextHolder.setContext(context);
    }

    private Map<String, Object> snapshot() {
        return Map.of(
                "children", count("select count(*) from child"),
                "accounts", count("select count(*) from user_account"),
                "people", count("select count(*) from child_person"),
                "names",
                        jdbc.sql(
                                        "select string_agg(given_name || family_name, ',' order by local_reference) from child")
                                .query(String.class)
                                .single());
    }

    private long openItems(String rule) {
        return jdbc.sql("select count(*) from due_item where status = 'OPEN' and rule_id = :rule")
                .param("rule", rule)
                .query(Long.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
