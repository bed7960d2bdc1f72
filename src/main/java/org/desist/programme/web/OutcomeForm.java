package org.desist.programme.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A referral's outcome as typed. */
public class OutcomeForm {

    static final List<String> FIELD_ORDER = List.of("outcome", "outcomeOn", "notes");
    static final Set<String> DATE_FIELDS = Set.of("outcomeOn");

    private long version;
    private String outcome;
    private DateParts outcomeOn = new DateParts();
    private String notes;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public DateParts getOutcomeOn() {
        return outcomeOn;
    }

    public void setOutcomeOn(DateParts outcomeOn) {
        this.outcomeOn = outcomeOn;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
