package org.desist.assessment;

import java.util.Set;

/** What an assessment records, lens by lens (YJB case management guidance, assessment). Any part may be empty in a draft. */
public record AssessmentDetails(
        Desistance desistance,
        SafetyAndWellbeing safetyAndWellbeing,
        RiskOfHarm riskOfHarm,
        Sources sources,
        Screening screening) {

    public AssessmentDetails {
        desistance = desistance == null ? new Desistance(null, null, null, null, null, null, null) : desistance;
        safetyAndWellbeing =
                safetyAndWellbeing == null ? new SafetyAndWellbeing(null, null, null, null) : safetyAndWellbeing;
        riskOfHarm = riskOfHarm == null ? new RiskOfHarm(null, null, null, null, null) : riskOfHarm;
        sources = sources == null ? new Sources(null, null, null, null) : sources;
        screening = screening == null ? new Screening(null, null, null, null) : screening;
    }

    public static AssessmentDetails empty() {
        return new AssessmentDetails(null, null, null, null, null);
    }

    /** As stored: blank text is absent, text trimmed. */
    public AssessmentDetails normalised() {
        var de = desistance;
        var s = safetyAndWellbeing;
        var h = riskOfHarm;
        var so = sources;
        var sc = screening;
        return new AssessmentDetails(
                new Desistance(
                        text(de.offendingFactors()),
                        text(de.desistanceFactors()),
                        text(de.strengths()),
                        text(de.maturityAndMotivation()),
                        text(de.diversityAndContext()),
                        text(de.structuralBarriers()),
                        de.likelihoodOfReoffending()),
                new SafetyAndWellbeing(text(s.concerns()), s.concernTypes(), s.classification(), text(s.analysis())),
                new RiskOfHarm(text(h.harm()), h.to(), text(h.likelihood()), text(h.seriousness()), h.classification()),
                new Sources(so.consulted(), text(so.otherSources()), text(so.childViews()), text(so.parentsViews())),
                new Screening(
                        text(sc.substanceMisuse()),
                        text(sc.mentalHealth()),
                        text(sc.speechLanguageAndCommunication()),
                        text(sc.parenting())));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public AssessmentDetails with(Desistance value) {
        return new AssessmentDetails(value, safetyAndWellbeing, riskOfHarm, sources, screening);
    }

    public AssessmentDetails with(SafetyAndWellbeing value) {
        return new AssessmentDetails(desistance, value, riskOfHarm, sources, screening);
    }

    public AssessmentDetails with(RiskOfHarm value) {
        return new AssessmentDetails(desistance, safetyAndWellbeing, value, sources, screening);
    }

    public AssessmentDetails with(Sources value) {
        return new AssessmentDetails(desistance, safetyAndWellbeing, riskOfHarm, value, screening);
    }

    public AssessmentDetails with(Screening value) {
        return new AssessmentDetails(desistance, safetyAndWellbeing, riskOfHarm, sources, value);
    }

    /** Factors linked to offending and to stopping, strengths, maturity and motivation, context, barriers. */
    public record Desistance(
            String offendingFactors,
            String desistanceFactors,
            String strengths,
            String maturityAndMotivation,
            String diversityAndContext,
            String structuralBarriers,
            Likelihood likelihoodOfReoffending) {}

    /** Concerns from the child's behaviour, circumstances and others' acts, and the classification. */
    public record SafetyAndWellbeing(
            String concerns, Set<ConcernType> concernTypes, Classification classification, String analysis) {
        public SafetyAndWellbeing {
            concernTypes = concernTypes == null ? Set.of() : Set.copyOf(concernTypes);
        }
    }

    /** What harm, to whom, how likely, how serious, and the ROSH classification. */
    public record RiskOfHarm(
            String harm, Set<HarmTo> to, String likelihood, String seriousness, Classification classification) {
        public RiskOfHarm {
            to = to == null ? Set.of() : Set.copyOf(to);
        }
    }

    /** The sources consulted and the views of the child and of parents or carers. */
    public record Sources(Set<Source> consulted, String otherSources, String childViews, String parentsViews) {
        public Sources {
            consulted = consulted == null ? Set.of() : Set.copyOf(consulted);
        }
    }

    /** Specialist screening results. */
    public record Screening(
            String substanceMisuse, String mentalHealth, String speechLanguageAndCommunication, String parenting) {}
}
