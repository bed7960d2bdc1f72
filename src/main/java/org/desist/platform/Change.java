package org.desist.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What one intention-revealing method of an aggregate did to it: its state before and after, and the domain events
 * it raised. The aggregate refuses a change that breaks its rules ({@link InvalidRequestException#refuseIf}) before
 * it makes one; the module's repository saves {@code after} through {@link VersionedUpdate} (the version the person
 * saw in the condition); the service writes the audit diff from {@code before} and {@code after}
 * ({@code audit.AuditedFields}) and publishes {@link #events()} — all in the same transaction (ADR 13).
 *
 * <pre>{@code
 * Change<CourtReport> change = report.submit(on, today);   // the aggregate's rule, its new state, its event
 * CourtReport saved = reports.save(change);                 // the versioned update
 * audit.changed(..., AUDITED.changes(change.before(), saved));
 * change.publish(events::publishEvent);
 * }</pre>
 *
 * @param before the state the person saw; null when the change created the aggregate
 * @param after the state it moved to
 * @param events the domain events the change raised, in order
 */
public record Change<T>(T before, T after, List<Object> events) {

    public Change {
        Objects.requireNonNull(after, "after");
        events = List.copyOf(events);
    }

    /** The aggregate moved from {@code before} to {@code after}, raising {@code events}. */
    public static <T> Change<T> of(T before, T after, Object... events) {
        return new Change<>(Objects.requireNonNull(before, "before"), after, Arrays.asList(events));
    }

    /** The aggregate came into being as {@code after}, raising {@code events}. */
    public static <T> Change<T> created(T after, Object... events) {
        return new Change<>(null, after, Arrays.asList(events));
    }

    public boolean isCreation() {
        return before == null;
    }

    /** The same change with {@code after} as saved (e.g. with its new version), the events unchanged. */
    public Change<T> saved(T savedAfter) {
        return new Change<>(before, savedAfter, events);
    }

    /** Hands each event, in order, to the publisher (e.g. {@code ApplicationEventPublisher::publishEvent}). */
    public void publish(Consumer<Object> publisher) {
        events.forEach(publisher);
    }
}
