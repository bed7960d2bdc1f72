package org.desist.intervention.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** Closing an intervention, as typed. */
public class ClosureForm {

    static final List<String> FIELD_ORDER = List.of(
            "openDueItems", "reason", "closedOn", "exitStrategy", "childFeedback", "parentsFeedback", "overrideReason");
    static final Set<String> DATE_FIELDS = Set.of("closedOn");

    private long version;
    private String reason;
    private DateParts closedOn = new DateParts();
    private String exitStrategy;
    private String childFeedback;
    private String parentsFeedback;
    private String overrideReason;
    /** Not typed: where the error about open due items is shown (the list of them on the page). */
    private String openDueItems;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public DateParts getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(DateParts closedOn) {
        this.closedOn = closedOn;
    }

    public String getExitStrategy() {
        return exitStrategy;
    }

    public void setExitStrategy(String exitStrategy) {
        this.exitStrategy = exitStrategy;
    }

    public String getChildFeedback() {
        return childFeedback;
    }

    public void setChildFeedback(String childFeedback) {
        this.childFeedback = childFeedback;
    }

    public String getParentsFeedback() {
        return parentsFeedback;
    }

    public void setParentsFeedback(String parentsFeedback) {
        this.parentsFeedback = parentsFeedback;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public String getOpenDueItems() {
        return openDueItems;
    }

    public void setOpenDueItems(String openDueItems) {
        this.openDueItems = openDueItems;
    }
}
