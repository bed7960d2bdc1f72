package org.desist.deadline;

/**
 * A timescale as data: what starts it (trigger), how long it runs (offset), whose job it is (owner), what
 * record meets it (fulfilledBy), where it comes from (source), and whether a local protocol may change it.
 * Rules that repeat start again from the day they were met (e.g. progress panels every 3 months).
 */
public record DueItemRule(
        String id,
        String name,
        String source,
        String trigger,
        Offset offset,
        String owner,
        String fulfilledBy,
        boolean locallyConfigurable,
        boolean repeats) {

    /** The owner that names children's social care: its items have no person as owner (the joint protocol between children's social care and the YOS). */
    public static final String SOCIAL_CARE = "SOCIAL_CARE";

    /** Whether the joint protocol gives this duty to children's social care rather than a YOS role. */
    public boolean ownedBySocialCare() {
        return SOCIAL_CARE.equals(owner);
    }

    public DueItemRule withOffset(Offset changed) {
        return new DueItemRule(id, name, source, trigger, changed, owner, fulfilledBy, locallyConfigurable, repeats);
    }
}
