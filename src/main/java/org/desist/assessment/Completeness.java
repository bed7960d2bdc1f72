package org.desist.assessment;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an assessment must say before it is submitted, with a message per field. */
public final class Completeness {

    private Completeness() {}

    /**
     * Source: YJB case management guidance, assessment — each lens, its classification, the sources and the views of the child and
     * of parents or carers. Specialist screening is recorded where it was done, so it is not required.
     */
    public static Map<String, String> problems(AssessmentDetails details) {
        Map<String, String> problems = new LinkedHashMap<>();
        var desistance = details.desistance();
        require(
                problems,
                "offendingFactors",
                desistance.offendingFactors(),
                "Describe the factors linked to offending");
        require(
                problems,
                "desistanceFactors",
                desistance.desistanceFactors(),
                "Describe the factors linked to stopping offending");
        require(problems, "strengths", desistance.strengths(), "Describe the child's strengths and protective factors");
        if (desistance.likelihoodOfReoffending() == null) {
            problems.put("likelihoodOfReoffending", "Select the likelihood of reoffending");
        }
        var safety = details.safetyAndWellbeing();
        require(
                problems,
                "concerns",
                safety.concerns(),
                "Describe the safety and wellbeing concerns, or that there are none");
        if (safety.classification() == null) {
            problems.put("safetyClassification", "Select the safety and wellbeing classification");
        }
        require(
                problems,
                "safetyAnalysis",
                safety.analysis(),
                "Give the analysis behind the safety and wellbeing classification");
        var harm = details.riskOfHarm();
        require(problems, "harm", harm.harm(), "Describe what harm the child might cause, or that there is none");
        if (harm.classification() == null) {
            problems.put("harmClassification", "Select the risk of serious harm classification");
        } else if (harm.classification() != Classification.LOW && harm.to().isEmpty()) {
            problems.put("harmTo", "Select who might be harmed");
        }
        if (harm.classification() != null && harm.classification() != Classification.LOW) {
            require(problems, "harmLikelihood", harm.likelihood(), "Describe how likely the harm is");
            require(problems, "harmSeriousness", harm.seriousness(), "Describe how serious the harm would be");
        }
        var sources = details.sources();
        if (sources.consulted().isEmpty()) {
            problems.put("sourcesConsulted", "Select the sources consulted");
        }
        require(problems, "childViews", sources.childViews(), "Record the child's views");
        require(problems, "parentsViews", sources.parentsViews(), "Record the views of the parents or carers");
        return problems;
    }

    private static void require(Map<String, String> problems, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            problems.put(field, message);
        }
    }
}
