package org.desist.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Restorative justice at Northbridge in its states, seeded once: a second run changes nothing. */
@SpringBootTest(properties = "desist.demo.enabled=true")
@ActiveProfiles("test")
class DemoRestorativeJusticeTest {

    @Autowired
    DemoRestorativeJustice seeder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void restorativeJusticeIsSeededInItsStatesOnce() throws Exception {
        assertThat(count("victim_consent = 'REFUSED' and kind is null"))
                .as("offered and declined")
                .isEqualTo(1);
        assertThat(count("victim_consent is null and child_consent is null"))
                .as("consents pending")
                .isEqualTo(1);
        assertThat(count("risk_assessed_on is not null and risk_approved_on is null"))
                .as("waiting for approval")
                .isEqualTo(1);
        assertThat(count("kind = 'CONFERENCE' and outcome = 'AGREEMENT_REACHED' and satisfaction = 'VERY_SATISFIED'"
                        + " and risk_approved_by <> risk_assessed_by"))
                .as("a conference held, the victim very satisfied")
                .isEqualTo(1);
        assertThat(count("kind = 'LETTER' and outcome = 'LETTER_DELIVERED'"))
                .as("a letter")
                .isEqualTo(1);
        assertThat(count("kind = 'COMMUNITY_REPARATION' and reparation_intervention_id is not null"
                        + " and reparation_hours_done = 6"))
                .as("community reparation against a referral order's contract")
                .isEqualTo(1);
        long all = count("true");
        seeder.run(null);
        assertThat(count("true")).isEqualTo(all);
    }

    private long count(String where) {
        return jdbc.sql("select count(*) from restorative_justice where " + where)
                .query(Long.class)
                .single();
    }
}
