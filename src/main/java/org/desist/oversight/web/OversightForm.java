package org.desist.oversight.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A record of management oversight, as typed. */
public class OversightForm {

    static final List<String> FIELD_ORDER =
            List.of("manager", "recordedOn", "areas", "judgement", "direction", "actions", "actionsDue", "nextDue");
    static final Set<String> DATE_FIELDS = Set.of("recordedOn", "actionsDue", "nextDue");

    private long version;
    private DateParts recordedOn = new DateParts();
    private List<String> areas = new ArrayList<>();
    private String judgement;
    private String direction;
    private String actions;
    private DateParts actionsDue = new DateParts();
    private DateParts nextDue = new DateParts();
    /** Not typed: where the error about who may record it is shown. */
    private String manager;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public DateParts getRecordedOn() {
        return recordedOn;
    }

    public void setRecordedOn(DateParts recordedOn) {
        this.recordedOn = recordedOn;
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> areas) {
        this.areas = areas;
    }

    public String getJudgement() {
        return judgement;
    }

    public void setJudgement(String judgement) {
        this.judgement = judgement;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public DateParts getActionsDue() {
        return actionsDue;
    }

    public void setActionsDue(DateParts actionsDue) {
        this.actionsDue = actionsDue;
    }

    public DateParts getNextDue() {
        return nextDue;
    }

    public void setNextDue(DateParts nextDue) {
        this.nextDue = nextDue;
    }

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }
}
