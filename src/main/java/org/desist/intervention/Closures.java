package org.desist.intervention;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.desist.audit.AuditedFields;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.internal.InterventionRepository;
import org.desist.platform.Change;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending interventions: a person's closure with feedback (and a manager's override of due items left open), and
 * the endings other records decide. Called by {@link Interventions} with the intervention locked at the version
 * the person saw; what is still due is then fulfilled or cancelled.
 */
@Service
@Transactional
class Closures {

    /** What a closure records beside the intervention's state: feedback and any manager's override. */
    static final AuditedFields<ClosureDetails> DETAILS = AuditedFields.<ClosureDetails>of()
            .field("Child's feedback", ClosureDetails::childFeedback)
            .field("Parents' or carers' feedback", ClosureDetails::parentsFeedback)
            .field("Closed with due items open (manager's override)", ClosureDetails::overrideReason)
            .field("Due items left open", ClosureDetails::overriddenItems, items -> String.join("; ", items));

    private final InterventionRepository repository;
    private final DueItems dueItems;
    private final InterventionTrail trail;
    private final ApplicationEventPublisher events;

    Closures(
            InterventionRepository repository,
            DueItems dueItems,
            InterventionTrail trail,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.dueItems = dueItems;
        this.trail = trail;
        this.events = events;
    }

    /** A person closes it: due items left undone need a manager (COUNTERSIGN) and the override's reason. */
    Intervention close(Intervention before, Interventions.Closing closing) {
        List<String> undone = undone(before, closing.reason());
        boolean manager = CurrentUser.require().can(Role.Capability.COUNTERSIGN);
        Change<Intervention> change = before.close(
                closing.reason(),
                closing.exitStrategy(),
                closing.closedOn(),
                undone,
                manager,
                closing.overrideReason());
        String overriddenBy = undone.isEmpty() ? null : CurrentUser.require().username();
        return end(
                change,
                new ClosureDetails(
                        trimmed(closing.childFeedback()),
                        trimmed(closing.parentsFeedback()),
                        overriddenBy,
                        overriddenBy == null ? null : trimmed(closing.overrideReason()),
                        undone));
    }

    /** Another record decided it ended: the fact is recorded there, so nothing is left for a person to override. */
    Intervention closeDecidedElsewhere(
            Intervention before, ClosureReason reason, String exitStrategy, java.time.LocalDate closedOn) {
        Change<Intervention> change = before.close(reason, exitStrategy, closedOn, List.of(), false, null);
        return end(change, new ClosureDetails(null, null, null, null, List.of()));
    }

    /** What is wrong with closing it so, for the signed-in person, without closing it. */
    Map<String, String> problems(Intervention intervention, Interventions.Closing closing) {
        return ClosureRules.check(
                intervention,
                closing.reason(),
                closing.exitStrategy(),
                closing.closedOn(),
                undone(intervention, closing.reason()),
                CurrentUser.require().can(Role.Capability.COUNTERSIGN),
                closing.overrideReason());
    }

    List<DueItem> leftUndone(Intervention intervention, ClosureReason reason) {
        return ClosureRules.leftUndone(
                intervention.type(),
                reason == null ? ClosureReason.COMPLETED : reason,
                dueItems.forRecord(intervention.id()));
    }

    Optional<ClosureDetails> details(Intervention intervention) {
        if (intervention.status() != Intervention.Status.CLOSED) {
            return Optional.empty();
        }
        return repository.closureDetails(intervention.id());
    }

    private List<String> undone(Intervention intervention, ClosureReason reason) {
        return ClosureRules.described(
                ClosureRules.leftUndone(intervention.type(), reason, dueItems.forRecord(intervention.id())));
    }

    private Intervention end(Change<Intervention> change, ClosureDetails details) {
        Intervention before = change.before();
        Intervention saved = repository.save(change, () -> trail.stale(before.id(), before.version()));
        repository.recordClosure(saved, details, () -> trail.stale(saved.id(), saved.version()));
        ClosureReason reason = saved.closureReason();
        List<String> overridden = details.overriddenItems();
        trail.changed(
                change,
                saved,
                "Closed the " + before.type().label().toLowerCase() + ": " + reason.label()
                        + (details.overridden()
                                ? " (a manager's override of " + overridden.size() + " open due "
                                        + (overridden.size() == 1 ? "item" : "items") + ")"
                                : ""),
                DETAILS.changes(null, details));
        if (!reason.withdrawsTheOrder()) {
            before.type()
                    .endFulfils()
                    .ifPresent(record -> dueItems.fulfilled(saved.id(), record, saved.id(), saved.closedOn()));
        }
        // Nothing more is due for an intervention that has ended: what is still open (an initial panel of a
        // revoked order, the next progress panel of a completed one) is cancelled with the reason.
        dueItems.recordEnded(
                saved.id(),
                reason.withdrawsTheOrder()
                        ? reason.label()
                        : "The " + before.type().label().toLowerCase() + " ended: "
                                + reason.label().toLowerCase());
        change.publish(events::publishEvent);
        return saved;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
