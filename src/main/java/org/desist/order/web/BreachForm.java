package org.desist.order.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A breach of an order and its outcome, as typed. */
public class BreachForm {

    static final List<String> FIELD_ORDER = List.of(
            "breachedOn", "breachedWhat", "requirementId", "details", "decidedBy", "outcome", "newInterventionId");
    static final Set<String> DATE_FIELDS = Set.of("breachedOn");

    private long version;
    private DateParts breachedOn = new DateParts();
    private String breachedWhat;
    private String requirementId;
    private String details;
    private String decidedBy;
    private String outcome;
    private String newInterventionId;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public DateParts getBreachedOn() {
        return breachedOn;
    }

    public void setBreachedOn(DateParts breachedOn) {
        this.breachedOn = breachedOn;
    }

    public String getBreachedWhat() {
        return breachedWhat;
    }

    public void setBreachedWhat(String breachedWhat) {
        this.breachedWhat = breachedWhat;
    }

    public String getRequirementId() {
        return requirementId;
    }

    public void setRequirementId(String requirementId) {
        this.requirementId = requirementId;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getNewInterventionId() {
        return newInterventionId;
    }

    public void setNewInterventionId(String newInterventionId) {
        this.newInterventionId = newInterventionId;
    }
}
