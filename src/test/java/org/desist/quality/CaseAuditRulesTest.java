package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.intervention.InterventionType;
import org.desist.platform.InvalidRequestException;
import org.desist.quality.CaseAudit.Answer;
import org.desist.quality.CaseAudit.Answers;
import org.desist.quality.CaseAudit.Judgement;
import org.desist.quality.Framework.CaseWork;
import org.desist.quality.internal.ShippedFrameworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The case audit's rules (HMIP standards 2018), table by table, with real dates. */
class CaseAuditRulesTest {

    static final Framework F2018 = ShippedFrameworks.get("HMIP-2018");
    static final Framework F2021 = ShippedFrameworks.get("HMIP-2021");
    static final LocalDate TODAY = LocalDate.of(2027, 2, 15);
    static final UUID AUDITOR = UUID.randomUUID();
    static final UUID CASE_MANAGER = UUID.randomUUID();
    static final int LIMIT = 50;

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "COURT_ORDER, COURT",
        "OUT_OF_COURT, OUT_OF_COURT",
        "REMAND_OR_BAIL, BAIL_AND_REMAND",
        "PREVENTION, ''",
    })
    void everyKindOfInterventionMapsToTheWorkTheStandardsName(InterventionType.Kind kind, String work) {
        assertThat(CaseAudit.workOf(kind).map(Enum::name).orElse("")).isEqualTo(work);
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @CsvSource({
        "HMIP-2018, COURT, 2.1 2.2 2.3 2.4",
        "HMIP-2018, OUT_OF_COURT, 3.1 3.2 3.3 3.4",
        "HMIP-2018, BAIL_AND_REMAND, ''",
        "HMIP-2021, COURT, 2.1 2.2 2.3 2.4",
        // 2021 reshaped the out-of-court domain: 3.4 became an organisational standard.
        "HMIP-2021, OUT_OF_COURT, 3.1 3.2 3.3",
        "HMIP-2021, RESETTLEMENT, ''",
    })
    void theApplicableStandardsAreTheCaseBasedOnesCoveringTheWork(String framework, CaseWork work, String numbers) {
        assertThat(CaseAudit.applicableStandards(ShippedFrameworks.get(framework), work).stream()
                        .map(Framework.Standard::number)
                        .toList())
                .isEqualTo(numbers.isEmpty() ? List.of() : List.of(numbers.split(" ")));
    }

    @ParameterizedTest(name = "{0}, auditor is case manager {1}, manages directly {2}, refuse {3}: {4}")
    @CsvSource({
        "REFERRAL_ORDER, false, false, true, ''",
        "YOUTH_CAUTION, false, false, true, ''",
        "REFERRAL_ORDER, true, false, true, nobody audits their own case",
        "REFERRAL_ORDER, false, true, true, nobody audits a case they manage directly",
        "REFERRAL_ORDER, true, false, false, ''",
        "REFERRAL_ORDER, false, true, false, ''",
        "BAIL_SUPPORT, false, false, true, none of its case-based standards covers bail and remand",
        "PREVENTION_PROGRAMME, false, false, true, none of its case-based standards covers prevention work",
        "PREVENTION_PROGRAMME, true, false, false, none of its case-based standards covers prevention work",
    })
    void anAuditStartsUnlessNoStandardCoversTheCaseOrItIsTheAuditorsOwnOrManaged(
            InterventionType type, boolean own, boolean manages, boolean refuse, String refusal) {
        UUID auditor = own ? CASE_MANAGER : AUDITOR;
        if (refusal.isEmpty()) {
            CaseAudit audit = start(type, auditor, manages, refuse);
            assertThat(audit.status()).isEqualTo(CaseAudit.Status.DRAFT);
            assertThat(audit.caseManagerId()).isEqualTo(CASE_MANAGER);
            assertThat(audit.frameworkId()).isEqualTo("HMIP-2018");
        } else {
            assertThatThrownBy(() -> start(type, auditor, manages, refuse))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors().get("intervention")).contains(refusal));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // every key question judged, the three questions answered: it completes
                "all yes                      | ''",
                "2.1.1 missing                | judgement.2.1.1",
                "2.1.1 no without a reason    | rationale.2.1.1",
                "2.1.3 n/a without a reason   | rationale.2.1.3",
                "2.1.1 n/a                    | judgement.2.1.1",
                "2.1.2 n/a                    | judgement.2.1.2",
                "safety unanswered            | safetyAgreed",
                "safety disagreed without note| safetyNote",
                "rosh unanswered              | roshAgreed",
                "rosh disagreed without note  | roshNote",
                "oversight unanswered         | oversightSufficient",
                "oversight no without note    | oversightNote",
                "reason too long              | rationale.2.4.3",
            })
    void anAuditCompletesOnlyWhenEveryApplicableKeyQuestionIsJudgedAndTheQuestionsAnswered(
            String answers, String problem) {
        CaseAudit draft = start(InterventionType.REFERRAL_ORDER, AUDITOR, false, true);
        Answers typed = answers(answers.strip());
        if (problem.isEmpty()) {
            CaseAudit done = withAnswers(draft, typed)
                    .complete(F2018, AUDITOR, LIMIT, TODAY)
                    .after();
            assertThat(done.status()).isEqualTo(CaseAudit.Status.COMPLETED);
            assertThat(done.completedOn()).isEqualTo(TODAY);
        } else {
            CaseAudit saved = withAnswers(draft, typed);
            assertThatThrownBy(() -> saved.complete(F2018, AUDITOR, LIMIT, TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsKey(problem));
        }
    }

    @Test
    void aDraftSavesPartialAnswersButNotPromptsTheFrameworkDoesNotAskOfTheCase() {
        CaseAudit draft = start(InterventionType.REFERRAL_ORDER, AUDITOR, false, true);
        Answers partial = new Answers(Map.of("2.1.1a", Answer.YES), Map.of(), null, null, null, null, null, null);
        assertThat(draft.saveDraft(F2018, partial, AUDITOR, LIMIT)
                        .after()
                        .answers()
                        .prompts())
                .containsEntry("2.1.1a", Answer.YES);
        Answers outOfCourtPrompt =
                new Answers(Map.of("3.1.1a", Answer.YES), Map.of(), null, null, null, null, null, null);
        assertThatThrownBy(() -> draft.saveDraft(F2018, outOfCourtPrompt, AUDITOR, LIMIT))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsKey("prompt.3.1.1a"));
        assertThatThrownBy(() -> draft.saveDraft(F2018, partial, UUID.randomUUID(), LIMIT))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors().get("status")).contains("Only the auditor"));
    }

    @Test
    void aCompletedAuditIsNeverEditedACorrectionIsANewAudit() {
        CaseAudit done = completed();
        assertThatThrownBy(() -> done.saveDraft(F2018, answers("all yes"), AUDITOR, LIMIT))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors().get("status")).contains("start a new audit"));
        assertThatThrownBy(() -> done.complete(F2018, AUDITOR, LIMIT, TODAY))
                .isInstanceOf(InvalidRequestException.class);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "case manager, ''",
        "someone else, Only the audited case manager",
        "draft, not completed yet",
        "twice, already acknowledged",
        "reply too long, 50 characters or fewer",
    })
    void theAuditedCaseManagerAcknowledgesACompletedAuditOnce(String who, String refusal) {
        CaseAudit audit =
                who.equals("draft") ? start(InterventionType.REFERRAL_ORDER, AUDITOR, false, true) : completed();
        UUID by = who.equals("someone else") ? UUID.randomUUID() : CASE_MANAGER;
        String reply = who.equals("reply too long") ? "x".repeat(LIMIT + 1) : "Thanks, I will add the contingency plan";
        if (who.equals("twice")) {
            audit = audit.acknowledge(CASE_MANAGER, null, LIMIT, TODAY).after();
        }
        CaseAudit target = audit;
        if (refusal.isEmpty()) {
            CaseAudit acknowledged =
                    target.acknowledge(by, reply, LIMIT, TODAY.plusDays(1)).after();
            assertThat(acknowledged.acknowledgedOn()).isEqualTo(TODAY.plusDays(1));
            assertThat(acknowledged.reply()).isEqualTo(reply);
        } else {
            assertThatThrownBy(() -> target.acknowledge(by, reply, LIMIT, TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors().get("reply")).contains(refusal));
        }
    }

    static CaseAudit start(InterventionType type, UUID auditor, boolean manages, boolean refuse) {
        return CaseAudit.start(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        null,
                        F2018,
                        type,
                        auditor,
                        CASE_MANAGER,
                        manages,
                        refuse,
                        TODAY)
                .after();
    }

    /** The draft as if saved with {@code answers} (completion checks them again, whatever a save let through). */
    static CaseAudit withAnswers(CaseAudit a, Answers answers) {
        return new CaseAudit(
                a.id(),
                a.serviceId(),
                a.interventionId(),
                a.childId(),
                a.roundId(),
                a.frameworkId(),
                a.work(),
                a.auditorId(),
                a.caseManagerId(),
                a.status(),
                answers,
                a.startedOn(),
                a.completedOn(),
                a.acknowledgedOn(),
                a.reply(),
                a.version());
    }

    static CaseAudit completed() {
        CaseAudit draft = start(InterventionType.REFERRAL_ORDER, AUDITOR, false, true);
        return draft.saveDraft(F2018, answers("all yes"), AUDITOR, LIMIT)
                .after()
                .complete(F2018, AUDITOR, LIMIT, TODAY)
                .after();
    }

    /** Every court key question yes and the three questions agreed, changed as {@code variant} says. */
    static Answers answers(String variant) {
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        for (Framework.Standard s : CaseAudit.applicableStandards(F2018, CaseWork.COURT)) {
            s.keyQuestions().forEach(kq -> judgements.put(kq.number(), new Judgement(Answer.YES, null)));
        }
        Boolean safety = true;
        Boolean rosh = true;
        Boolean oversight = true;
        switch (variant) {
            case "2.1.1 missing" -> judgements.remove("2.1.1");
            case "2.1.1 no without a reason" -> judgements.put("2.1.1", new Judgement(Answer.NO, " "));
            case "2.1.3 n/a without a reason" -> judgements.put("2.1.3", new Judgement(Answer.NOT_APPLICABLE, null));
            case "2.1.1 n/a" -> judgements.put("2.1.1", new Judgement(Answer.NOT_APPLICABLE, "No offending"));
            case "2.1.2 n/a" -> judgements.put("2.1.2", new Judgement(Answer.NOT_APPLICABLE, "Safe"));
            case "safety unanswered" -> safety = null;
            case "safety disagreed without note" -> safety = false;
            case "rosh unanswered" -> rosh = null;
            case "rosh disagreed without note" -> rosh = false;
            case "oversight unanswered" -> oversight = null;
            case "oversight no without note" -> oversight = false;
            case "reason too long" -> judgements.put("2.4.3", new Judgement(Answer.NO, "x".repeat(LIMIT + 1)));
            default -> {}
        }
        return new Answers(Map.of(), judgements, safety, null, rosh, null, oversight, null);
    }
}
