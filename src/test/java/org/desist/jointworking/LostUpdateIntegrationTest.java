package org.desist.jointworking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.desist.LostUpdateTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two changes of the same social care allocation from the same version, through the API: one wins. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    UUID allocation;

    @org.springframework.beans.factory.annotation.Autowired
    SharedCases sharedCases;

    @BeforeEach
    void aSocialWorker() throws Exception {
        allocation = created(
                cmToken,
                post("/api/v1/children/{id}/social-care-allocations", child.id()),
                sw("Lucy Carter", "2026-11-02", null));
    }

    @Test
    void endingAnAllocation() {
        var outcome = apiRace(
                caseManager,
                cmToken,
                () -> post("/api/v1/children/{id}/social-care-allocations/{a}/end", child.id(), allocation),
                "{\"endedOn\":\"2027-01-29\",\"version\":0}",
                () -> post("/api/v1/children/{id}/social-care-allocations/{a}/end", child.id(), allocation),
                "{\"endedOn\":\"2027-01-28\",\"version\":0}");

        oneWinsViaApi(outcome, "social_care_allocation", SharedCases.ALLOCATION, allocation, 0);
        assertThat(until()).isEqualTo("2027-01-29");
    }

    @Test
    void replacingTheSocialWorkerLeavesOneCurrentAllocation() {
        var outcome = apiRace(
                caseManager,
                cmToken,
                () -> post("/api/v1/children/{id}/social-care-allocations", child.id()),
                sw("Priya Shah", "2027-01-20", 0L),
                () -> post("/api/v1/children/{id}/social-care-allocations", child.id()),
                sw("Sam Jones", "2027-01-21", 0L));

        oneWinsViaApi(outcome, "social_care_allocation", SharedCases.ALLOCATION, allocation, 0);
        assertThat(until()).isEqualTo("2027-01-20");
        assertThat(jdbc.sql("select name from social_care_allocation where child_id = :c and until_date is null")
                        .param("c", child.id())
                        .query(String.class)
                        .list())
                .containsExactly("Priya Shah");
    }

    @Test
    void aReplacementCannotBeReplacedFromTheVersionBeforeIt() throws Exception {
        // Priya replaces Lucy from version 0; someone who still saw Lucy at version 0 then replaces "the current
        // one": the new allocation carries the role's version on, so they are told it changed, in sequence too.
        created(
                cmToken,
                post("/api/v1/children/{id}/social-care-allocations", child.id()),
                sw("Priya Shah", "2027-01-20", 0L));
        api(
                        cmToken,
                        post("/api/v1/children/{id}/social-care-allocations", child.id()),
                        sw("Sam Jones", "2027-01-21", 0L))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(currentSocialWorkers()).containsExactly("Priya Shah");
        created(
                cmToken,
                post("/api/v1/children/{id}/social-care-allocations", child.id()),
                sw("Sam Jones", "2027-01-21", 1L));
        assertThat(currentSocialWorkers()).containsExactly("Sam Jones");
    }

    @Test
    void twoFirstAllocationsAtOnceLeaveOneAndTellTheOther() {
        var other = as(
                caseManager,
                () -> records.register(
                        service.id(), org.desist.TestData.child("Nia", "Race", java.time.LocalDate.of(2011, 6, 2))));
        var outcome = apiRace(
                caseManager,
                cmToken,
                () -> post("/api/v1/children/{id}/social-care-allocations", other.id()),
                sw("Ade Bello", "2026-11-02", null),
                () -> post("/api/v1/children/{id}/social-care-allocations", other.id()),
                sw("Kim Lee", "2026-11-03", null));
        assertThat(outcome.bWaitedForA()).as("B waited for A's insert").isTrue();
        assertThat(outcome.a()).as("save A").isBetween(200, 299);
        assertThat(outcome.b()).as("save B: " + outcome.bBody()).isEqualTo(409);
        assertThat(outcome.bBody()).contains("stale-version", "Someone else recorded one in the meantime");
        assertThat(jdbc.sql("""
                        select name from social_care_allocation
                         where child_id = :c and role = 'SOCIAL_WORKER' and until_date is null""").param("c", other.id()).query(String.class).list())
                .containsExactly("Ade Bello");
    }

    @Test
    void twoFirstRoleAgreementsAtOnceLeaveOneAndTellTheOther() {
        var outcome = race.race(
                caseManager,
                () -> sharedCases.agree(childRecords.responsibleChild(child.id()), agreement("Every 2 weeks"), null),
                () -> sharedCases.agree(childRecords.responsibleChild(child.id()), agreement("Every week"), null));
        assertThat(outcome.loserIsStale().changes()).containsExactly("Someone else recorded one in the meantime");
        assertThat(currentAgreements()).containsExactly("Every 2 weeks");
    }

    @Test
    void aRoleAgreementCannotBeSupersededFromTheVersionBeforeIt() {
        as(
                caseManager,
                () -> sharedCases.agree(childRecords.responsibleChild(child.id()), agreement("Every 2 weeks"), null));
        as(
                caseManager,
                () -> sharedCases.agree(childRecords.responsibleChild(child.id()), agreement("Every week"), 0L));
        // Somebody who still saw the first agreement (version 0) supersedes "the current one": stale, not lost.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as(
                        caseManager,
                        () -> sharedCases.agree(childRecords.responsibleChild(child.id()), agreement("Monthly"), 0L)))
                .isInstanceOf(org.desist.platform.StaleRecordException.class);
        assertThat(currentAgreements()).containsExactly("Every week");
    }

    private java.util.List<String> currentAgreements() {
        return jdbc.sql("select contact_frequency from role_agreement where child_id = :c and superseded_on is null")
                .param("c", child.id())
                .query(String.class)
                .list();
    }

    private static SharedCaseRules.Agreement agreement(String frequency) {
        return new SharedCaseRules.Agreement(
                "YOS: offending behaviour; social care: placement and welfare",
                "Case manager and allocated social worker",
                frequency,
                "Phone and secure email",
                java.time.LocalDate.of(2027, 1, 15),
                "Marcus Reid",
                "Lucy Carter",
                null,
                LeadProfessional.YOS_CASE_MANAGER,
                null,
                null);
    }

    private java.util.List<String> currentSocialWorkers() {
        return jdbc.sql("""
                        select name from social_care_allocation
                         where child_id = :c and role = 'SOCIAL_WORKER' and until_date is null""").param("c", child.id()).query(String.class).list();
    }

    private String until() {
        return jdbc.sql("select until_date::text from social_care_allocation where id = :id")
                .param("id", allocation)
                .query(String.class)
                .single();
    }

    private static String sw(String name, String from, Long currentVersion) {
        return "{\"role\":\"SOCIAL_WORKER\",\"name\":\"" + name + "\",\"team\":\"Children in care team\","
                + "\"phone\":\"01632 960 002\",\"from\":\"" + from + "\",\"currentVersion\":" + currentVersion + "}";
    }
}
