package org.desist.outofcourt.web;

import org.desist.outofcourt.Referral;
import org.desist.platform.NotFoundException;

/** A one-question step on a referral. */
enum Step {
    BAIL_DATE("bail-date", "Correct the bail date", "Bail date", "Correct bail date", "bailDateCorrected"),
    WITHDRAW(
            "withdraw",
            "The police withdrew the referral",
            "Date the police withdrew it",
            "Record withdrawal",
            "withdrawn"),
    POLICE_TOLD(
            "police-told",
            "The police were told of the decision",
            "Date the police were told",
            "Record that the police were told",
            "policeTold"),
    COMPLETION("completion", "The child completed the disposal", "Date completed", "Record completion", "completed"),
    NON_COMPLIANCE(
            "non-compliance",
            "The child did not comply with the disposal",
            "Date it ended",
            "Record non-compliance",
            "notComplied");

    final String path;
    final String title;
    final String dateLegend;
    final String button;
    final String banner;

    Step(String path, String title, String dateLegend, String button, String banner) {
        this.path = path;
        this.title = title;
        this.dateLegend = dateLegend;
        this.button = button;
        this.banner = banner;
    }

    /** Whether the step can be taken at the referral's stage (else its page shows the referral). */
    boolean applies(Referral referral) {
        return switch (this) {
            case BAIL_DATE -> !referral.withdrawn();
            case WITHDRAW -> referral.stage() == Referral.Stage.REFERRED || referral.stage() == Referral.Stage.ASSESSED;
            case POLICE_TOLD -> referral.panel() != null && referral.panel().policeToldOn() == null;
            case COMPLETION, NON_COMPLIANCE -> referral.stage() == Referral.Stage.IN_DELIVERY;
        };
    }

    static Step of(String path) {
        for (Step step : values()) {
            if (step.path.equals(path)) {
                return step;
            }
        }
        throw new NotFoundException("Page");
    }

    public String getPath() {
        return path;
    }

    public String getTitle() {
        return title;
    }

    public String getDateLegend() {
        return dateLegend;
    }

    public String getButton() {
        return button;
    }
}
