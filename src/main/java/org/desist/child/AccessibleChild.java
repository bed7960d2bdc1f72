package org.desist.child;

import java.util.Objects;
import java.util.UUID;

/**
 * A child the signed-in user has been allowed to see — proof that {@link ChildRecords#accessible} (or
 * {@link ChildRecords#responsibleChild}) checked it. Only the child module can make one (its constructor is
 * package-private), so a module API that takes an {@code AccessibleChild} instead of a child's id cannot be called
 * without the check: forgetting it does not compile (ADR 13). Valid for the request that made it; never stored.
 */
public final class AccessibleChild {

    private final ChildSummary summary;
    private final boolean responsible;

    AccessibleChild(ChildSummary summary, boolean responsible) {
        this.summary = Objects.requireNonNull(summary);
        this.responsible = responsible;
    }

    public UUID id() {
        return summary.id();
    }

    /** The child's home service. */
    public UUID serviceId() {
        return summary.serviceId();
    }

    public ChildSummary summary() {
        return summary;
    }

    /** Whether the user may also change the record (staff of the child's home service). */
    public boolean responsible() {
        return responsible;
    }

    @Override
    public String toString() {
        return "AccessibleChild[" + summary.id() + (responsible ? ", responsible" : "") + "]";
    }
}
