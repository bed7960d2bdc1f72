package org.desist.assessment.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.desist.assessment.AssessmentDetails;
import org.desist.assessment.Classification;
import org.desist.assessment.ConcernType;
import org.desist.assessment.HarmTo;
import org.desist.assessment.Likelihood;
import org.desist.assessment.Source;
import org.desist.platform.web.Option;

/** The question pages of a draft assessment: one page per lens, each posting only its own fields. */
public class AssessmentForm {

    static final List<String> FIELD_ORDER = List.of(
            "offendingFactors",
            "desistanceFactors",
            "strengths",
            "maturityAndMotivation",
            "diversityAndContext",
            "structuralBarriers",
            "likelihoodOfReoffending",
            "concerns",
            "concernTypes",
            "safetyClassification",
            "safetyAnalysis",
            "harm",
            "harmTo",
            "harmLikelihood",
            "harmSeriousness",
            "harmClassification",
            "sourcesConsulted",
            "otherSources",
            "childViews",
            "parentsViews",
            "substanceMisuse",
            "mentalHealth",
            "speechLanguageAndCommunication",
            "parenting");

    private long version;
    private String offendingFactors;
    private String desistanceFactors;
    private String strengths;
    private String maturityAndMotivation;
    private String diversityAndContext;
    private String structuralBarriers;
    private String likelihoodOfReoffending;
    private String concerns;
    private List<String> concernTypes = new ArrayList<>();
    private String safetyClassification;
    private String safetyAnalysis;
    private String harm;
    private List<String> harmTo = new ArrayList<>();
    private String harmLikelihood;
    private String harmSeriousness;
    private String harmClassification;
    private List<String> sourcesConsulted = new ArrayList<>();
    private String otherSources;
    private String childViews;
    private String parentsViews;
    private String substanceMisuse;
    private String mentalHealth;
    private String speechLanguageAndCommunication;
    private String parenting;

    static AssessmentForm of(AssessmentDetails d, long version) {
        AssessmentForm f = new AssessmentForm();
        f.version = version;
        var de = d.desistance();
        f.offendingFactors = de.offendingFactors();
        f.desistanceFactors = de.desistanceFactors();
        f.strengths = de.strengths();
        f.maturityAndMotivation = de.maturityAndMotivation();
        f.diversityAndContext = de.diversityAndContext();
        f.structuralBarriers = de.structuralBarriers();
        f.likelihoodOfReoffending = name(de.likelihoodOfReoffending());
        var s = d.safetyAndWellbeing();
        f.concerns = s.concerns();
        f.concernTypes = names(s.concernTypes());
        f.safetyClassification = name(s.classification());
        f.safetyAnalysis = s.analysis();
        var h = d.riskOfHarm();
        f.harm = h.harm();
        f.harmTo = names(h.to());
        f.harmLikelihood = h.likelihood();
        f.harmSeriousness = h.seriousness();
        f.harmClassification = name(h.classification());
        var so = d.sources();
        f.sourcesConsulted = names(so.consulted());
        f.otherSources = so.otherSources();
        f.childViews = so.childViews();
        f.parentsViews = so.parentsViews();
        var sc = d.screening();
        f.substanceMisuse = sc.substanceMisuse();
        f.mentalHealth = sc.mentalHealth();
        f.speechLanguageAndCommunication = sc.speechLanguageAndCommunication();
        f.parenting = sc.parenting();
        return f;
    }

