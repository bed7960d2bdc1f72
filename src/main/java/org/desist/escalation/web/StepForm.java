package org.desist.escalation.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** The end of a step, as typed: its outcome and date, and (when escalating) who holds it at the level above. */
public class StepForm {

    static final List<String> FIELD_ORDER = List.of("outcome", "on", "holder");
    static final Set<String> DATE_FIELDS = Set.of("on");

    private long version;
    private String outcome;
    private DateParts on = new DateParts();
    private String holder;

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

    public DateParts getOn() {
        return on;
    }

    public void setOn(DateParts on) {
        this.on = on;
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }
}
