package org.desist.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Ruth Okafor's demo victims are in every state a victim worker meets, and a second run changes nothing. */
@SpringBootTest(properties = "desist.demo.enabled=true")
@ActiveProfiles("test")
class DemoVictimsTest {

    @Autowired
    DemoVictims seeder;

    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static final String RUTHS = """
            select v.id from victim v join user_account a on a.id = v.worker_id
             join youth_justice_service s on s.id = v.service_id
            where a.username = 'demo.victims' and s.code = 'NBR'
            """;

    @Test
    void ruthsVictimsAreInEveryStateAndASecondRunChangesNothing() throws Exception {
        assertThat(count("select count(*) from (" + RUTHS + ") r")).isGreaterThanOrEqualTo(7);
        assertThat(count("select count(*) from victim v where v.id in (" + RUTHS + ") and not exists "
                        + "(select 1 from victim_contact c where c.victim_id = v.id)"))
                .as("not yet contacted")
                .isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from victim v where v.id in (" + RUTHS + ") and not exists "
                        + "(select 1 from victim_contact c where c.victim_id = v.id and c.made) and exists "
                        + "(select 1 from victim_contact c where c.victim_id = v.id)"))
                .as("attempts without reply")
                .isGreaterThanOrEqualTo(1);
        for (String decision : new String[] {"GIVEN", "REFUSED", "WITHDRAWN"}) {
            assertThat(count("select count(*) from victim_consent where subject = 'CONTACT' and decision = '" + decision
                            + "' and victim_id in (" + RUTHS + ")"))
                    .as(decision)
                    .isGreaterThanOrEqualTo(1);
        }
        assertThat(count("select count(*) from victim where shared_wishes is not null and id in (" + RUTHS + ")"))
                .isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from victim_support_referral where victim_id in (" + RUTHS + ")"))
                .isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from victim where closed_on is not null and id in (" + RUTHS + ")"))
                .isEqualTo(1);
        assertThat(count("select count(*) from victim v join youth_justice_service s on s.id = v.service_id"
                        + " where s.code = 'NBR' and v.worker_id is null"))
                .as("some left for the manager to allocate")
                .isGreaterThanOrEqualTo(1);

        long contacts = count("select count(*) from victim_contact");
        seeder.run(null);
        assertThat(count("select count(*) from victim_contact")).isEqualTo(contacts);
    }
}
