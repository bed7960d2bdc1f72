package org.desist.jointworking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The Social care tab warns when the looked-after status typed in the child's details disagrees with the history. */
@IntegrationTest
@Import(February2027.class)
class LookedAfterMismatchIntegrationTest {

    @Autowired
    ChildRecords childRecords;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    LookedAfterRecords lookedAfter;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aCareOrderInTheHistoryOfAChildTypedAsNotLookedAfter() throws Exception {
        YouthJusticeService service = data.service("Mismatch");
        String caseManager = data.account("mismatch.cm", Role.CASE_MANAGER, service);
        data.actAs(caseManager);
        Child child;
        try {
            child = transactions.execute(
                    s -> records.register(service.id(), TestData.child("Nico", "Mismatch", LocalDate.of(2011, 2, 3))));
        } finally {
            TestData.signOut();
        }
        var cm = authentication(data.authenticationOf(caseManager));
        String before = mvc.perform(
                        get("/children/{id}/social-care", child.id()).with(cm))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(before).doesNotContain("looked-after-mismatch");

        data.actAs(caseManager);
        try {
            transactions.execute(s -> lookedAfter.record(
                    childRecords.responsibleChild(child.id()),
                    LookedAfterEvent.Kind.CARE_ORDER_MADE,
                    LocalDate.of(2026, 6, 1),
                    null));
        } finally {
            TestData.signOut();
        }
        String after = mvc.perform(get("/children/{id}/social-care", child.id()).with(cm))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after)
                .contains("looked-after-mismatch")
                .contains("The child&#39;s details say not looked after, but the looked-after history says looked"
                        + " after: care order (section 31).")
                .contains("correct the looked-after status in the child&#39;s details");
    }
}
