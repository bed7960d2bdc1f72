package org.desist.court;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.intervention.OrderLength;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * A sentence made at an appearance for the YOS to supervise, and the intervention it started.
 * {@code withoutReport}: it needs a report and none was submitted (or reused) in the proceedings.
 */
public record Sentence(
        UUID id,
        UUID appearanceId,
        UUID childId,
        SentenceType type,
        LocalDate madeOn,
        LocalDate endDate,
        UUID interventionId,
        UUID caseManagerId,
        boolean withoutReport) {

    /**
     * The court sentenced the child at a "sentenced" {@code appearance} (YJB case management guidance, court work;
     * lawful lengths as {@link OrderLength} says): made on the appearance's day unless another is given, not before
     * it nor after {@code today}; its end date, or its length in whole months (both given, they must agree); a case
     * manager, if chosen, from the service's case holders. One that needs a report is recorded even without one in
     * the proceedings ({@code reportInTheProceedings}), and marked so. Its intervention is not started yet.
     */
    public static Change<Sentence> record(
            UUID id,
            CourtAppearance appearance,
            CourtWork.NewSentence s,
            LocalDate today,
            Collection<UUID> caseHolders,
            boolean reportInTheProceedings) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (appearance.outcome() != Outcome.SENTENCED) {
            problems.put("type", "Record a sentence only at an appearance where the child was sentenced");
        } else if (s.type() == null) {
            problems.put("type", "Select the sentence");
        }
        LocalDate madeOn = s.madeOn() == null ? appearance.appearanceDate() : s.madeOn();
        if (madeOn.isBefore(appearance.appearanceDate())) {
            problems.put("madeOn", "The sentence cannot be made before the appearance");
        } else if (madeOn.isAfter(today)) {
            problems.put("madeOn", "The date the sentence was made must be today or in the past");
        }
        LocalDate end = s.endDate();
        if (s.lengthMonths() != null) {
            if (s.lengthMonths() < 1) {
                problems.put("lengthMonths", "The length must be a whole number of months, 1 or more");
            } else if (end == null) {
                end = madeOn.plusMonths(s.lengthMonths());
            } else if (!end.equals(madeOn.plusMonths(s.lengthMonths()))) {
                problems.put("endDate", "The end date and the length do not agree: give one of them");
            }
        }
        if (s.type() != null && !problems.containsKey("madeOn")) {
            OrderLength.problem(s.type().intervention(), madeOn, end)
                    .ifPresent(p -> problems.putIfAbsent("endDate", p));
        }
        if (s.caseManagerId() != null && !caseHolders.contains(s.caseManagerId())) {
            problems.put("caseManagerId", "Select a case manager from this youth justice service");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.created(new Sentence(
                id,
                appearance.id(),
                appearance.childId(),
                s.type(),
                madeOn,
                end,
                null,
                s.caseManagerId(),
                s.type().needsReport() && !reportInTheProceedings));
    }

    /** The same sentence with the intervention it started. */
    public Sentence startedAs(UUID intervention) {
        return new Sentence(
                id, appearanceId, childId, type, madeOn, endDate, intervention, caseManagerId, withoutReport);
    }
}
