package org.desist.parenting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.desist.LostUpdateTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two decisions on the same parenting prompt from the same version: one wins whole, the other is told. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Autowired
    Parenting parenting;

    @Test
    void decidingOnAPrompt() {
        ParentingPrompt prompt = as(
                        caseManager,
                        () -> parenting.recordOtherAssessment(
                                childRecords.responsibleChild(child.id()),
                                ParentingTrigger.CAMHS,
                                LocalDate.of(2027, 1, 25),
                                null))
                .orElseThrow();
        var outcome = race.race(
                caseManager,
                () -> parenting.decide(prompt.id(), 0, ParentingDecision.ASSESS, "A: mum asked for support"),
                () -> parenting.decide(prompt.id(), 0, ParentingDecision.NOT_NEEDED, "B: support in place"));

        oneWins(outcome, "parenting_prompt", Parenting.PROMPT, prompt.id(), 0);
        assertThat(jdbc.sql("select decision_reason from parenting_prompt where id = :id")
                        .param("id", prompt.id())
                        .query(String.class)
                        .single())
                .isEqualTo("A: mum asked for support");
        // The prompt's due item was met once.
        assertThat(jdbc.sql("select count(*) from due_item where trigger_record_id = :id and status = 'MET'")
                        .param("id", prompt.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theDecisionPageShowsTheStalePanelToTheSecondDecision() throws Exception {
        ParentingPrompt prompt = as(
                        caseManager,
                        () -> parenting.recordOtherAssessment(
                                childRecords.responsibleChild(child.id()),
                                ParentingTrigger.CAMHS,
                                LocalDate.of(2027, 1, 25),
                                null))
                .orElseThrow();
        as(caseManager, () -> parenting.decide(prompt.id(), 0, ParentingDecision.ASSESS, "Mum asked for support"));

        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/parenting-prompts/{id}/decision", prompt.id())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(data.authenticationOf(caseManager)))
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("version", "0")
                        .param("decision", "NOT_NEEDED")
                        .param("reason", "Support already in place"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("This record was changed by " + caseManager)
                .contains("Nothing was saved: check the prompt and try again.")
                .contains("Support already in place");
        assertThat(version("parenting_prompt", prompt.id())).isEqualTo(1);
    }
}
