package org.desist.assessment.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.desist.assessment.AssessmentDetails;
import org.desist.assessment.Classification;
import org.desist.assessment.HarmTo;
import org.desist.assessment.Likelihood;
import org.desist.assessment.Source;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.Option;

/** The page that records an assessment completed earlier: when and by whom, where, and what it said. */
public class EarlierAssessmentForm {

    static final List<String> FIELD_ORDER = List.of(
            "completedIn",
            "submittedOn",
            "completedBy",
            "likelihoodOfReoffending",
            "safetyClassification",
            "harmClassification",
            "harmTo",
            "sourcesConsulted",
            "childViews",
            "parentsViews",
            "countersignedOn",
            "countersignedBy");

    static final Set<String> DATE_FIELDS = Set.of("submittedOn", "countersignedOn");

    private String completedIn;
    private DateParts submittedOn = new DateParts();
    private String completedBy;
    private String likelihoodOfReoffending;
    private String safetyClassification;
    private String harmClassification;
    private List<String> harmTo = new ArrayList<>();
    private List<String> sourcesConsulted = new ArrayList<>();
    private String childViews;
    private String parentsViews;
    private DateParts countersignedOn = new DateParts();
    private String countersignedBy;

    /** What the form says the assessment said (the rest of its answers stay empty). */
    AssessmentDetails details() {
        return new AssessmentDetails(
                new AssessmentDetails.Desistance(
                        null, null, null, null, null, null, Option.chosen(Likelihood.class, likelihoodOfReoffending)),
                new AssessmentDetails.SafetyAndWellbeing(
                        null, null, Option.chosen(Classification.class, safetyClassification), null),
                new AssessmentDetails.RiskOfHarm(
                        null,
                        chosen(HarmTo.class, harmTo),
                        null,
                        null,
                        Option.chosen(Classification.class, harmClassification)),
                new AssessmentDetails.Sources(chosen(Source.class, sourcesConsulted), null, childViews, parentsViews),
                null);
    }

    private static <E extends Enum<E>> Set<E> chosen(Class<E> type, List<String> values) {
        Set<E> chosen = EnumSet.noneOf(type);
        (values == null ? List.<String>of() : values)
                .stream()
                        .map(v -> Option.chosen(type, v))
                        .filter(Objects::nonNull)
                        .forEach(chosen::add);
        return chosen;
    }

    public String getCompletedIn() {
        return completedIn;
    }

    public void setCompletedIn(String completedIn) {
        this.completedIn = completedIn;
    }

    public DateParts getSubmittedOn() {
        return submittedOn;
    }

    public void setSubmittedOn(DateParts submittedOn) {
        this.submittedOn = submittedOn;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public void setCompletedBy(String completedBy) {
        this.completedBy = completedBy;
    }

    public String getLikelihoodOfReoffending() {
        return likelihoodOfReoffending;
    }

    public void setLikelihoodOfReoffending(String likelihoodOfReoffending) {
        this.likelihoodOfReoffending = likelihoodOfReoffending;
    }

    public String getSafetyClassification() {
        return safetyClassification;
    }

    public void setSafetyClassification(String safetyClassification) {
        this.safetyClassification = safetyClassification;
    }

    public String getHarmClassification() {
        return harmClassification;
    }

    public void setHarmClassification(String harmClassification) {
        this.harmClassification = harmClassification;
    }

    public List<String> getHarmTo() {
        return harmTo;
    }

    public void setHarmTo(List<String> harmTo) {
        this.harmTo = harmTo;
    }

    public List<String> getSourcesConsulted() {
        return sourcesConsulted;
    }

    public void setSourcesConsulted(List<String> sourcesConsulted) {
        this.sourcesConsulted = sourcesConsulted;
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

    public DateParts getCountersignedOn() {
        return countersignedOn;
    }

    public void setCountersignedOn(DateParts countersignedOn) {
        this.countersignedOn = countersignedOn;
    }

    public String getCountersignedBy() {
        return countersignedBy;
    }

    public void setCountersignedBy(String countersignedBy) {
        this.countersignedBy = countersignedBy;
    }
}
