package org.desist.parenting.web;

import java.util.List;

/** The case manager's decision on a parenting prompt, as typed. */
public class DecisionForm {

    static final List<String> FIELD_ORDER = List.of("decision", "reason");

    private long version;
    private String decision;
    private String reason;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
