package org.desist.order;

import java.util.Optional;

/** A referral order's youth offender panels (YJB case management guidance), and the due item each meets. */
public enum PanelKind {
    INITIAL("Initial panel", "YOUTH_OFFENDER_PANEL_INITIAL"),
    PROGRESS("Progress panel", "YOUTH_OFFENDER_PANEL_PROGRESS"),
    FINAL("Final panel", null);

    private final String label;
    private final String fulfils;

    PanelKind(String label, String fulfils) {
        this.label = label;
        this.fulfils = fulfils;
    }

    public String label() {
        return label;
    }

    /** The due-item record it fulfils (rules.json {@code fulfilledBy}). */
    public Optional<String> fulfils() {
        return Optional.ofNullable(fulfils);
    }
}
