package org.desist.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.desist.assessment.ClassificationChanged;
import org.desist.child.ChildCircumstancesChanged;
import org.desist.intervention.CaseManagerChanged;
import org.desist.intervention.InterventionStarted;
import org.desist.intervention.InterventionType;
import org.desist.offence.OffenceRecorded;
import org.desist.platform.InvalidRequestException;

/**
 * Which events call for a review of the child's interventions in progress, and the reason kept with it.
 * Source: YJB case management guidance ("a new arrest or offence, a change in safety-and-wellbeing or risk-of-harm
 * indicators, a change of case manager, a change of address/placement/looked-after status, entry to or
 * release from custody, a serious incident").
 */
public final class ReviewTriggers {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Custodial interventions: starting one is entry to custody. */
    public static final Set<InterventionType> CUSTODY = EnumSet.of(
            InterventionType.REMAND_TO_YOUTH_DETENTION,
            InterventionType.DETENTION_AND_TRAINING_ORDER,
            InterventionType.LONGER_DETENTION);

    private ReviewTriggers() {}

    /**
     * A trigger raised for the child's interventions in progress: what kind, why (as shown on the review
     * page), on what day (day 0 of the review due) and the record it came from.
     */
    public record Raised(UUID childId, TriggerKind kind, String reason, LocalDate on, UUID sourceRecordId) {}

    /**
     * The trigger an event raises, if any. {@code names} gives a staff member's name for an id (or null).
     */
    public static Optional<Raised> of(Object event, Function<UUID, String> names) {
        if (event instanceof OffenceRecorded offence) {
            return Optional.of(new Raised(
                    offence.childId(),
                    TriggerKind.NEW_OFFENCE,
                    "New offence recorded"
                            + (offence.offenceDate() == null
                                    ? ""
                                    : " (committed on " + date(offence.offenceDate()) + ")"),
                    offence.recordedOn(),
                    offence.offenceId()));
        }
        if (event instanceof ClassificationChanged changed) {
            // The first classification of an intervention is its assessment, not a change.
            if (changed.from() == null || changed.from() == changed.to()) {
                return Optional.empty();
            }
            return Optional.of(new Raised(
                    changed.childId(),
                    TriggerKind.CLASSIFICATION_CHANGED,
                    changed.lens().label() + " classification changed from "
                            + changed.from().label().toLowerCase(Locale.UK) + " to "
                            + changed.to().label().toLowerCase(Locale.UK),
                    changed.on(),
                    changed.interventionId()));
        }
        if (event instanceof CaseManagerChanged changed) {
            String from = name(names, changed.previousCaseManagerId());
            String to = name(names, changed.newCaseManagerId());
            return Optional.of(new Raised(
                    changed.childId(),
                    TriggerKind.CASE_MANAGER_CHANGED,
                    "Case manager changed" + (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to),
                    changed.from(),
                    changed.interventionId()));
        }
        if (event instanceof ChildCircumstancesChanged changed) {
            List<String> what = changed.whatChanged() == null
                    ? List.of()
                    : changed.whatChanged().stream()
                            .filter(ChildCircumstancesChanged.FIELDS::contains)
                            .toList();
            if (what.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Raised(
                    changed.childId(),
                    TriggerKind.CIRCUMSTANCES_CHANGED,
                    "Change of circumstances: " + String.join(", ", what),
                    changed.on(),
                    changed.childId()));
        }
        if (event instanceof InterventionStarted started) {
            if (!CUSTODY.contains(started.type())) {
                return Optional.empty();
            }
            return Optional.of(new Raised(
                    started.childId(),
                    TriggerKind.ENTERED_CUSTODY,
                    "Entered custody: " + started.type().label(),
                    started.startDate(),
                    started.interventionId()));
        }
        return Optional.empty();
    }

    /**
     * The case manager records the child's release from custody or a serious incident on an intervention: only one
     * in progress ({@code active}), dated from its start ({@code started}) to {@code today}, saying what happened
     * ({@link ReviewChecks}); it calls for a review of each of the child's interventions in progress (YJB case
     * management guidance, reviewing interventions).
     */
    public static Raised incident(
            UUID childId, NewIncident incident, boolean active, LocalDate started, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!active) {
            problems.put("intervention", "This intervention is not in progress");
        }
        problems.putAll(ReviewChecks.problems(incident, started, today));
        InvalidRequestException.refuseIf(problems);
        return recorded(childId, incident.kind(), incident.on(), incident.whatHappened(), null);
    }

    /** Recorded by the case manager: release from custody or a serious incident, with what happened. */
    public static Raised recorded(UUID childId, TriggerKind kind, LocalDate on, String whatHappened, UUID recordId) {
        if (!kind.recordedByHand()) {
            throw new IllegalArgumentException(kind + " is raised by the record it comes from");
        }
        return new Raised(childId, kind, kind.label() + ": " + whatHappened.trim(), on, recordId);
    }

    private static String name(Function<UUID, String> names, UUID id) {
        return id == null ? null : names.apply(id);
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }
}
