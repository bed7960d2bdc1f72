package org.desist.victim.web;

import org.desist.platform.web.DateParts;

/** The answers of one restorative justice question page (each page uses its own few fields). */
public class RestorativeJusticeForm {

    private long version;
    private DateParts offeredOn = new DateParts();
    private String offeredHow;
    private DateParts offeredToChildOn = new DateParts();
    private String decision;
    private DateParts on = new DateParts();
    private DateParts assessedOn = new DateParts();
    private String summary;
    private String kind;
    private String facilitator;
    private DateParts plannedOn = new DateParts();
    private DateParts heldOn = new DateParts();
    private String outcome;
    private String note;
    private String satisfaction;
    private String against;
    private String hoursPlanned;
    private String hoursDone;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public DateParts getOfferedOn() {
        return offeredOn;
    }

    public void setOfferedOn(DateParts offeredOn) {
        this.offeredOn = offeredOn;
    }

    public String getOfferedHow() {
        return offeredHow;
    }

    public void setOfferedHow(String offeredHow) {
        this.offeredHow = offeredHow;
    }

    public DateParts getOfferedToChildOn() {
        return offeredToChildOn;
    }

    public void setOfferedToChildOn(DateParts offeredToChildOn) {
        this.offeredToChildOn = offeredToChildOn;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public DateParts getOn() {
        return on;
    }

    public void setOn(DateParts on) {
        this.on = on;
    }

    public DateParts getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(DateParts assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getFacilitator() {
        return facilitator;
    }

    public void setFacilitator(String facilitator) {
        this.facilitator = facilitator;
    }

    public DateParts getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(DateParts plannedOn) {
        this.plannedOn = plannedOn;
    }

    public DateParts getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(DateParts heldOn) {
        this.heldOn = heldOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(String satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getAgainst() {
        return against;
    }

    public void setAgainst(String against) {
        this.against = against;
    }

    public String getHoursPlanned() {
        return hoursPlanned;
    }

    public void setHoursPlanned(String hoursPlanned) {
        this.hoursPlanned = hoursPlanned;
    }

    public String getHoursDone() {
        return hoursDone;
    }

    public void setHoursDone(String hoursDone) {
        this.hoursDone = hoursDone;
    }
}
