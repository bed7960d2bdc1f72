package org.desist.safeguarding;

import java.util.Optional;
import org.desist.assessment.Classification;
import org.desist.assessment.Lens;

/**
 * What a change of classification makes due. Source: YJB case management guidance (risk and safety and wellbeing) —
 * cases with a risk of serious harm (ROSH) of high or very high go to the risk panel; a safety-and-wellbeing
 * classification of medium or above requires a vulnerability management plan (VMP). A classification rising to or
 * within that band (or a first classification in it) makes the work due, unless it is already due and not yet done;
 * staying put or going down makes nothing due.
 */
public final class PanelTriggers {

    /** The work a classification can make due. */
    public enum PanelWork {
        RISK_PANEL_REFERRAL("ROSH_RAISED", "Risk panel referral"),
        VULNERABILITY_MANAGEMENT_PLAN("SAFETY_AND_WELLBEING_RAISED", "Vulnerability management plan");

        private final String trigger;
        private final String label;

        PanelWork(String trigger, String label) {
            this.trigger = trigger;
            this.label = label;
        }

        /** The due-item trigger (rules.json). */
        public String trigger() {
            return trigger;
        }

        /** The record type that meets it (rules.json {@code fulfilledBy}). */
        public String fulfilledBy() {
            return name();
        }

        public String label() {
            return label;
        }
    }

    private PanelTriggers() {}

    /** The lowest classification of the lens that makes its work due. */
    public static Classification threshold(Lens lens) {
        return lens == Lens.RISK_OF_HARM ? Classification.HIGH : Classification.MEDIUM;
    }

    public static PanelWork work(Lens lens) {
        return lens == Lens.RISK_OF_HARM ? PanelWork.RISK_PANEL_REFERRAL : PanelWork.VULNERABILITY_MANAGEMENT_PLAN;
    }

    /** Whether the classification itself calls for the lens's work (whatever is recorded). */
    public static boolean calledFor(Lens lens, Classification classification) {
        return classification != null && classification.compareTo(threshold(lens)) >= 0;
    }

    /**
     * The work the change makes due, if any.
     *
     * @param from the classification before ({@code null} for the first assessment)
     * @param to the classification now
     * @param alreadyDue whether that work is already due for the child and not yet done
     */
    public static Optional<PanelWork> due(Lens lens, Classification from, Classification to, boolean alreadyDue) {
        if (to == null || alreadyDue || !calledFor(lens, to)) {
            return Optional.empty();
        }
        boolean rose = from == null || to.compareTo(from) > 0;
        return rose ? Optional.of(work(lens)) : Optional.empty();
    }
}
