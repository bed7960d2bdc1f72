package org.desist.court;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.audit.FieldChange;
import org.desist.child.Age;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.court.internal.CourtAppearanceRepository;
import org.desist.court.internal.CourtReportRepository;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.offence.Offence;
import org.desist.offence.Offences;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's court appearances, within the user's services (scoped through the child), every change audited in the
 * same transaction and every view audited. Remands and bail support start interventions (and a later appearance
 * ends a remand); the social worker at court hears of each court date.
 */
@Service
@Transactional
public class CourtAppearances {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CourtAppearanceRepository appearanceRows;
    private final CourtReportRepository reportRows;
    private final ChildRecords children;
    private final Offences offences;
    private final Interventions interventions;
    private final AuditTrail audit;
    private final Clock clock;
    private final SocialWorkerAtCourt socialWorker;
    private final CourtSentences sentences;

    CourtAppearances(
            CourtAppearanceRepository appearanceRows,
            CourtReportRepository reportRows,
            ChildRecords children,
            Offences offences,
            Interventions interventions,
            AuditTrail audit,
            Clock clock,
            SocialWorkerAtCourt socialWorker,
            CourtSentences sentences) {
        this.appearanceRows = appearanceRows;
        this.reportRows = reportRows;
        this.children = children;
        this.offences = offences;
        this.interventions = interventions;
        this.audit = audit;
        this.clock = clock;
        this.socialWorker = socialWorker;
        this.sentences = sentences;
    }

    // ---------------------------------------------------------------- appearances