    /** The draft with this page's lens replaced by what was posted; the other lenses stay as they were. */
    AssessmentDetails applyTo(AssessmentDetails details, AssessmentPages.Part part) {
        return switch (part) {
            case DESISTANCE ->
                details.with(new AssessmentDetails.Desistance(
                        offendingFactors,
                        desistanceFactors,
                        strengths,
                        maturityAndMotivation,
                        diversityAndContext,
                        structuralBarriers,
                        Option.chosen(Likelihood.class, likelihoodOfReoffending)));
            case SAFETY ->
                details.with(new AssessmentDetails.SafetyAndWellbeing(
                        concerns,
                        chosen(ConcernType.class, concernTypes),
                        Option.chosen(Classification.class, safetyClassification),
                        safetyAnalysis));
            case HARM ->
                details.with(new AssessmentDetails.RiskOfHarm(
                        harm,
                        chosen(HarmTo.class, harmTo),
                        harmLikelihood,
                        harmSeriousness,
                        Option.chosen(Classification.class, harmClassification)));
            case SOURCES ->
                details.with(new AssessmentDetails.Sources(
                        chosen(Source.class, sourcesConsulted), otherSources, childViews, parentsViews));
            case SCREENING ->
                details.with(new AssessmentDetails.Screening(
                        substanceMisuse, mentalHealth, speechLanguageAndCommunication, parenting));
        };
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream()
                .map(Enum::name)
                .sorted()
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    private static <E extends Enum<E>> Set<E> chosen(Class<E> type, List<String> values) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (values != null) {
            values.stream()
                    .map(v -> Option.chosen(type, v))
                    .filter(Objects::nonNull)
                    .forEach(chosen::add);
        }
        return chosen;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getOffendingFactors() {
        return offendingFactors;
    }

    public void setOffendingFactors(String offendingFactors) {
        this.offendingFactors = offendingFactors;
    }

    public String getDesistanceFactors() {
        return desistanceFactors;
    }

    public void setDesistanceFactors(String desistanceFactors) {
        this.desistanceFactors = desistanceFactors;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getMaturityAndMotivation() {
        return maturityAndMotivation;
    }

    public void setMaturityAndMotivation(String maturityAndMotivation) {
        this.maturityAndMotivation = maturityAndMotivation;
    }

    public String getDiversityAndContext() {
        return diversityAndContext;
    }

    public void setDiversityAndContext(String diversityAndContext) {
        this.diversityAndContext = diversityAndContext;
    }

    public String getStructuralBarriers() {
        return structuralBarriers;
    }

    public void setStructuralBarriers(String structuralBarriers) {
        this.structuralBarriers = structuralBarriers;
    }

    public String getLikelihoodOfReoffending() {
        return likelihoodOfReoffending;
    }

    public void setLikelihoodOfReoffending(String likelihoodOfReoffending) {
        this.likelihoodOfReoffending = likelihoodOfReoffending;
    }

    public String getConcerns() {
        return concerns;
    }

    public void setConcerns(String concerns) {
        this.concerns = concerns;
    }

    public List<String> getConcernTypes() {
        return concernTypes;
    }

    public void setConcernTypes(List<String> concernTypes) {
        this.concernTypes = concernTypes;
    }

    public String getSafetyClassification() {
        return safetyClassification;
    }

    public void setSafetyClassification(String safetyClassification) {
        this.safetyClassification = safetyClassification;
    }

    public String getSafetyAnalysis() {
        return safetyAnalysis;
    }

    public void setSafetyAnalysis(String safetyAnalysis) {
        this.safetyAnalysis = safetyAnalysis;
    }

    public String getHarm() {
        return harm;
    }

    public void setHarm(String harm) {
        this.harm = harm;
    }

    public List<String> getHarmTo() {
        return harmTo;
    }

    public void setHarmTo(List<String> harmTo) {
        this.harmTo = harmTo;
    }

    public String getHarmLikelihood() {
        return harmLikelihood;
    }

    public void setHarmLikelihood(String harmLikelihood) {
        this.harmLikelihood = harmLikelihood;
    }

    public String getHarmSeriousness() {
        return harmSeriousness;
    }

    public void setHarmSeriousness(String harmSeriousness) {
        this.harmSeriousness = harmSeriousness;
    }

    public String getHarmClassification() {
        return harmClassification;
    }

    public void setHarmClassification(String harmClassification) {
        this.harmClassification = harmClassification;
    }

    public List<String> getSourcesConsulted() {
        return sourcesConsulted;
    }

    public void setSourcesConsulted(List<String> sourcesConsulted) {
        this.sourcesConsulted = sourcesConsulted;
    }

    public String getOtherSources() {
        return otherSources;
    }

    public void setOtherSources(String otherSources) {
        this.otherSources = otherSources;
    }

    public String getChildViews() {
        return childViews;
    }

    public void setChildViews(String childViews) {
        this.childViews = childViews;
    }

    public String getParentsViews() {
        return parentsViews;
    }

    public void setParentsViews(String parentsViews) {
        this.parentsViews = parentsViews;
    }

    public String getSubstanceMisuse() {
        return substanceMisuse;
    }

    public void setSubstanceMisuse(String substanceMisuse) {
        this.substanceMisuse = substanceMisuse;
    }

    public String getMentalHealth() {
        return mentalHealth;
    }

    public void setMentalHealth(String mentalHealth) {
        this.mentalHealth = mentalHealth;
    }

    public String getSpeechLanguageAndCommunication() {
        return speechLanguageAndCommunication;
    }

    public void setSpeechLanguageAndCommunication(String speechLanguageAndCommunication) {
        this.speechLanguageAndCommunication = speechLanguageAndCommunication;
    }

    public String getParenting() {
        return parenting;
    }

    public void setParenting(String parenting) {
        this.parenting = parenting;
    }
}
