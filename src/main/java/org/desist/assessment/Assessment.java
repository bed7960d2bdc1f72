package org.desist.assessment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * One assessment of an intervention; the latest of an intervention is its current one. The aggregate: written as a
 * draft, submitted when complete, countersigned by a manager when a classification is high or very high (YJB case
 * management guidance, assessment and management oversight). Its family and personal relationships rating is kept
 * on it (not part of the API's answer: {@link FamilyRelationships} reads it).
 */
public record Assessment(
        UUID id,
        UUID interventionId,
        UUID childId,
        AssessmentStatus status,
        AssessmentDetails details,
        boolean countersignatureRequired,
        LocalDate submittedOn,
        String submittedBy,
        LocalDate countersignedOn,
        String countersignedBy,
        String createdBy,
        @JsonIgnore Integer familyRelationshipsRating,
        RecordedAfterwards recordedAfterwards,
        long version) {

    /**
     * An assessment completed elsewhere before it was recorded in Desist: where it was completed and the day it was
     * entered here, and the name of who entered it (their username is {@link #createdBy()}). Its submitter and
     * countersigner are then named as given.
     */
    public record RecordedAfterwards(String completedIn, LocalDate recordedOn, String recordedBy) {}

    /** Completed before it was recorded in Desist (the page says so). */
    @JsonIgnore
    public boolean isRecordedAfterwards() {
        return recordedAfterwards != null;
    }

    /** Submitted with a high or very high classification, and not yet countersigned. */
    public boolean awaitingCountersignature() {
        return status == AssessmentStatus.SUBMITTED && countersignatureRequired;
    }

    /** Nothing more to do: countersigned, or submitted without needing it. */
    public boolean finished() {
        return status == AssessmentStatus.COUNTERSIGNED
                || (status == AssessmentStatus.SUBMITTED && !countersignatureRequired);
    }

    // The aggregate's changes. Each refuses what its rules forbid (each problem on its field) and returns the state
    // before and after with the events it raises (YJB case management guidance: one current assessment of an
    // intervention, replaced by a later one when things change; a manager countersigns a high or very high one).

    /**
     * A draft starts for the intervention: the first, or a later one replacing {@code current} (beginning as its
     * copy). Not while the current one is still a draft or awaits a manager's countersignature.
     */
    public static Change<Assessment> start(
            UUID id, UUID interventionId, UUID childId, Optional<Assessment> current, String by) {
        if (current.isPresent() && current.get().status() == AssessmentStatus.DRAFT) {
            InvalidRequestException.refuseIf(
                    Map.of("assessment", "There is already a draft assessment: continue with it"));
        }
        if (current.isPresent() && current.get().awaitingCountersignature()) {
            InvalidRequestException.refuseIf(
                    Map.of("assessment", "The current assessment is awaiting a manager's countersignature"));
        }
        AssessmentDetails details = current.map(Assessment::details)
                .orElse(AssessmentDetails.empty())
                .normalised();
        return Change.created(new Assessment(
                id,
                interventionId,
                childId,
                AssessmentStatus.DRAFT,
                details,
                false,
                null,
                null,
                null,
                null,
                by,
                null,
                null,
                0));
    }

    /** A draft's answers are edited (any part may still be empty); kept as stored: text trimmed, blank absent. */
    public Change<Assessment> edit(AssessmentDetails edited) {
        refuseUnlessDraft("assessment");
        AssessmentDetails after = (edited == null ? AssessmentDetails.empty() : edited).normalised();
        return Change.of(
                this,
                with(
                        status,
                        after,
                        countersignatureRequired,
                        submittedOn,
                        submittedBy,
                        countersignedOn,
                        countersignedBy));
    }

    /**
     * A complete draft is submitted {@code today} by {@code by}: a high or very high classification then waits for a
     * manager's countersignature. Raises each classification that changed since {@code previous} (the intervention's
     * last submitted assessment; from nothing on the first), then {@link AssessmentSubmitted}.
     */
    public Change<Assessment> submit(LocalDate today, String by, Optional<Assessment> previous) {
        if (status != AssessmentStatus.DRAFT) {
            InvalidRequestException.refuseIf(Map.of("assessment", "This assessment has already been submitted"));
        }
        InvalidRequestException.refuseIf(Completeness.problems(details));
        boolean countersign = Countersignature.required(
                details.safetyAndWellbeing().classification(),
                details.riskOfHarm().classification());
        Assessment after = with(AssessmentStatus.SUBMITTED, details, countersign, today, by, null, null);
        List<Object> events = new ArrayList<>();
        classificationChanged(
                        previous,
                        Lens.SAFETY_AND_WELLBEING,
                        d -> d.safetyAndWellbeing().classification(),
                        today)
                .ifPresent(events::add);
        classificationChanged(previous, Lens.RISK_OF_HARM, d -> d.riskOfHarm().classification(), today)
                .ifPresent(events::add);
        events.add(new AssessmentSubmitted(childId, interventionId, id, today));
        return new Change<>(this, after, events);
    }

    /** A manager countersigns one awaiting it, on {@code on}: never its own author or the one who submitted it. */
    public Change<Assessment> countersign(String by, LocalDate on) {
        if (!awaitingCountersignature()) {
            InvalidRequestException.refuseIf(
                    Map.of("countersignature", "This assessment is not awaiting a countersignature"));
        }
        if (by.equals(submittedBy) || by.equals(createdBy)) {
            InvalidRequestException.refuseIf(Map.of(
                    "countersignature",
                    "Another manager must countersign: you cannot countersign your own assessment"));
        }
        return Change.of(
                this,
                with(
                        AssessmentStatus.COUNTERSIGNED,
                        details,
                        countersignatureRequired,
                        submittedOn,
                        submittedBy,
                        on,
                        by));
    }

    /**
     * An assessment completed before it came into Desist is recorded {@code today} by {@code by}, as it stood: submitted
     * on its own date by the person who completed it, countersigned when a manager's countersignature is given (a high
     * or very high one without it then awaits a manager's countersignature here). Only before the intervention's
     * first assessment in Desist, oldest first after any other recorded this way. Raises the classifications that
     * changed since {@code current} and {@link AssessmentSubmitted}, all on the day it was submitted.
     */
    public static Change<Assessment> recordEarlier(
            UUID id,
            UUID interventionId,
            UUID childId,
            Optional<Assessment> current,
            EarlierAssessment earlier,
            LocalDate interventionStarted,
            LocalDate dateOfBirth,
            LocalDate today,
            String by,
            String byName) {
        if (current.isPresent() && !current.get().isRecordedAfterwards()) {
            InvalidRequestException.refuseIf(Map.of(
                    "assessment",
                    "This intervention already has an assessment in Desist: an earlier one can only be recorded"
                            + " before the first"));
        }
        if (current.isPresent() && current.get().awaitingCountersignature()) {
            InvalidRequestException.refuseIf(
                    Map.of("assessment", "The current assessment is awaiting a manager's countersignature"));
        }
        Map<String, String> problems =
                new java.util.LinkedHashMap<>(earlier.problems(today, interventionStarted, dateOfBirth));
        if (current.isPresent()
                && earlier.submittedOn() != null
                && !earlier.submittedOn().isAfter(current.get().submittedOn())) {
            problems.putIfAbsent(
                    "submittedOn",
                    "An assessment submitted on "
                            + EarlierAssessment.date(current.get().submittedOn())
                            + " is already recorded: record earlier ones oldest first, each after the last");
        }
        InvalidRequestException.refuseIf(problems);
        AssessmentDetails details = earlier.details();
        boolean countersign = Countersignature.required(
                details.safetyAndWellbeing().classification(),
                details.riskOfHarm().classification());
        Assessment recorded = new Assessment(
                id,
                interventionId,
                childId,
                earlier.countersigned() ? AssessmentStatus.COUNTERSIGNED : AssessmentStatus.SUBMITTED,
                details,
                countersign,
                earlier.submittedOn(),
                earlier.completedBy(),
                earlier.countersignedOn(),
                earlier.countersignedBy(),
                by,
                null,
                new RecordedAfterwards(earlier.completedIn(), today, byName),
                0);
        List<Object> events = new ArrayList<>();
        LocalDate on = earlier.submittedOn();
        recorded.classificationChanged(
                        current,
                        Lens.SAFETY_AND_WELLBEING,
                        d -> d.safetyAndWellbeing().classification(),
                        on)
                .ifPresent(events::add);
        recorded.classificationChanged(
                        current, Lens.RISK_OF_HARM, d -> d.riskOfHarm().classification(), on)
                .ifPresent(events::add);
        events.add(new AssessmentSubmitted(childId, interventionId, id, on));
        return Change.created(recorded, events.toArray());
    }

    /**
     * A draft's family and personal relationships are rated 0 (no concern) to {@link FamilyRelationships#HIGHEST}
     * (very high concern).
     */
    public Change<Assessment> rateFamilyRelationships(Integer rating) {
        if (rating == null || rating < 0 || rating > FamilyRelationships.HIGHEST) {
            InvalidRequestException.refuseIf(
                    Map.of("familyRelationshipsRating", "Select a rating from 0 to " + FamilyRelationships.HIGHEST));
        }
        refuseUnlessDraft("familyRelationshipsRating");
        return Change.of(
                this,
                new Assessment(
                        id,
                        interventionId,
                        childId,
                        status,
                        details,
                        countersignatureRequired,
                        submittedOn,
                        submittedBy,
                        countersignedOn,
                        countersignedBy,
                        createdBy,
                        rating,
                        recordedAfterwards,
                        version));
    }

    private void refuseUnlessDraft(String field) {
        if (status != AssessmentStatus.DRAFT) {
            InvalidRequestException.refuseIf(Map.of(field, "Only a draft assessment can be changed"));
        }
    }

    private Optional<ClassificationChanged> classificationChanged(
            Optional<Assessment> previous,
            Lens lens,
            Function<AssessmentDetails, Classification> classification,
            LocalDate on) {
        Classification from =
                previous.map(p -> classification.apply(p.details())).orElse(null);
        Classification to = classification.apply(details);
        return Objects.equals(from, to)
                ? Optional.empty()
                : Optional.of(new ClassificationChanged(childId, interventionId, lens, from, to, on));
    }

    private Assessment with(
            AssessmentStatus newStatus,
            AssessmentDetails newDetails,
            boolean countersign,
            LocalDate submitted,
            String submitter,
            LocalDate countersigned,
            String countersigner) {
        return new Assessment(
                id,
                interventionId,
                childId,
                newStatus,
                newDetails,
                countersign,
                submitted,
                submitter,
                countersigned,
                countersigner,
                createdBy,
                familyRelationshipsRating,
                recordedAfterwards,
                version);
    }
}