    /** Records an appearance; an outcome that ends an earlier remand or bail support closes it. */
    public CourtAppearance recordAppearance(UUID childId, CourtWork.NewAppearance a) {
        ChildSummary child = children.responsible(childId);
        check(child, a);
        UUID id = UUID.randomUUID();
        String by = CurrentUser.require().username();
        appearanceRows.insert(
                new CourtAppearance(
                        id,
                        child.id(),
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
                        0),
                by);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                CourtWork.APPEARANCE,
                id,
                0,
                "Recorded a court appearance on " + DATE.format(a.appearanceDate()) + ": "
                        + a.outcome().label(),
                List.of(
                        new FieldChange("Date", null, a.appearanceDate().toString()),
                        new FieldChange(
                                "Court",
                                null,
                                a.courtName().trim() + " (" + a.courtKind().label() + ")"),
                        new FieldChange("Hearing", null, a.hearingType().label()),
                        new FieldChange("Outcome", null, outcomeText(a.outcome(), a.outcomeDetail())),
                        new FieldChange(
                                "Next hearing",
                                null,
                                a.nextHearingDate() == null
                                        ? null
                                        : a.nextHearingDate().toString())));
        endEarlier(child, id, a.appearanceDate(), a.outcome(), null);
        CourtAppearance recorded = find(id);
        socialWorker.courtDateChanged(child, null, recorded);
        return recorded;
    }

    /** Corrects what was recorded; the outcome stays once a remand, sentence or report hangs on it. */
    public CourtAppearance correctAppearance(UUID id, long version, CourtWork.NewAppearance a) {
        CourtAppearance before = current(id, version);
        ChildSummary child = children.responsible(before.childId());
        check(child, a);
        boolean consequences = hasConsequences(before);
        Map<String, String> problems = new LinkedHashMap<>();
        if (consequences && !a.appearanceDate().equals(before.appearanceDate())) {
            problems.put(
                    "appearanceDate",
                    "The date cannot change once a remand or bail, sentence, report or ended intervention is "
                            + "recorded from this appearance");
        }
        if (consequences && a.outcome() != before.outcome()) {
            problems.put(
                    "outcome",
                    "The outcome cannot change once a remand or bail, sentence, report or ended intervention is "
                            + "recorded from this appearance");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        CourtAppearance after = appearanceRows.save(
                Change.of(
                        before,
                        new CourtAppearance(
                                id,
                                before.childId(),
                                a.appearanceDate(),
                                a.courtName().trim(),
                                a.courtKind(),
                                a.hearingType(),
                                List.copyOf(new LinkedHashSet<>(a.offenceIds())),
                                a.outcome(),
                                blankToNull(a.outcomeDetail()),
                                a.nextHearingDate(),
                                blankToNull(a.informationToCourt()),
                                before.remandOrBail(),
                                before.establishmentType(),
                                before.establishmentName(),
                                before.remandInterventionId(),
                                before.ended(),
                                version)),
                CurrentUser.require().username(),
                () -> audit.staleRecord(CourtWork.APPEARANCE, id, version));
        List<FieldChange> changes = APPEARANCE_AUDITED.changes(before, after);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                CourtWork.APPEARANCE,
                id,
                after.version(),
                "Corrected the court appearance of " + DATE.format(after.appearanceDate()),
                changes);
        if (after.outcome() != before.outcome()) {
            endEarlier(child, id, after.appearanceDate(), after.outcome(), null);
            after = find(id);
        }
        socialWorker.courtDateChanged(child, before, after);
        return after;
    }

    public CourtAppearance recordRemandOrBail(UUID appearanceId, long version, CourtWork.RemandDecision d) {
        CourtAppearance before = current(appearanceId, version);
        ChildSummary child = children.responsible(before.childId());
        boolean detention = d.decision() == RemandOrBail.REMAND_TO_YOUTH_DETENTION;
        // The appearance first: its row lock makes a concurrent decision wait, then find it stale.
        CourtAppearance decided = appearanceRows.save(
                before.decideRemandOrBail(d.decision(), d.establishmentType(), d.establishmentName()),
                CurrentUser.require().username(),
                () -> audit.staleRecord(CourtWork.APPEARANCE, appearanceId, version));
        UUID interventionId = null;
        InterventionType starts = d.decision().starts().orElse(null);
        // A decision that replaces earlier remand or bail support ends it; the same one continues.
        for (Intervention open : openRemandsAndBailSupport(child.id(), appearanceId, before.appearanceDate())) {
            if (open.type() == starts) {
                interventionId = open.id();
            } else {
                end(
                        child,
                        appearanceId,
                        before.appearanceDate(),
                        open,
                        "replaced by " + lower(d.decision().label()));
            }
        }
        if (starts != null && interventionId == null) {
            interventionId = interventions
                    .start(
                            children.responsibleChild(child.id()),
                            new Interventions.NewIntervention(
                                    starts, before.appearanceDate(), null, null, before.offenceIds()))
                    .id();
        }
        CourtAppearance after = appearanceRows.linkRemandIntervention(
                decided, interventionId, () -> audit.staleRecord(CourtWork.APPEARANCE, appearanceId, version));
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                CourtWork.APPEARANCE,
                appearanceId,
                after.version(),
                "Recorded the court’s decision of " + DATE.format(after.appearanceDate()) + ": "
                        + d.decision().label(),
                List.of(
                        new FieldChange("Remand or bail", null, d.decision().label()),
                        new FieldChange(
                                "Establishment",
                                null,
                                detention
                                        ? d.establishmentName().trim() + " ("
                                                + d.establishmentType().label() + ")"
                                        : null)));
        socialWorker.courtDateChanged(child, before, after);
        return after;
    }

    /** The child's appearances, newest first; the view is audited. */
    public List<CourtAppearance> appearances(UUID childId) {
        ChildSummary child = children.visible(childId);
        audit.viewed(child.serviceId(), child.id(), CourtWork.APPEARANCE, null, "Viewed court appearances");
        return appearanceRows.ofChild(child.id());
    }

    /** One appearance; the view is audited. */
    public CourtAppearance appearance(UUID id) {
        CourtAppearance appearance = find(id);
        ChildSummary child = children.visible(appearance.childId());
        audit.viewed(child.serviceId(), child.id(), CourtWork.APPEARANCE, id, "Viewed a court appearance");
        return appearance;
    }

    public CourtWork.CourtRecord ofChild(UUID childId) {
        ChildSummary child = children.visible(childId);
        audit.viewed(child.serviceId(), child.id(), CourtWork.APPEARANCE, null, "Viewed court work");
        return new CourtWork.CourtRecord(
                appearanceRows.ofChild(child.id()), sentences.ofChild(child.id()), reportRows.ofChild(child.id()));
    }

    // ---------------------------------------------------------------- internals

    private void check(ChildSummary child, CourtWork.NewAppearance a) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (a.appearanceDate() == null) {
            problems.put("appearanceDate", "Enter the date of the appearance");
        } else if (a.appearanceDate().isAfter(LocalDate.now(clock))) {
            problems.put("appearanceDate", "The date of the appearance must be today or in the past");
        } else if (Age.belowCriminalResponsibility(child.dateOfBirth(), a.appearanceDate())) {
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
            if (!theirs(child, offenceId)) {
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
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private boolean theirs(ChildSummary child, UUID offenceId) {
        try {
            Offence offence = offences.get(offenceId);
            return offence.childId().equals(child.id());
        } catch (NotFoundException e) {
            return false;
        }
    }

    private boolean hasConsequences(CourtAppearance a) {
        return a.remandOrBail() != null || !a.ended().isEmpty() || appearanceRows.hasSentenceOrReport(a.id());
    }

    /** Ends the remands (or bail support) from earlier appearances that this outcome brings to an end. */
    private void endEarlier(ChildSummary child, UUID appearanceId, LocalDate date, Outcome outcome, String why) {
        for (Intervention open : openRemandsAndBailSupport(child.id(), appearanceId, date)) {
            boolean remand = open.type() == InterventionType.REMAND_TO_LOCAL_AUTHORITY
                    || open.type() == InterventionType.REMAND_TO_YOUTH_DETENTION;
            if (remand ? outcome.endsRemand() : outcome.endsBailSupport()) {
                end(child, appearanceId, date, open, why == null ? lower(outcome.label()) : why);
            }
        }
    }

    private void end(ChildSummary child, UUID appearanceId, LocalDate date, Intervention open, String why) {
        String summary = open.type().label() + " from " + DATE.format(open.startDate()) + " ended on "
                + DATE.format(date) + ": " + why;
        interventions.close(
                open.id(),
                open.version(),
                ClosureReason.COMPLETED,
                "Ended by the court on " + DATE.format(date) + ": " + why,
                date);
        appearanceRows.recordEnded(appearanceId, open.id(), summary);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                CourtWork.APPEARANCE,
                appearanceId,
                find(appearanceId).version(),
                summary,
                List.of(new FieldChange(open.type().label(), "Active", "Ended on " + date)));
    }

    /** Remands and bail support started at the child's other appearances, still active, started by {@code date}. */
    private List<Intervention> openRemandsAndBailSupport(UUID childId, UUID exceptAppearance, LocalDate date) {
        List<UUID> ids = appearanceRows.remandInterventionsOfOtherAppearances(childId, exceptAppearance);
        return ids.stream()
                .map(interventions::get)
                .filter(i -> i.status() != Intervention.Status.CLOSED)
                .filter(i -> !i.startDate().isAfter(date))
                .toList();
    }

    /** The appearance as the person saw it, locked for their save (stale when someone saved since). */
    private CourtAppearance current(UUID id, long version) {
        CourtAppearance appearance = find(id);
        children.responsible(appearance.childId());
        appearanceRows.lock(id, version, () -> audit.staleRecord(CourtWork.APPEARANCE, id, version));
        return appearance;
    }

    /** Not audited, not scoped: callers check the child is visible. */
    private CourtAppearance find(UUID id) {
        return appearanceRows.find(id);
    }

    /** What the trail shows of a court appearance when it is corrected: its state before and after, diffed. */
    private static final AuditedFields<CourtAppearance> APPEARANCE_AUDITED = AuditedFields.<CourtAppearance>of()
            .field("Date", CourtAppearance::appearanceDate)
            .field("Court", CourtAppearance::courtName)
            .field("Kind of court", CourtAppearance::courtKind)
            .field("Hearing", CourtAppearance::hearingType)
            .field("Outcome", a -> outcomeText(a.outcome(), a.outcomeDetail()))
            .field("Next hearing", CourtAppearance::nextHearingDate)
            .field("Information given to the court", CourtAppearance::informationToCourt)
            .field("Offences", a -> new LinkedHashSet<>(a.offenceIds()).toString());

    private static String outcomeText(Outcome outcome, String detail) {
        return outcome.label() + (blank(detail) ? "" : ": " + detail.trim());
    }

    private static String lower(String label) {
        return label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
