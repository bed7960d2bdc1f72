package org.desist.court;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.desist.audit.AuditedFields;
import org.desist.child.Age;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * A child's appearance at court: the hearing, what the YOS told the court, the outcome and, when the court
 * remanded or bailed the child, where they wait for the next hearing.
 */
public record CourtAppearance(
        UUID id,
        UUID childId,
        LocalDate appearanceDate,
        String courtName,
        CourtKind courtKind,
        HearingType hearingType,
        List<UUID> offenceIds,
        Outcome outcome,
        String outcomeDetail,
        LocalDate nextHearingDate,
        String informationToCourt,
        RemandOrBail remandOrBail,
        EstablishmentType establishmentType,
        String establishmentName,
        UUID remandInterventionId,
        List<Ended> ended,
        long version) {

    /** An intervention (a remand or bail support) this appearance brought to an end. */
    public record Ended(UUID interventionId, String summary) {}

    /** What the trail shows of an appearance when it is recorded. */
    public static final AuditedFields<CourtAppearance> RECORDED = AuditedFields.<CourtAppearance>of()
            .field("Date", CourtAppearance::appearanceDate)
            .field("Court", a -> a.courtName() + " (" + a.courtKind().label() + ")")
            .field("Hearing", CourtAppearance::hearingType)
            .field("Outcome", CourtAppearance::outcomeText)
            .field("Next hearing", CourtAppearance::nextHearingDate);

    /** What the trail shows of an appearance when it is corrected: its state before and after, diffed. */
    public static final AuditedFields<CourtAppearance> CORRECTED = AuditedFields.<CourtAppearance>of()
            .field("Date", CourtAppearance::appearanceDate)
            .field("Court", CourtAppearance::courtName)
            .field("Kind of court", CourtAppearance::courtKind)
            .field("Hearing", CourtAppearance::hearingType)
            .field("Outcome", CourtAppearance::outcomeText)
            .field("Next hearing", CourtAppearance::nextHearingDate)
            .field("Information given to the court", CourtAppearance::informationToCourt)
            .field("Offences", a -> new LinkedHashSet<>(a.offenceIds()).toString());

    /** What the trail shows of the court's remand or bail decision. */
    public static final AuditedFields<CourtAppearance> DECIDED = AuditedFields.<CourtAppearance>of()
            .field("Remand or bail", CourtAppearance::remandOrBail)
            .field(
                    "Establishment",
                    a -> a.establishmentName() == null
                            ? null
                            : a.establishmentName() + " ("
                                    + a.establishmentType().label() + ")");

    /** The outcome as the record shows it, with its detail. */
    public String outcomeText() {
        return outcome.label() + (blank(outcomeDetail) ? "" : ": " + outcomeDetail.trim());
    }

    /**
     * What is wrong with an appearance as entered (YJB case management guidance, court work): a date that has
     * passed, when the child was 10 or over (Children and Young Persons Act 1933 s.50: born {@code dateOfBirth}),
     * the court, the hearing, only the child's own offences ({@code childsOffence}), the outcome, and the next
     * hearing after this one where the outcome needs one.
     */
    public static Map<String, String> problemsOf(
            CourtWork.NewAppearance a, LocalDate dateOfBirth, Predicate<UUID> childsOffence, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (a.appearanceDate() == null) {
            problems.put("appearanceDate", "Enter the date of the appearance");
        } else if (a.appearanceDate().isAfter(today)) {
            problems.put("appearanceDate", "The date of the appearance must be today or in the past");
        } else if (Age.belowCriminalResponsibility(dateOfBirth, a.appearanceDate())) {
            problems.put("appearanceDate", "The child was under 10 on that date");
        }
        if (blank(a.courtName())) {
            problems.put("courtName", "Enter the name of the court");
        }
        if (a.courtKind() == null) {
            problems.put("courtKind", "Select the kind of court");
        }
        if (a.hearingType() == null) {
            problems.put("hearingType", "Select the type of hearing");
        }
        List<UUID> offenceIds = a.offenceIds() == null ? List.of() : a.offenceIds();
        if (offenceIds.isEmpty()) {
            problems.put("offenceIds", "Select the offences this appearance concerns");
        }
        for (UUID offenceId : offenceIds) {
            if (!childsOffence.test(offenceId)) {
                problems.put("offenceIds", "Select only this child’s offences");
            }
        }
        if (a.outcome() == null) {
            problems.put("outcome", "Select the outcome");
        } else if (a.outcome() == Outcome.OTHER && blank(a.outcomeDetail())) {
            problems.put("outcomeDetail", "Describe the outcome");
        }
        if (a.outcome() != null && a.outcome().needsNextHearing() && a.nextHearingDate() == null) {
            problems.put("nextHearingDate", "Enter the date of the next hearing");
        } else if (a.nextHearingDate() != null
                && a.appearanceDate() != null
                && !a.nextHearingDate().isAfter(a.appearanceDate())) {
            problems.put("nextHearingDate", "The next hearing must be after this appearance");
        }
        return problems;
    }

    /** The court heard the child's case: a new appearance as entered, refused as {@link #problemsOf} says. */
    public static Change<CourtAppearance> record(
            UUID id,
            UUID childId,
            CourtWork.NewAppearance a,
            LocalDate dateOfBirth,
            Predicate<UUID> childsOffence,
            LocalDate today) {
        InvalidRequestException.refuseIf(problemsOf(a, dateOfBirth, childsOffence, today));
        return Change.created(new CourtAppearance(
                id,
                childId,
                a.appearanceDate(),
                a.courtName().trim(),
                a.courtKind(),
                a.hearingType(),
                List.copyOf(new LinkedHashSet<>(a.offenceIds())),
                a.outcome(),
                blankToNull(a.outcomeDetail()),
                a.nextHearingDate(),
                blankToNull(a.informationToCourt()),
                null,
                null,
                null,
                null,
                List.of(),
                0));
    }

    /** Whether something recorded hangs on its date and outcome (given whether a sentence or a report does). */
    public boolean hasConsequences(boolean sentenceOrReport) {
        return remandOrBail != null || !ended.isEmpty() || sentenceOrReport;
    }

    /**
     * What was recorded is corrected, refused as {@link #problemsOf} says; the date and the outcome stay once a
     * remand or bail, sentence, report ({@code sentenceOrReport}) or ended intervention hangs on them.
     */
    public Change<CourtAppearance> correct(
            CourtWork.NewAppearance a,
            LocalDate dateOfBirth,
            Predicate<UUID> childsOffence,
            LocalDate today,
            boolean sentenceOrReport) {
        InvalidRequestException.refuseIf(problemsOf(a, dateOfBirth, childsOffence, today));
        boolean consequences = hasConsequences(sentenceOrReport);
        Map<String, String> problems = new LinkedHashMap<>();
        if (consequences && !a.appearanceDate().equals(appearanceDate)) {
            problems.put(
                    "appearanceDate",
                    "The date cannot change once a remand or bail, sentence, report or ended intervention is "
                            + "recorded from this appearance");
        }
        if (consequences && a.outcome() != outcome) {
            problems.put(
                    "outcome",
                    "The outcome cannot change once a remand or bail, sentence, report or ended intervention is "
                            + "recorded from this appearance");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(
                this,
                new CourtAppearance(
                        id,
                        childId,
                        a.appearanceDate(),
                        a.courtName().trim(),
                        a.courtKind(),
                        a.hearingType(),
                        List.copyOf(new LinkedHashSet<>(a.offenceIds())),
                        a.outcome(),
                        blankToNull(a.outcomeDetail()),
                        a.nextHearingDate(),
                        blankToNull(a.informationToCourt()),
                        remandOrBail,
                        establishmentType,
                        establishmentName,
                        remandInterventionId,
                        ended,
                        version));
    }

    /** The court remanded or bailed the child but the decision is not recorded yet. */
    public boolean awaitsRemandOrBail() {
        return outcome.decidesRemandOrBail() && remandOrBail == null;
    }

    /**
     * The court's remand or bail decision at a "remanded" or "bailed" appearance, once; a remand to youth detention
     * names its establishment (Crime and Disorder Act 1998 s.38, YJB case management guidance: remand and bail).
     */
    public Change<CourtAppearance> decideRemandOrBail(
            RemandOrBail decision, EstablishmentType establishmentType, String establishmentName) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (remandOrBail() != null) {
            problems.put("decision", "Remand or bail is already recorded for this appearance");
        } else if (!outcome().decidesRemandOrBail()) {
            problems.put(
                    "decision", "Record remand or bail only for an appearance where the child was remanded or bailed");
        } else if (decision == null) {
            problems.put(
                    "decision",
                    outcome() == Outcome.REMANDED
                            ? "Select where the child is remanded to"
                            : "Select the kind of bail");
        } else if (decision.outcome() != outcome()) {
            problems.put(
                    "decision",
                    outcome() == Outcome.REMANDED
                            ? "The child was remanded: select a remand, or correct the outcome to bailed"
                            : "The child was bailed: select a kind of bail, or correct the outcome to remanded");
        }
        boolean detention = decision == RemandOrBail.REMAND_TO_YOUTH_DETENTION;
        if (detention && establishmentType == null) {
            problems.put("establishmentType", "Select the type of youth detention accommodation");
        }
        if (detention && (establishmentName == null || establishmentName.isBlank())) {
            problems.put("establishmentName", "Enter the name of the establishment");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(
                this,
                new CourtAppearance(
                        id,
                        childId,
                        appearanceDate,
                        courtName,
                        courtKind,
                        hearingType,
                        offenceIds,
                        outcome,
                        outcomeDetail,
                        nextHearingDate,
                        informationToCourt,
                        decision,
                        detention ? establishmentType : null,
                        detention ? establishmentName.trim() : null,
                        remandInterventionId,
                        ended,
                        version));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
