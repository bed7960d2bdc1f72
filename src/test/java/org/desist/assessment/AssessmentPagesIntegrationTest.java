package org.desist.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The assessment pages without JavaScript: question pages, submit with its problems, the manager's queue. */
@IntegrationTest
@Import(February2027.class)
class AssessmentPagesIntegrationTest {

    @Autowired
    ChildRecords childRecords;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Interventions interventions;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aCaseManagerWritesAndSubmitsAndAManagerCountersignsFromTheQueue() throws Exception {
        YouthJusticeService service = data.service("Pages");
        String caseManager = data.account("pages.cm", Role.CASE_MANAGER, service);
        String manager = data.account("pages.mgr", Role.OPERATIONAL_MANAGER, service);
        data.actAs(caseManager);
        Child child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Casey", "Moor", LocalDate.of(2009, 9, 9))));
        UUID intervention = transactions
                .execute(s -> interventions.start(
                        childRecords.responsibleChild(child.id()),
                        new Interventions.NewIntervention(
                                InterventionType.YOUTH_REHABILITATION_ORDER,
                                LocalDate.of(2027, 1, 4),
                                LocalDate.of(2028, 1, 3),
                                null,
                                java.util.List.of())))
                .id();
        TestData.signOut();
        var cm = authentication(data.authenticationOf(caseManager));
        var mgr = authentication(data.authenticationOf(manager));

        assertThat(page(cm, "/interventions/" + intervention))
                .contains("/interventions/" + intervention + "/assessment");
        assertThat(page(cm, "/interventions/" + intervention + "/assessment"))
                .contains("There is no assessment of this intervention yet", "Start the assessment");
        String first =
                redirect(post("/interventions/{id}/assessment", intervention).with(cm));
        assertThat(first).matches("/assessments/[0-9a-f-]{36}/desistance");
        String base = first.replace("/desistance", "");
        assertThat(page(cm, first)).contains("Factors linked to offending", "Likelihood of reoffending");

        String next = redirect(post(first)
                .with(cm)
                .param("version", "0")
                .param("offendingFactors", "Older peers")
                .param("desistanceFactors", "Football")
                .param("strengths", "Loves his little sister")
                .param("likelihoodOfReoffending", "MEDIUM"));
        assertThat(next).isEqualTo(base + "/safety-and-wellbeing");
        redirect(post(next)
                .with(cm)
                .param("version", "1")
                .param("concerns", "Seen with older men in cars")
                .param("concernTypes", "EXPLOITATION", "COUNTY_LINES")
                .param("safetyClassification", "VERY_HIGH")
                .param("safetyAnalysis", "Signs of criminal exploitation"));

        // Submitting before the views are recorded: the problems link to the questions.
        String problems = mvc.perform(
                        post(base + "/submit").with(cm).with(csrf()).param("version", "2"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(problems)
                .contains("There is a problem", "Record the child&#39;s views", base + "/sources-and-views#childViews");

        redirect(post(base + "/risk-of-harm")
                .with(cm)
                .param("version", "2")
                .param("harm", "None known")
                .param("harmClassification", "LOW"));
        redirect(post(base + "/sources-and-views")
                .with(cm)
                .param("version", "3")
                .param("sourcesConsulted", "POLICE", "SOCIAL_CARE")
                .param("childViews", "Says they are his friends")
                .param("parentsViews", "Dad wants him moved away"));
        assertThat(redirect(post(base + "/submit").with(cm).param("version", "4")))
                .isEqualTo("/interventions/" + intervention + "/assessment?submitted");
        assertThat(page(cm, "/interventions/" + intervention + "/assessment"))
                .contains("Awaiting countersignature", "Very high", "A manager countersigns");

        assertThat(page(mgr, "/assessments/awaiting-countersignature")).contains("Casey");
        mvc.perform(get("/assessments/awaiting-countersignature").with(cm)).andExpect(status().isForbidden());
        assertThat(redirect(post(base + "/countersign").with(mgr).param("version", "5")))
                .isEqualTo("/interventions/" + intervention + "/assessment?countersigned");
        assertThat(page(mgr, "/interventions/" + intervention + "/assessment"))
                .contains("Countersigned", "Safety and wellbeing", "Very high");
        assertThat(page(mgr, "/assessments/awaiting-countersignature")).doesNotContain("Casey");
    }

    @Test
    void aStaleSaveShowsWhoChangedTheAssessmentAndKeepsWhatWasTyped() throws Exception {
        YouthJusticeService service = data.service("Stale pages");
        String caseManager = data.account("stale.cm", Role.CASE_MANAGER, service);
        data.actAs(caseManager);
        Child child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Robin", "Vale", LocalDate.of(2010, 5, 5))));
        UUID intervention = transactions
                .execute(s -> interventions.start(
                        childRecords.responsibleChild(child.id()),
                        new Interventions.NewIntervention(
                                InterventionType.YOUTH_REHABILITATION_ORDER,
                                LocalDate.of(2027, 1, 4),
                                LocalDate.of(2028, 1, 3),
                                null,
                                java.util.List.of())))
                .id();
        TestData.signOut();
        var cm = authentication(data.authenticationOf(caseManager));
        String base = redirect(
                        post("/interventions/{id}/assessment", intervention).with(cm))
                .replace("/desistance", "");
        // Somebody saves the desistance page from version 0 ...
        redirect(post(base + "/desistance").with(cm).param("version", "0").param("offendingFactors", "Saved first"));

        // ... then a second tab still at version 0: the stale panel, the answers as typed, the current version.
        String stale = mvc.perform(post(base + "/desistance")
                        .with(cm)
                        .with(csrf())
                        .param("version", "0")
                        .param("offendingFactors", "Typed second"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stale)
                .contains("while you were editing it", "Changed the draft assessment", "Typed second")
                .contains("name=\"version\" value=\"1\"");
        String rating = mvc.perform(post(base + "/family-relationships")
                        .with(cm)
                        .with(csrf())
                        .param("version", "0")
                        .param("familyRelationshipsRating", "3"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(rating)
                .contains("while you were editing it", "Nothing was saved: check the rating and try again.")
                .contains("name=\"version\" value=\"1\"");
        String submit = mvc.perform(post(base + "/submit").with(cm).with(csrf()).param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(submit).contains("while you were editing it").doesNotContain("There is a problem");
    }

    private String page(RequestPostProcessor as, String path) throws Exception {
        return mvc.perform(get(path).with(as))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String redirect(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
