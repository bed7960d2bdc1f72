package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.quality.AuditResults.KeyQuestionResult;
import org.desist.quality.AuditResults.StandardResult;
import org.desist.quality.CaseAudit.Answer;
import org.desist.quality.CaseAudit.Answers;
import org.desist.quality.CaseAudit.Judgement;
import org.desist.quality.Framework.CaseWork;
import org.desist.quality.internal.ShippedFrameworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The results of completed audits by the inspectorate's rules (HMIP standards 2018, "rating"), through audits. */
class AuditResultsTest {

    static final Framework F2018 = ShippedFrameworks.get("HMIP-2018");
    static final UUID ASHA = UUID.randomUUID();
    static final UUID BEN = UUID.randomUUID();
    static final Map<UUID, String> NAMES = Map.of(ASHA, "Asha Khan", BEN, "Ben Cole");
    static final Map<UUID, String> TEAMS = Map.of(ASHA, "North team", BEN, "South team");

    // Every other key question is yes in every case, so 2.1 is rated by 2.1.1's figure.
    @ParameterizedTest(name = "{0} yes of {1}: {2}% → {3}% → {4}")
    @CsvSource({
        "5, 5, 100.00, 100, OUTSTANDING",
        "4, 5, 80.00, 80, OUTSTANDING",
        "159, 200, 79.50, 80, OUTSTANDING",
        "3, 4, 75.00, 75, GOOD",
        "13, 20, 65.00, 65, GOOD",
        "129, 200, 64.50, 65, GOOD",
        // 64.497…% shows as 64.50 but is banded from the exact figure: 64%, never 65%.
        "109, 169, 64.50, 64, REQUIRES_IMPROVEMENT",
        "16, 25, 64.00, 64, REQUIRES_IMPROVEMENT",
        "1, 2, 50.00, 50, REQUIRES_IMPROVEMENT",
        "99, 200, 49.50, 50, REQUIRES_IMPROVEMENT",
        "49, 100, 49.00, 49, INADEQUATE",
        "0, 3, 0.00, 0, INADEQUATE",
    })
    void aStandardIsRatedFromItsLowestKeyQuestionRoundedHalfUpFromTheExactFigure(
            int yes, int applicable, String percentage, int rounded, Rating rating) {
        List<CaseAudit> audits = new ArrayList<>();
        for (int i = 0; i < applicable; i++) {
            audits.add(court(ASHA, Map.of("2.1.1", i < yes ? Answer.YES : Answer.NO)));
        }
        AuditResults results = results(audits);
        KeyQuestionResult kq = keyQuestion(results.standards(), "2.1.1");
        assertThat(kq.figure().yes()).isEqualTo(yes);
        assertThat(kq.figure().applicable()).isEqualTo(applicable);
        assertThat(kq.percentage()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(percentage));
        assertThat(kq.rounded()).hasValue(rounded);
        assertThat(standard(results.standards(), "2.1").rating()).hasValue(rating);
        assertThat(standard(results.standards(), "2.2").rating()).hasValue(Rating.OUTSTANDING);
    }

    @Test
    void aCaseWhereTheKeyQuestionDoesNotAriseIsLeftOutNotCountedAsANo() {
        List<CaseAudit> audits = List.of(
                court(ASHA, Map.of("2.1.3", Answer.YES)),
                court(ASHA, Map.of("2.1.3", Answer.YES)),
                court(ASHA, Map.of("2.1.3", Answer.YES)),
                court(ASHA, Map.of("2.1.3", Answer.NO)),
                court(BEN, Map.of("2.1.3", Answer.NOT_APPLICABLE)),
                court(BEN, Map.of("2.1.3", Answer.NOT_APPLICABLE)));
        KeyQuestionResult kq = keyQuestion(results(audits).standards(), "2.1.3");
        assertThat(kq.figure()).isEqualTo(new InspectionRatings.KeyQuestionFigure(3, 4));
        assertThat(kq.rounded()).hasValue(75);
        assertThat(standard(results(audits).standards(), "2.1").rating()).hasValue(Rating.GOOD);
    }

    @Test
    void aStandardWithNoApplicableCasesIsShownUnrated() {
        AuditResults results = results(List.of(court(ASHA, Map.of()), court(BEN, Map.of())));
        StandardResult outOfCourt = standard(results.standards(), "3.1");
        assertThat(outOfCourt.noApplicableCases()).isTrue();
        assertThat(outOfCourt.rating()).isEmpty();
        assertThat(keyQuestion(results.standards(), "3.1.1").percentage()).isEmpty();
        assertThat(standard(results.standards(), "2.1").rating()).hasValue(Rating.OUTSTANDING);
    }

