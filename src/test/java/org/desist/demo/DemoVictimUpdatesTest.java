package org.desist.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** One of Ruth Okafor's demo victims who asked to be kept informed has had an update; a second run adds none. */
@SpringBootTest(properties = "desist.demo.enabled=true")
@ActiveProfiles("test")
class DemoVictimUpdatesTest {

    @Autowired
    DemoVictimUpdates seeder;

    @Autowired
    JdbcClient jdbc;

    private long updates() {
        return jdbc.sql("""
                        select count(*) from victim_update u join victim v on v.id = u.victim_id
                          join user_account a on a.id = v.worker_id
                         where a.username = 'demo.victims' and v.wants_updates and u.key_point = 'DISPOSAL'
                        """).query(Long.class).single();
    }

    @Test
    void aVictimWhoAskedToBeKeptInformedHasAnUpdateAndASecondRunAddsNone() throws Exception {
        assertThat(updates()).isEqualTo(1);
        seeder.run(null);
        assertThat(updates()).isEqualTo(1);
    }
}
