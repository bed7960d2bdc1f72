package org.desist.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An assessment completed before it was recorded in Desist, e.g. an AssetPlus assessment completed before the case
 * came into Desist: the day it was submitted and who completed it, where it was completed, its countersignature if a
 * manager gave one, and what it said — its classifications and likelihood of reoffending at least, the rest where
 * the recorder has it. People are named as the recorder gives them: they need not be Desist users.
 */
public record EarlierAssessment(
        LocalDate submittedOn,
        String completedBy,
        String completedIn,
        LocalDate countersignedOn,
        String countersignedBy,
        AssessmentDetails details) {

    /** The longest name or place the record keeps. */
    public static final int LONGEST_TEXT = 200;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public EarlierAssessment {
        completedBy = text(completedBy);
        completedIn = text(completedIn);
        countersignedBy = text(countersignedBy);
        details = (details == null ? AssessmentDetails.empty() : details).normalised();
    }

    /**
     * What stops it being recorded, by field. Source: YJB case management guidance, assessment (each lens is
     * classified; a manager countersigns a high or very high one) and Crime and Disorder Act 1998 s.34 (no child
     * under 10 is criminally responsible): it was submitted on a day that has happened, on or after the intervention
     * started and the child's 10th birthday; a countersignature names its manager and is not before the submission.
     */
    public Map<String, String> problems(LocalDate today, LocalDate interventionStarted, LocalDate dateOfBirth) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate tenth = dateOfBirth == null ? null : dateOfBirth.plusYears(10);
        if (submittedOn == null) {
            problems.put("submittedOn", "Enter the date the assessment was submitted");
        } else if (submittedOn.isAfter(today)) {
            problems.put("submittedOn", "The date the assessment was submitted must be today or in the past");
        } else if (interventionStarted != null && submittedOn.isBefore(interventionStarted)) {
            problems.put(
                    "submittedOn",
                    "The date the assessment was submitted must be on or after the intervention started ("
                            + date(interventionStarted) + ")");
        } else if (tenth != null && submittedOn.isBefore(tenth)) {
            problems.put(
                    "submittedOn",
                    "The date the assessment was submitted must be on or after the child's 10th birthday ("
                            + date(tenth) + ")");
        }
        requireText(problems, "completedBy", completedBy, "Enter the name of the person who completed it");
        requireText(
                problems,
                "completedIn",
                completedIn,
                "Enter where it was completed, for example AssetPlus in the previous case management system");
        if (details.desistance().likelihoodOfReoffending() == null) {
            problems.put("likelihoodOfReoffending", "Select the likelihood of reoffending");
        }
        if (details.safetyAndWellbeing().classification() == null) {
            problems.put("safetyClassification", "Select the safety and wellbeing classification");
        }
        if (details.riskOfHarm().classification() == null) {
            problems.put("harmClassification", "Select the risk of serious harm classification");
        }
        if (countersignedOn != null && countersignedBy == null) {
            problems.put("countersignedBy", "Enter the name of the manager who countersigned it");
        } else if (countersignedOn == null && countersignedBy != null) {
            problems.put("countersignedOn", "Enter the date it was countersigned");
        } else if (countersignedOn != null && countersignedOn.isAfter(today)) {
            problems.put("countersignedOn", "The date it was countersigned must be today or in the past");
        } else if (countersignedOn != null && submittedOn != null && countersignedOn.isBefore(submittedOn)) {
            problems.put(
                    "countersignedOn", "The date it was countersigned must be on or after the date it was submitted");
        } else if (countersignedBy != null && countersignedBy.length() > LONGEST_TEXT) {
            problems.put("countersignedBy", "Keep it to " + LONGEST_TEXT + " characters or fewer");
        }
        return problems;
    }

    /** A day as pages and the trail show it, e.g. "3 March 2026". */
    static String date(LocalDate day) {
        return day.format(DATE);
    }

    /** A manager's countersignature is recorded with it. */
    public boolean countersigned() {
        return countersignedOn != null;
    }

    private static void requireText(Map<String, String> problems, String field, String value, String message) {
        if (value == null) {
            problems.put(field, message);
        } else if (value.length() > LONGEST_TEXT) {
            problems.put(field, "Keep it to " + LONGEST_TEXT + " characters or fewer");
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
