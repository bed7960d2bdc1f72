package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
import org.desist.quality.CaseAudit.Answer;
import org.desist.quality.CaseAudit.Answers;
import org.desist.quality.CaseAudit.Judgement;
import org.desist.quality.Framework.CaseWork;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Case audits on PostgreSQL: the service, its repository, its audit trail and who sees what. */
@IntegrationTest
@Import(February2027.class)
class CaseAuditsIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Interventions interventions;

    @Autowired
    CaseAudits audits;

    @Autowired
    CaseAuditResults results;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    YouthJusticeService service;
    String qa;
    String caseManager;
    String otherCaseManager;
    String teamManager;
    String board;
    UUID order;
    UUID caution;

    @BeforeEach
    void aServiceWithTwoCases() {
        service = data.service("Audit");
        qa = data.account("audit.qa", Role.QA_LEAD, service);
        caseManager = data.account("audit.cm", Role.CASE_MANAGER, service);
        otherCaseManager = data.account("audit.cm2", Role.CASE_MANAGER, service);
        teamManager = data.account("audit.om", Role.OPERATIONAL_MANAGER, service);
        board = data.account("audit.board", Role.BOARD_MEMBER, service);
        data.team(service, "Court team", teamManager, caseManager);
        data.actAs(caseManager);
        Child child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Jordan", "Reece", LocalDate.of(2010, 3, 3))));
        order = transactions
                .execute(s -> interventions.start(
                        data.accessible(caseManager, child.id()),
                        new Interventions.NewIntervention(
                                InterventionType.REFERRAL_ORDER,
                                LocalDate.of(2026, 6, 1),
                                LocalDate.of(2027, 6, 1),
                                data.userId(caseManager),
                                List.of())))
                .id();
        caution = transactions
                .execute(s -> interventions.start(
                        data.accessible(caseManager, child.id()),
                        new Interventions.NewIntervention(
                                InterventionType.YOUTH_CAUTION,
                                LocalDate.of(2026, 10, 1),
                                null,
                                data.userId(caseManager),
                                List.of())))
                .id();
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aQaLeadAuditsACourtCaseAgainstItsStandardsAndCompletesItAndEachStepIsInTheTrail() {
        data.actAs(qa);
        CaseAudit draft = in(() -> audits.start(order, null, "HMIP-2018"));
        assertThat(draft.work()).isEqualTo(CaseWork.COURT);
        assertThat(draft.caseManagerId()).isEqualTo(data.userId(caseManager));
        CaseAudits.AuditView view = in(() -> audits.view(draft.id()));
        assertThat(view.audit().applicableStandards(view.framework()))
                .extracting(Framework.Standard::number)
                .containsExactly("2.1", "2.2", "2.3", "2.4");
        assertThat(view.caseManager()).isEqualTo("Test audit.cm");
        assertThat(view.safetyClassification()).isEqualTo("Not assessed yet");

        CaseAudit saved = in(() -> audits.saveDraft(draft.id(), 0, allYes("2.2.1")));
        assertThat(in(() -> audits.completionProblems(draft.id()))).isEmpty();
        CaseAudit done = in(() -> audits.complete(draft.id(), saved.version()));
        assertThat(done.completed()).isTrue();
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2027, 2, 1));

        data.actAs(caseManager);
        CaseAudit acknowledged = in(() -> audits.acknowledge(draft.id(), done.version(), "I will add a contingency"));
        assertThat(acknowledged.reply()).isEqualTo("I will add a contingency");
        assertThatThrownBy(() -> in(() -> audits.acknowledge(draft.id(), acknowledged.version(), null)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors().get("reply")).contains("already acknowledged"));

        assertThat(trail(draft.id()))
                .containsExactly(
                        "CREATED Started an audit of the Referral order against the "
                                + view.framework().title(),
                        "VIEWED Viewed the case audit",
                        "CHANGED Saved the draft case audit",
                        "CHANGED Completed the case audit",
                        "CHANGED Acknowledged the case audit and replied");
    }

    @Test
    void aStaleDraftSaveIsRefusedAndChangesNothing() {
        data.actAs(qa);
        CaseAudit draft = in(() -> audits.start(order, null, null));
        in(() -> audits.saveDraft(draft.id(), 0, allYes("2.1.1")));
        assertThatThrownBy(() -> in(() -> audits.saveDraft(draft.id(), 0, allYes("2.1.2"))))
                .isInstanceOf(StaleRecordException.class);
        CaseAudits.AuditView now = in(() -> audits.view(draft.id()));
        assertThat(now.audit().answers().judgements().get("2.1.1").answer()).isEqualTo(Answer.NO);
        assertThat(now.audit().answers().judgements().get("2.1.2").answer()).isEqualTo(Answer.YES);
        assertThat(now.audit().version()).isEqualTo(1);
    }

    @Test
    void nobodyAuditsTheirOwnCaseOrACaseTheyManageDirectly() {
        data.actAs(teamManager);
        assertThatThrownBy(() -> in(() -> audits.start(order, null, null)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors().get("intervention"))
                                .contains("manage this case's case manager directly"));
        data.actAs(caseManager);
        assertThatThrownBy(() -> in(() -> audits.start(order, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(count()).isZero();
    }

    @Test
    void auditsAreScopedToTheServiceAndACaseManagerSeesOnlyTheirOwnCasesCompletedAudits() {
        data.actAs(qa);
        CaseAudit draft = in(() -> audits.start(caution, null, null));
        assertThat(draft.work()).isEqualTo(CaseWork.OUT_OF_COURT);
        CaseAudit completed = completedAuditOfTheOrder("2.3.3");

        YouthJusticeService elsewhere = data.service("Elsewhere");
        data.actAs(data.account("audit.qa2", Role.QA_LEAD, elsewhere));
        assertThat(in(() -> audits.ofYourServices(null))).isEmpty();
        assertThatThrownBy(() -> in(() -> audits.view(completed.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> in(() -> audits.start(order, null, null))).isInstanceOf(NotFoundException.class);

        data.actAs(caseManager);
        assertThat(in(() -> audits.ofYourCases()))
                .extracting(l -> l.audit().id())
                .containsExactly(completed.id());
        assertThatThrownBy(() -> in(() -> audits.view(draft.id()))).isInstanceOf(AccessDeniedException.class);
        assertThat(in(() -> audits.view(completed.id())).mayAcknowledge()).isTrue();

        data.actAs(otherCaseManager);
        assertThat(in(() -> audits.ofYourCases())).isEmpty();
        assertThatThrownBy(() -> in(() -> audits.view(completed.id()))).isInstanceOf(AccessDeniedException.class);

        data.actAs(qa);
        assertThat(in(() -> audits.ofYourServices(CaseAudit.Status.DRAFT)))
                .extracting(l -> l.audit().id())
                .containsExactly(draft.id());
    }

    @Test
    void theResultsNameTheCasesBehindEveryNoForQaAndOnlyFiguresForTheBoard() {
        CaseAudit completed = completedAuditOfTheOrder("2.4.1");
        LocalDate day = LocalDate.of(2027, 2, 1);
        data.actAs(qa);
        CaseAuditResults.Results shown = in(() -> results.completedBetween(day.minusDays(1), day, null));
        assertThat(shown.results().audits()).isEqualTo(1);
        assertThat(shown.results().casesBehindNo()).singleElement().satisfies(n -> {
            assertThat(n.auditId()).isEqualTo(completed.id());
            assertThat(shown.children().get(n.childId()).name()).isEqualTo("Jordan Reece");
        });
        assertThat(shown.results().byTeam())
                .extracting(AuditResults.Breakdown::name)
                .containsExactly("Court team");

        data.actAs(board);
        CaseAuditResults.Results forBoard = in(() -> results.completedBetween(day.minusDays(1), day, null));
        assertThat(forBoard.board()).isTrue();
        assertThat(forBoard.results().casesBehindNo()).isEmpty();
        assertThat(forBoard.results().byCaseManager()).isEmpty();
        assertThat(forBoard.children()).isEmpty();
        assertThat(forBoard.results().standards())
                .filteredOn(s -> s.standard().number().equals("2.4"))
                .singleElement()
                .satisfies(s -> assertThat(s.suppressed()).isTrue());

        assertThatThrownBy(() -> in(() -> results.completedBetween(day, day.minusDays(1), null)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsKey("to"));
    }

    CaseAudit completedAuditOfTheOrder(String no) {
        data.actAs(qa);
        CaseAudit draft = in(() -> audits.start(order, null, "HMIP-2018"));
        CaseAudit saved = in(() -> audits.saveDraft(draft.id(), 0, allYes(no)));
        return in(() -> audits.complete(draft.id(), saved.version()));
    }

    /** Every court key question judged yes except {@code no}, with the three questions answered. */
    static Answers allYes(String no) {
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        for (String kq : List.of(
                "2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2", "2.3.3", "2.4.1", "2.4.2",
                "2.4.3")) {
            judgements.put(
                    kq,
                    kq.equals(no)
                            ? new Judgement(Answer.NO, "Not enough: no contingency plan")
                            : new Judgement(Answer.YES, null));
        }
        return new Answers(
                Map.of("2.1.1a", Answer.YES, "2.2.1a", Answer.NO),
                judgements,
                true,
                null,
                false,
                "ROSH should be medium: weapon found",
                true,
                null);
    }

    <T> T in(java.util.function.Supplier<T> work) {
        return transactions.execute(s -> work.get());
    }

    List<String> trail(UUID auditId) {
        return jdbc.sql("select action || ' ' || summary from audit_event where record_id = :id order by id")
                .param("id", auditId)
                .query(String.class)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from case_audit where service_id = :s")
                .param("s", service.id())
                .query(Long.class)
                .single();
    }
}
