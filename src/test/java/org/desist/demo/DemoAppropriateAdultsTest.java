package org.desist.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Northbridge's month of appropriate adult call-outs and its rota, seeded once. */
@SpringBootTest(properties = "desist.demo.enabled=true")
@ActiveProfiles("test")
class DemoAppropriateAdultsTest {

    @Autowired
    DemoAppropriateAdults seeder;

    @Autowired
    JdbcClient jdbc;

    private long count(String where) {
        return jdbc.sql("select count(*) from aa_call_out a join youth_justice_service s on s.id = a.service_id"
                        + " where s.code = 'NBR' and " + where)
                .query(Long.class)
                .single();
    }

    @Test
    void aMonthOfCallOutsWithALateOneAnOvernightDetentionAndAReferral() throws Exception {
        assertThat(count("true")).isEqualTo(13);
        assertThat(count("arrived_at - requested_at > interval '120 minutes'")).isEqualTo(2);
        assertThat(count("kept_overnight and accommodation_provided = false and accommodation_reason is not null"))
                .isEqualTo(1);
        assertThat(count("kept_overnight and accommodation_provided")).isEqualTo(1);
        assertThat(count("child_id is not null")).isGreaterThanOrEqualTo(5);
        assertThat(count("outcome = 'OUT_OF_COURT_REFERRAL' and linked_record_id is not null"))
                .isEqualTo(1);
        assertThat(count("extract(hour from requested_at at time zone 'Europe/London') not between 9 and 16"))
                .isGreaterThanOrEqualTo(5);
        long slots =
                jdbc.sql("select count(*) from aa_rota_slot").query(Long.class).single();
        assertThat(slots).isGreaterThan(40);

        seeder.run(null);
        assertThat(count("true")).as("a second run changes nothing").isEqualTo(13);
        assertThat(jdbc.sql("select count(*) from aa_rota_slot")
                        .query(Long.class)
                        .single())
                .isEqualTo(slots);
    }
}
