package org.desist.victim;

import java.util.Comparator;
import java.util.List;

/**
 * Where a victim's consent to one subject stands: the latest decision, or not asked yet. Victims' Code 2021: contact
 * stops when the victim asks — once contact consent is refused or withdrawn, a contact is recorded only with a reason
 * and no prompt to contact them is raised; what they say is shared only while sharing consent is given.
 */
public enum VictimConsentState {
    NOT_ASKED("Not asked yet"),
    GIVEN("Given"),
    REFUSED("Refused"),
    WITHDRAWN("Withdrawn");

    private final String label;

    VictimConsentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The latest decision on {@code subject} (by the date decided, then when it was recorded). */
    public static VictimConsentState of(List<VictimConsent> consents, VictimConsent.Subject subject) {
        return consents.stream()
                .filter(c -> c.subject() == subject)
                .max(Comparator.comparing(VictimConsent::decidedOn).thenComparing(VictimConsent::recordedAt))
                .map(c -> VictimConsentState.valueOf(c.decision().name()))
                .orElse(NOT_ASKED);
    }

    /** The victim has said no (refused, or withdrawn what they gave). */
    public boolean saidNo() {
        return this == REFUSED || this == WITHDRAWN;
    }

    /** For contact consent: a contact or attempt needs a reason (the victim asked that contact stop). */
    public boolean contactNeedsReason() {
        return saidNo();
    }

    /** For contact consent: the victim may be prompted for (first contact due, offers outstanding). */
    public boolean raisesContactPrompts() {
        return !saidNo();
    }

    /** For sharing consent: what the victim wishes may be shared with the case and the panel. */
    public boolean allowsSharing() {
        return this == GIVEN;
    }

    /** Whether {@code decision} may follow this state: only what was given can be withdrawn. */
    public boolean allows(VictimConsent.Decision decision) {
        return decision != VictimConsent.Decision.WITHDRAWN || this == GIVEN;
    }
}
