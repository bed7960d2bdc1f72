package org.desist.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.jointworking.LookedAfterEvent;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The allocated social worker is invited to every review (the joint protocol between children's social care and the YOS "Reviews and meetings"): the answer
 * is required when the child is looked after on the day of the review, and shown on the record. "Today" is Monday 1
 * February 2027.
 */
@IntegrationTest
@Import(February2027.class)
class SocialWorkerInvitedToReviewsIntegrationTest {

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
    LookedAfterRecords lookedAfter;

    @Autowired
    TransactionTemplate transactions;

    YouthJusticeService service;
    String caseManager;
    RequestPostProcessor cm;

    @BeforeEach
    void aService() {
        service = data.service("SwReview");
        caseManager = data.account("swr.cm", Role.CASE_MANAGER, service);
        cm = authentication(data.authenticationOf(caseManager));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aLookedAfterChildsReviewSaysWhetherTheSocialWorkerWasInvited() throws Exception {
        Intervention order = order(child("Wren", true));
        MockHttpSession session = new MockHttpSession();

        String refused = mvc.perform(review(order, session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Select whether the social worker was invited: the child is looked after");

        mvc.perform(review(order, session)
                        .param("socialWorkerInvited", "INVITED")
                        .param("socialWorkerInvitedOn.day", "18")
                        .param("socialWorkerInvitedOn.month", "1")
                        .param("socialWorkerInvitedOn.year", "2027")
                        .param("socialWorkerInvitedHow", "Secure email to Sam Patel and her team manager"))
                .andExpect(redirectedUrl("/interventions/" + order.id() + "/reviews/check"));
        assertThat(mvc.perform(get("/interventions/{id}/reviews/check", order.id())
                                .with(cm)
                                .session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Yes, on 18/1/2027 (Secure email to Sam Patel and her team manager)");
        mvc.perform(post("/interventions/{id}/reviews", order.id())
                        .with(cm)
                        .with(csrf())
                        .session(session))
                .andExpect(redirectedUrl("/interventions/" + order.id() + "/reviews?recorded"));

        assertThat(mvc.perform(get("/interventions/{id}/reviews", order.id()).with(cm))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Social worker invited", "Yes, on 18 January 2027 (Secure email to Sam Patel");
        mvc.perform(get("/api/v1/interventions/{id}/reviews", order.id()).with(cm))
                .andExpect(
                        jsonPath("$.reviews[0].socialWorkerInvitation.invited").value("INVITED"))
                .andExpect(jsonPath("$.reviews[0].socialWorkerInvitation.on").value("2027-01-18"));
    }

    @Test
    void aChildNotLookedAfterNeedsNoAnswer() throws Exception {
        Intervention order = order(child("Xan", false));
        mvc.perform(review(order, new MockHttpSession()))
                .andExpect(redirectedUrl("/interventions/" + order.id() + "/reviews/check"));
    }

    private MockHttpServletRequestBuilder review(Intervention order, MockHttpSession session) {
        return post("/interventions/{id}/reviews/check", order.id())
                .with(cm)
                .with(csrf())
                .session(session)
                .param("version", "0")
                .param("reviewedOn.day", "25")
                .param("reviewedOn.month", "1")
                .param("reviewedOn.year", "2027")
                .param("whatChanged", "Moved to a new foster placement")
                .param("childViews", "Likes the new carers")
                .param("parentsViews", "The carers want more contact with the school")
                .param("planChanged", "no")
                .param("planUnchangedReason", "The plan still fits")
                .param("assessmentNeedsUpdating", "no");
    }

    private Intervention order(Child child) {
        return as(() -> interventions.start(
                childRecords.responsibleChild(child.id()),
                new Interventions.NewIntervention(
                        InterventionType.REFERRAL_ORDER,
                        LocalDate.of(2026, 11, 2),
                        LocalDate.of(2027, 8, 2),
                        null,
                        List.of())));
    }

    private Child child(String name, boolean lookedAfterSinceJune) {
        return as(() -> {
            Child child = records.register(service.id(), TestData.child(name, "Review", LocalDate.of(2011, 6, 1)));
            if (lookedAfterSinceJune) {
                lookedAfter.record(
                        childRecords.responsibleChild(child.id()),
                        LookedAfterEvent.Kind.CARE_ORDER_MADE,
                        LocalDate.of(2026, 6, 1),
                        null);
            }
            return child;
        });
    }

    private <T> T as(Supplier<T> work) {
        data.actAs(caseManager);
        try {
            return transactions.execute(s -> work.get());
        } finally {
            TestData.signOut();
        }
    }
}
