package org.desist.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.desist.assessment.AssessmentDetails.Desistance;
import org.desist.assessment.AssessmentDetails.RiskOfHarm;
import org.desist.assessment.AssessmentDetails.SafetyAndWellbeing;
import org.desist.assessment.AssessmentDetails.Screening;
import org.desist.assessment.AssessmentDetails.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompletenessTest {

    static AssessmentDetails complete(Classification safety, Classification harm) {
        return new AssessmentDetails(
                new Desistance(
                        "Peer group",
                        "Boxing club",
                        "Close to his gran",
                        "Wants to change",
                        null,
                        "Excluded from school",
                        Likelihood.MEDIUM),
                new SafetyAndWellbeing("Owes money", Set.of(ConcernType.DRUG_DEBTS), safety, "Debt is being chased"),
                new RiskOfHarm("Assault", Set.of(HarmTo.PEERS), "Possible when challenged", "Serious injury", harm),
                new Sources(Set.of(Source.POLICE, Source.EDUCATION), null, "Wants to stay at home", "Mum is worried"),
                new Screening(null, null, null, null));
    }

    @Test
    void aCompleteAssessmentHasNoProblems() {
        assertThat(Completeness.problems(complete(Classification.LOW, Classification.HIGH)))
                .isEmpty();
    }

    @Test
    void anEmptyDraftNamesEveryMissingField() {
        assertThat(Completeness.problems(AssessmentDetails.empty()))
                .containsOnlyKeys(
                        "offendingFactors",
                        "desistanceFactors",
                        "strengths",
                        "likelihoodOfReoffending",
                        "concerns",
                        "safetyClassification",
                        "safetyAnalysis",
                        "harm",
                        "harmClassification",
                        "sourcesConsulted",
                        "childViews",
                        "parentsViews");
    }

    @ParameterizedTest(name = "{0} blank: \"{1}\"")
    @CsvSource({
        "childViews,   Record the child's views",
        "parentsViews, Record the views of the parents or carers",
        "strengths,    Describe the child's strengths and protective factors",
    })
    void theViewsAndStrengthsAreRequired(String field, String message) {
        AssessmentDetails details = complete(Classification.LOW, Classification.LOW);
        var s = details.sources();
        var d = details.desistance();
        AssessmentDetails blank = switch (field) {
            case "childViews" -> details.with(new Sources(s.consulted(), s.otherSources(), "  ", s.parentsViews()));
            case "parentsViews" -> details.with(new Sources(s.consulted(), s.otherSources(), s.childViews(), null));
            default ->
                details.with(new Desistance(
                        d.offendingFactors(),
                        d.desistanceFactors(),
                        "",
                        d.maturityAndMotivation(),
                        d.diversityAndContext(),
                        d.structuralBarriers(),
                        d.likelihoodOfReoffending()));
        };
        assertThat(Completeness.problems(blank)).containsExactly(java.util.Map.entry(field, message));
    }

    @ParameterizedTest(name = "ROSH {0}, nobody named: problem {1}")
    @CsvSource({"LOW, false", "MEDIUM, true", "HIGH, true", "VERY_HIGH, true"})
    void aRiskAboveLowNamesWhoMightBeHarmed(Classification harm, boolean problem) {
        AssessmentDetails details = complete(Classification.LOW, harm);
        var h = details.riskOfHarm();
        AssessmentDetails nobody =
                details.with(new RiskOfHarm(h.harm(), Set.of(), h.likelihood(), h.seriousness(), harm));
        assertThat(Completeness.problems(nobody).containsKey("harmTo")).isEqualTo(problem);
    }
}
