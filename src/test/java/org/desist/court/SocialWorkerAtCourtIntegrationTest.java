package org.desist.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.jointworking.LookedAfterEvent;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The social worker knows every court date of a looked-after or remanded child (the joint protocol between children's social care and the YOS "Police station
 * and court", "Remands" 6): a due item 1 WD after the court set the next hearing, met by recording when and how the
 * social worker was told, moved with the appearance, withdrawn when the next hearing is removed, asked again when the
 * hearing moves after the social worker was told. The Crown Court rule for a looked-after child. "Today" is Monday 1
 * February 2027; 25 and 28 December 2026 and 1 January 2027 are bank holidays.
 */
@IntegrationTest
@Import(February2027.class)
class SocialWorkerAtCourtIntegrationTest {

    @Autowired
    ChildRecords childRecords;

    static final String RULE = "court-date-shared-with-social-worker";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Offences offences;

    @Autowired
    LookedAfterRecords lookedAfter;

    @Autowired
    CourtWork court;

    @Autowired
    DueItems dueItems;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    YouthJusticeService service;
    String caseManager;
    RequestPostProcessor cm;

    @BeforeEach
    void aService() {
        service = data.service("SwCourt");
        caseManager = data.account("swc.cm", Role.CASE_MANAGER, service);
        cm = authentication(data.authenticationOf(caseManager));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aHearingSetOnChristmasEveIsPassedToTheSocialWorkerByTuesday29December() throws Exception {
        Child child = child("Leah", true);
        UUID offence = offence(child);
        CourtAppearance a = as(() -> court.recordAppearance(
                data.accessible(caseManager, child.id()),
                appearance(
                        LocalDate.of(2026, 12, 24),
                        CourtKind.YOUTH_COURT,
                        offence,
                        Outcome.ADJOURNED,
                        LocalDate.of(2027, 1, 14))));

        DueItem item = item(a.id(), DueItem.Status.OPEN);
        // 1 WD from Thursday 24 December: Friday 25 and Monday 28 December are bank holidays.
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(item.triggerDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(page("/children/" + child.id() + "/court"))
                .contains("Court date shared with the social worker", "Overdue: was due 29 December 2026");

        // The appearance was really on Wednesday 23 December: the item moves to Thursday 24 December.
        CourtAppearance corrected = as(() -> court.correctAppearance(
                a.id(),
                a.version(),
                appearance(
                        LocalDate.of(2026, 12, 23),
                        CourtKind.YOUTH_COURT,
                        offence,
                        Outcome.ADJOURNED,
                        LocalDate.of(2027, 1, 14))));
        assertThat(item(a.id(), DueItem.Status.OPEN).dueDate()).isEqualTo(LocalDate.of(2026, 12, 24));

        // The page refuses a missing answer, then records it and meets the item.
        String refused = mvc.perform(post("/court-appearances/{id}/court-date-shared", a.id())
                        .with(cm)
                        .with(csrf())
                        .param("toldOn.day", "24")
                        .param("toldOn.month", "12")
                        .param("toldOn.year", "2026"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Select how the social worker was told", "Enter who was told");
        mvc.perform(post("/court-appearances/{id}/court-date-shared", a.id())
                        .with(cm)
                        .with(csrf())
                        .param("toldOn.day", "24")
                        .param("toldOn.month", "12")
                        .param("toldOn.year", "2026")
                        .param("toldHow", "SECURE_EMAIL")
                        .param("toldWho", "Sam Patel"))
                .andExpect(status().is3xxRedirection());
        DueItem met = item(a.id(), DueItem.Status.MET);
        assertThat(met.metOn()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(met.metLate()).isFalse();
        assertThat(page("/children/" + child.id() + "/court"))
                .contains("14 January 2027: told Sam Patel on 24 December 2026 (Secure email)");

        // The court moves the next hearing after the social worker was told: they are told again, from today.
        as(() -> court.correctAppearance(
                a.id(),
                corrected.version(),
                appearance(
                        LocalDate.of(2026, 12, 23),
                        CourtKind.YOUTH_COURT,
                        offence,
                        Outcome.ADJOURNED,
                        LocalDate.of(2027, 2, 11))));
        DueItem again = item(a.id(), DueItem.Status.OPEN);
        assertThat(again.triggerDate()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(again.dueDate()).isEqualTo(LocalDate.of(2027, 2, 2));
    }

    @Test
    void removingTheNextHearingWithdrawsTheItem() {
        Child child = child("Mo", true);
        UUID offence = offence(child);
        CourtAppearance a = as(() -> court.recordAppearance(
                data.accessible(caseManager, child.id()),
                appearance(
                        LocalDate.of(2026, 12, 31),
                        CourtKind.YOUTH_COURT,
                        offence,
                        Outcome.ADJOURNED,
                        LocalDate.of(2027, 1, 21))));
        // Thursday 31 December: Friday 1 January is a bank holiday, so Monday 4 January.
        assertThat(item(a.id(), DueItem.Status.OPEN).dueDate()).isEqualTo(LocalDate.of(2027, 1, 4));

        as(() -> court.correctAppearance(
                a.id(),
                a.version(),
                appearance(LocalDate.of(2026, 12, 31), CourtKind.YOUTH_COURT, offence, Outcome.DISMISSED, null)));
        DueItem cancelled = item(a.id(), DueItem.Status.CANCELLED);
        assertThat(cancelled.cancelledReason()).contains("The next hearing date was removed");
    }

    @Test
    void onlyLookedAfterOrRemandedChildrenHaveTheirCourtDatesPassedOn() {
        Child child = child("Ria", false);
        UUID offence = offence(child);
        CourtAppearance adjourned = as(() -> court.recordAppearance(
                data.accessible(caseManager, child.id()),
                appearance(
                        LocalDate.of(2026, 12, 10),
                        CourtKind.YOUTH_COURT,
                        offence,
                        Outcome.ADJOURNED,
                        LocalDate.of(2026, 12, 17))));
        assertThat(items(adjourned.id())).isEmpty();

        // Remanded on Thursday 17 December: the remand makes the later court date the social worker's business.
        CourtAppearance remanded = as(() -> court.recordAppearance(
                data.accessible(caseManager, child.id()),
                appearance(
                        LocalDate.of(2026, 12, 17),
                        CourtKind.YOUTH_COURT,
                        offence,
                        Outcome.REMANDED,
                        LocalDate.of(2027, 1, 7))));
        assertThat(item(remanded.id(), DueItem.Status.OPEN).dueDate()).isEqualTo(LocalDate.of(2026, 12, 18));
    }

    @Test
    void aLookedAfterChildAtTheCrownCourtWithoutTheSocialWorkerIsFlagged() throws Exception {
        Child child = child("Kai", true);
        UUID offence = offence(child);
        CourtAppearance a = as(() -> court.recordAppearance(
                data.accessible(caseManager, child.id()),
                appearance(
                        LocalDate.of(2027, 1, 20),
                        CourtKind.CROWN_COURT,
                        offence,
                        Outcome.ADJOURNED,
                        LocalDate.of(2027, 2, 17))));
        assertThat(page("/children/" + child.id() + "/court"))
                .contains("Looked-after child at the Crown Court: record who accompanied them");
        assertThat(page("/court-appearances/" + a.id() + "/accompanied"))
                .contains("the social worker always accompanies them to the Crown Court");

        // A carer without a reason is refused; YOS staff can never be recorded.
        String refused = mvc.perform(post("/court-appearances/{id}/accompanied", a.id())
                        .with(cm)
                        .with(csrf())
                        .param("version", String.valueOf(a.version()))
                        .param("companion", "CARER")
                        .param("companionName", "Test swc.cm"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains(
                        "YOS staff cannot act in loco parentis at court",
                        "Enter why the social worker or their manager did not accompany the child to the Crown Court");

        mvc.perform(post("/court-appearances/{id}/accompanied", a.id())
                        .with(cm)
                        .with(csrf())
                        .param("version", String.valueOf(a.version()))
                        .param("companion", "CARER")
                        .param("companionName", "Jo Smith")
                        .param("companionReason", "The social worker was ill and the manager was in court elsewhere"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/children/" + child.id() + "/court"))
                .contains("Looked-after child at the Crown Court without the social worker or their manager");

        // Corrected: the social worker's manager came, the carer being the victim. The flag goes.
        mvc.perform(post("/court-appearances/{id}/accompanied", a.id())
                        .with(cm)
                        .with(csrf())
                        .param("version", String.valueOf(a.version() + 1))
                        .param("companion", "SOCIAL_WORKER_MANAGER")
                        .param("companionName", "Ann Lee")
                        .param("companionReason", "The carer is the victim"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/children/" + child.id() + "/court"))
                .contains("The social worker’s manager: Ann Lee. The carer is the victim")
                .doesNotContain("Looked-after child at the Crown Court without");
        // A stale version is refused.
        String stale = mvc.perform(post("/court-appearances/{id}/accompanied", a.id())
                        .with(cm)
                        .with(csrf())
                        .param("version", String.valueOf(a.version()))
                        .param("companion", "SOCIAL_WORKER")
                        .param("companionName", "Sam Patel"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // The stale panel says who changed it; the answers are still there and nothing was saved.
        assertThat(stale)
                .contains(
                        "This record was changed by " + caseManager,
                        "Your changes have not been saved",
                        "value=\"" + (a.version() + 2) + "\"",
                        "Sam Patel");
        assertThat(page("/children/" + child.id() + "/court"))
                .contains("The social worker’s manager: Ann Lee. The carer is the victim");
    }

    @Test
    void onlyStaffWhoMayChangeTheRecordUseTheQuestionPages() throws Exception {
        Child child = child("Noor", true);
        UUID offence = offence(child);
        CourtAppearance a = as(() -> court.recordAppearance(
                data.accessible(caseManager, child.id()),
                appearance(
                        LocalDate.of(2027, 1, 20),
                        CourtKind.YOUTH_COURT,
                        offence,
                        Outcome.ADJOURNED,
                        LocalDate.of(2027, 2, 17))));
        CourtReport report = as(() -> court.requestReport(
                a.id(),
                new CourtWork.NewReport(
                        ReportType.PRE_SENTENCE, LocalDate.of(2027, 2, 15), userId(caseManager), null, null)));
        RequestPostProcessor headOfService =
                authentication(data.authenticationOf(data.account("swc.hos", Role.HEAD_OF_SERVICE, service)));
        mvc.perform(get("/court-appearances/{id}/court-date-shared", a.id()).with(headOfService))
                .andExpect(status().isForbidden());
        mvc.perform(post("/court-appearances/{id}/court-date-shared", a.id())
                        .with(headOfService)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/court-appearances/{id}/accompanied", a.id()).with(headOfService))
                .andExpect(status().isForbidden());
        mvc.perform(post("/court-appearances/{id}/accompanied", a.id())
                        .with(headOfService)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/court-reports/{id}/parenting-order", report.id())
                        .with(headOfService)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/{id}/court", child.id()).with(headOfService)).andExpect(status().isOk());
    }

    // ------------------------------------------------------------------------------------------------------------

    private static CourtWork.NewAppearance appearance(
            LocalDate on, CourtKind kind, UUID offence, Outcome outcome, LocalDate next) {
        return new CourtWork.NewAppearance(
                on,
                kind == CourtKind.CROWN_COURT ? "Northbridge Crown Court" : "Northbridge Youth Court",
                kind,
                HearingType.FIRST,
                List.of(offence),
                outcome,
                null,
                next,
                null);
    }

    private Child child(String name, boolean lookedAfterSinceJune) {
        return as(() -> {
            Child child = records.register(service.id(), TestData.child(name, "Court", LocalDate.of(2010, 3, 4)));
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

    private UUID offence(Child child) {
        return as(() -> offences.record(
                        childRecords.responsibleChild(child.id()),
                        new Offences.NewOffence(
                                LocalDate.of(2026, 11, 20),
                                "Took a bicycle from outside a shop",
                                OffenceCategory.THEFT_AND_HANDLING,
                                Plea.GUILTY,
                                null,
                                false,
                                false,
                                3,
                                0,
                                null))
                .id());
    }

    private List<DueItem> items(UUID appearanceId) {
        return as(() -> dueItems.forRecord(appearanceId).stream()
                .filter(i -> i.rule().id().equals(RULE))
                .toList());
    }

    private DueItem item(UUID appearanceId, DueItem.Status status) {
        List<DueItem> found =
                items(appearanceId).stream().filter(i -> i.status() == status).toList();
        assertThat(found).as(status + " items").hasSize(1);
        return found.get(0);
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(cm)).andReturn().getResponse().getContentAsString();
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
