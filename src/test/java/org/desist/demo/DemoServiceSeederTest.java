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
                .isEqualTo(13);

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
        assertThat(count("select count(*) from due_item where status = 'MET'")).isPositive();
        assertThat(count("select count(*) from programme p join youth_justice_service s on s.id = p.service_id"
                        + " where s.code = 'NBR' and p.active"))
                .as("Northbridge's programmes")
                .isEqualTo(9);

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

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
