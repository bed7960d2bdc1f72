package org.desist.court.web;

import java.util.List;

/** Who accompanied the child at court, as typed. */
public class AccompanimentForm {

    static final List<String> FIELD_ORDER = List.of("companion", "companionName", "companionReason");

    private long version;
    private String companion;
    private String companionName;
    private String companionReason;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getCompanion() {
        return companion;
    }

    public void setCompanion(String companion) {
        this.companion = companion;
    }

    public String getCompanionName() {
        return companionName;
    }

    public void setCompanionName(String companionName) {
        this.companionName = companionName;
    }

    public String getCompanionReason() {
        return companionReason;
    }

    public void setCompanionReason(String companionReason) {
        this.companionReason = companionReason;
    }
}