    @Test
    void resultsAreBrokenDownByTeamAndByCaseManagerAndNameTheCasesBehindEveryNo() {
        CaseAudit no = court(BEN, Map.of("2.2.1", Answer.NO));
        List<CaseAudit> audits =
                List.of(court(ASHA, Map.of()), court(ASHA, Map.of()), court(ASHA, Map.of("2.2.1", Answer.YES)), no);
        AuditResults results = results(audits);
        assertThat(results.byTeam())
                .extracting(AuditResults.Breakdown::name)
                .containsExactly("North team", "South team");
        assertThat(results.byCaseManager())
                .extracting(AuditResults.Breakdown::name, AuditResults.Breakdown::audits)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Asha Khan", 3),
                        org.assertj.core.groups.Tuple.tuple("Ben Cole", 1));
        assertThat(standard(results.byTeam().get(0).standards(), "2.2").rating())
                .hasValue(Rating.OUTSTANDING);
        assertThat(standard(results.byTeam().get(1).standards(), "2.2").rating())
                .hasValue(Rating.INADEQUATE);
        assertThat(standard(results.standards(), "2.2").rating()).hasValue(Rating.GOOD); // 3 of 4
        assertThat(results.casesBehindNo()).singleElement().satisfies(n -> {
            assertThat(n.auditId()).isEqualTo(no.id());
            assertThat(n.keyQuestion()).isEqualTo("2.2.1");
            assertThat(n.rationale()).isEqualTo("No contingency plan");
            assertThat(n.caseManagerId()).isEqualTo(BEN);
        });
    }

    @Test
    void draftsAndAuditsOfAnotherFrameworkVersionAreLeftOut() {
        CaseAudit draft = court(ASHA, Map.of("2.1.1", Answer.NO));
        CaseAudit notCompleted = new CaseAudit(
                draft.id(),
                draft.serviceId(),
                draft.interventionId(),
                draft.childId(),
                null,
                "HMIP-2018",
                CaseWork.COURT,
                draft.auditorId(),
                ASHA,
                CaseAudit.Status.DRAFT,
                draft.answers(),
                draft.startedOn(),
                null,
                null,
                null,
                1);
        CaseAudit other = new CaseAudit(
                UUID.randomUUID(),
                draft.serviceId(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                "HMIP-2021",
                CaseWork.COURT,
                draft.auditorId(),
                ASHA,
                CaseAudit.Status.COMPLETED,
                draft.answers(),
                draft.startedOn(),
                draft.completedOn(),
                null,
                null,
                1);
        AuditResults results = results(List.of(notCompleted, other, court(ASHA, Map.of())));
        assertThat(results.audits()).isEqualTo(1);
        assertThat(results.casesBehindNo()).isEmpty();
    }

    @ParameterizedTest(name = "{0} cases, threshold {1}: suppressed {2}")
    @CsvSource({"4, 5, true", "5, 5, false", "1, 5, true", "2, 2, false", "1, 2, true"})
    void theBoardSeesFiguresAndRatingsOnlyWithFiguresFromFewCasesSuppressed(
            int cases, int threshold, boolean suppressed) {
        List<CaseAudit> audits = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            audits.add(court(i % 2 == 0 ? ASHA : BEN, Map.of("2.1.1", i == 0 ? Answer.NO : Answer.YES)));
        }
        AuditResults board = AuditResults.forBoard(F2018, audits, a -> TEAMS.get(a.caseManagerId()), threshold);
        KeyQuestionResult kq = keyQuestion(board.standards(), "2.1.1");
        assertThat(kq.suppressed()).isEqualTo(suppressed);
        assertThat(kq.percentage().isEmpty()).isEqualTo(suppressed);
        assertThat(standard(board.standards(), "2.1").rating().isEmpty()).isEqualTo(suppressed);
        assertThat(standard(board.standards(), "2.1").suppressed()).isEqualTo(suppressed);
        assertThat(board.byCaseManager()).isEmpty();
        assertThat(board.casesBehindNo()).isEmpty();
        assertThat(board.byTeam())
                .allSatisfy(team -> assertThat(
                                keyQuestion(team.standards(), "2.1.1").suppressed())
                        .isEqualTo(team.audits() < threshold));
        // A standard no case applied to is unrated, not suppressed.
        assertThat(standard(board.standards(), "3.1").suppressed()).isFalse();
    }

    static AuditResults results(List<CaseAudit> audits) {
        return AuditResults.of(F2018, audits, a -> TEAMS.get(a.caseManagerId()), a -> NAMES.get(a.caseManagerId()));
    }

    /** A completed audit of a court case: every key question yes unless {@code answers} says otherwise. */
    static CaseAudit court(UUID caseManager, Map<String, Answer> answers) {
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        for (Framework.Standard s : CaseAudit.applicableStandards(F2018, CaseWork.COURT)) {
            s.keyQuestions().forEach(kq -> {
                Answer a = answers.getOrDefault(kq.number(), Answer.YES);
                judgements.put(kq.number(), new Judgement(a, a == Answer.YES ? null : "No contingency plan"));
            });
        }
        return new CaseAudit(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                "HMIP-2018",
                CaseWork.COURT,
                UUID.randomUUID(),
                caseManager,
                CaseAudit.Status.COMPLETED,
                new Answers(Map.of(), judgements, true, null, true, null, true, null),
                LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 1, 20),
                null,
                null,
                1);
    }

    static StandardResult standard(List<StandardResult> standards, String number) {
        return standards.stream()
                .filter(s -> s.standard().number().equals(number))
                .findFirst()
                .orElseThrow();
    }

    static KeyQuestionResult keyQuestion(List<StandardResult> standards, String number) {
        return standards.stream()
                .flatMap(s -> s.keyQuestions().stream())
                .filter(k -> k.keyQuestion().number().equals(number))
                .findFirst()
                .orElseThrow();
    }
}
