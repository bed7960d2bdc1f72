package org.desist.programme.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** How a programme ended for the child, as typed. */
public class CompletionForm {

    static final List<String> FIELD_ORDER = List.of("completion", "reason", "completedOn");
    static final Set<String> DATE_FIELDS = Set.of("completedOn");

    private long version;
    private String completion;
    private String reason;
    private DateParts completedOn = new DateParts();

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getCompletion() {
        return completion;
    }

    public void setCompletion(String completion) {
        this.completion = completion;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public DateParts getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(DateParts completedOn) {
        this.completedOn = completedOn;
    }
}
