package org.desist.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo service is seeded once, with a realistic spread, and a second run changes nothing. */
@SpringBootTest(properties = "desist.demo.enabled=true")
@ActiveProfiles("test")
class DemoServiceSeederTest {

    @Autowired
    DemoServiceSeeder seeder;

    @Autowired
    JdbcClient jdbc;

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
                .isEqualTo(14);

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
        // Case audits by the QA lead (issue 15), completed, one acknowledged by demo.casemanager with a reply.
        assertThat(count("select count(*) from case_audit where status = 'COMPLETED'"))
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

        // The case journey after the start of the work, for eight children with an order or out-of-court work.
        assertThat(count("select count(*) from assessment where status <> 'DRAFT'"))
                .as("submitted assessments")
                .isEqualTo(7);
        assertThat(count("select count(*) from assessment where status = 'COUNTERSIGNED'"))
                .as("countersigned by demo.manager")
                .isEqualTo(1);
        assertThat(count("select count(*) from assessment where status = 'SUBMITTED' and countersignature_required"))
                .as("awaiting a manager's countersignature")
                .isEqualTo(1);
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

        Map<String, Object> before = snapshot();
        seeder.run(null);
        assertThat(snapshot()).isEqualTo(before);
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
