package org.desist.outofcourt.web;

import org.desist.platform.web.DateParts;

/** One specialist screening, as typed (all blank: not screened). */
public class SpecialistForm {

    boolean isBlank() {
        return (screenedBy == null || screenedBy.isBlank())
                && screenedOn.isBlank()
                && (outcome == null || outcome.isBlank());
    }

    private String screenedBy;
    private DateParts screenedOn = new DateParts();
    private String outcome;

    public String getScreenedBy() {
        return screenedBy;
    }

    public void setScreenedBy(String screenedBy) {
        this.screenedBy = screenedBy;
    }

    public DateParts getScreenedOn() {
        return screenedOn;
    }

    public void setScreenedOn(DateParts screenedOn) {
        this.screenedOn = screenedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
