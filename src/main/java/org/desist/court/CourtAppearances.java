package org.desist.court;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.court.internal.CourtAppearanceRepository;
import org.desist.court.internal.CourtReportRepository;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.offence.Offences;
import org.desist.platform.Change;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's court appearances, within the user's services (scoped through the child), every change audited in the
 * same transaction and every view audited; the rules are {@link CourtAppearance}'s. Remands and bail support start
 * interventions (and a later appearance ends a remand); the social worker at court hears of each court date.
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

    /**
     * Records an appearance of a child the user is responsible for; an outcome that ends an earlier remand or bail
     * support closes it.
     */
    public CourtAppearance recordAppearance(AccessibleChild child, CourtWork.NewAppearance a) {
        Change<CourtAppearance> change = CourtAppearance.record(
                UUID.randomUUID(),
                responsible(child).id(),
                a,
                child.summary().dateOfBirth(),
                offence -> offences.isOffenceOf(offence, child),
                LocalDate.now(clock));
        CourtAppearance saved =
                appearanceRows.insert(change.after(), CurrentUser.require().username());
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                CourtWork.APPEARANCE,
                saved.id(),
                0,
                "Recorded a court appearance on " + DATE.format(saved.appearanceDate()) + ": "
                        + saved.outcome().label(),
                CourtAppearance.RECORDED.changes(null, saved));
        endEarlier(child, saved.id(), saved.appearanceDate(), saved.outcome());
        CourtAppearance recorded = appearanceRows.find(saved.id());
        socialWorker.courtDateChanged(child, null, recorded);
        return recorded;
    }

    /** Corrects what was recorded; the outcome stays once a remand, sentence or report hangs on it. */
    public CourtAppearance correctAppearance(UUID id, long version, CourtWork.NewAppearance a) {
        AccessibleChild child =
                children.responsibleChild(appearanceRows.find(id).childId());
        CourtAppearance before = current(id, version);
        Change<CourtAppearance> change = before.correct(
                a,
                child.summary().dateOfBirth(),
                offence -> offences.isOffenceOf(offence, child),
                LocalDate.now(clock),
                appearanceRows.hasSentenceOrReport(id));
        CourtAppearance after = appearanceRows.save(
                change, CurrentUser.require().username(), () -> audit.staleRecord(CourtWork.APPEARANCE, id, version));
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                CourtWork.APPEARANCE,
                id,
                after.version(),
                "Corrected the court appearance of " + DATE.format(after.appearanceDate()),
                CourtAppearance.CORRECTED.changes(before, after));
        if (after.outcome() != before.outcome()) {
            endEarlier(child, id, after.appearanceDate(), after.outcome());
            after = appearanceRows.find(id);
        }
        socialWorker.courtDateChanged(child, before, after);
        return after;
    }

    public CourtAppearance recordRemandOrBail(UUID appearanceId, long version, CourtWork.RemandDecision d) {
        AccessibleChild child =
                children.responsibleChild(appearanceRows.find(appearanceId).childId());
        CourtAppearance before = current(appearanceId, version);
        // The appearance first: its row lock makes a concurrent decision wait, then find it stale.
        Change<CourtAppearance> change =
                before.decideRemandOrBail(d.decision(), d.establishmentType(), d.establishmentName());
        CourtAppearance decided = appearanceRows.save(
                change,
                CurrentUser.require().username(),
                () -> audit.staleRecord(CourtWork.APPEARANCE, appearanceId, version));
        UUID interventionId = null;
        InterventionType starts = d.decision().starts().orElse(null);
        // A decision that replaces earlier remand or bail support ends it; the same one continues.
        for (Intervention open : openRemandsAndBailSupport(child, appearanceId, before.appearanceDate())) {
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
                            child,
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
                CourtAppearance.DECIDED.changes(before, after));
        socialWorker.courtDateChanged(child, before, after);
        return after;
    }

    /** The child's appearances, newest first; the view is audited. */
    public List<CourtAppearance> appearances(AccessibleChild child) {
        audit.viewed(child.serviceId(), child.id(), CourtWork.APPEARANCE, null, "Viewed court appearances");
        return appearanceRows.ofChild(child.id());
    }

    /** One appearance; the view is audited. */
    public CourtAppearance appearance(UUID id) {
        CourtAppearance appearance = appearanceRows.find(id);
        AccessibleChild child = children.accessible(appearance.childId());
        audit.viewed(child.serviceId(), child.id(), CourtWork.APPEARANCE, id, "Viewed a court appearance");
        return appearance;
    }

    /** The child's court work on one page: appearances, sentences and reports; one audited view. */
    public CourtWork.CourtRecord ofChild(AccessibleChild child) {
        audit.viewed(child.serviceId(), child.id(), CourtWork.APPEARANCE, null, "Viewed court work");
        return new CourtWork.CourtRecord(
                appearanceRows.ofChild(child.id()), sentences.ofChild(child.id()), reportRows.ofChild(child.id()));
    }

    // ---------------------------------------------------------------- internals

    /** A change needs staff of the child's home service: an accessible child seen only as host is refused (403). */
    private AccessibleChild responsible(AccessibleChild child) {
        return child.responsible() ? child : children.responsibleChild(child.id());
    }

    /** Ends the remands (or bail support) from earlier appearances that this outcome brings to an end. */
    private void endEarlier(AccessibleChild child, UUID appearanceId, LocalDate date, Outcome outcome) {
        for (Intervention open : openRemandsAndBailSupport(child, appearanceId, date)) {
            boolean remand = open.type() == InterventionType.REMAND_TO_LOCAL_AUTHORITY
                    || open.type() == InterventionType.REMAND_TO_YOUTH_DETENTION;
            if (remand ? outcome.endsRemand() : outcome.endsBailSupport()) {
                end(child, appearanceId, date, open, lower(outcome.label()));
            }
        }
    }

    private void end(AccessibleChild child, UUID appearanceId, LocalDate date, Intervention open, String why) {
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
                appearanceRows.find(appearanceId).version(),
                summary,
                List.of(new FieldChange(open.type().label(), "Active", "Ended on " + date)));
    }

    /** Remands and bail support started at the child's other appearances, still active, started by {@code date}. */
    private List<Intervention> openRemandsAndBailSupport(AccessibleChild child, UUID exceptAppearance, LocalDate date) {
        List<UUID> ids = appearanceRows.remandInterventionsOfOtherAppearances(child.id(), exceptAppearance);
        return ids.stream()
                .map(interventions::get)
                .filter(i -> i.status() != Intervention.Status.CLOSED)
                .filter(i -> !i.startDate().isAfter(date))
                .toList();
    }

    /** The appearance as the person saw it, locked for their save (stale when someone saved since). */
    private CourtAppearance current(UUID id, long version) {
        appearanceRows.lock(id, version, () -> audit.staleRecord(CourtWork.APPEARANCE, id, version));
        return appearanceRows.find(id);
    }

    private static String lower(String label) {
        return label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1);
    }
}
