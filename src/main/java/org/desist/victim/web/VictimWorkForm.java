package org.desist.victim.web;

import java.util.List;
import org.desist.platform.web.DateParts;

/** What a victim worker types on one of the victim's question pages (each page uses the fields it asks). */
public class VictimWorkForm {

    /** The fields in page order, for the error summary. */
    static final List<String> FIELD_ORDER = List.of(
            "keyPoint",
            "on",
            "time",
            "method",
            "withWhom",
            "made",
            "outcome",
            "reason",
            "subject",
            "decision",
            "lawfulBasis",
            "note",
            "wishes",
            "needs",
            "sharedWishes",
            "panelAvailability",
            "wantsUpdates",
            "offer",
            "response",
            "service",
            "workerId",
            "offenceId");

    private long version = 0;
    private DateParts on = new DateParts();
    private String time;
    private String method;
    private String withWhom;
    private String made;
    private String outcome;
    private String reason;
    private String subject;
    private String decision;
    private String lawfulBasis;
    private String note;
    private String wishes;
    private String needs;
    private String sharedWishes;
    private String panelAvailability;
    private boolean wantsUpdates = false;
    private String offer;
    private String response;
    private String keyPoint;
    private String service;
    private String workerId;
    private String offenceId;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public DateParts getOn() {
        return on;
    }

    public void setOn(DateParts on) {
        this.on = on;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getWithWhom() {
        return withWhom;
    }

    public void setWithWhom(String withWhom) {
        this.withWhom = withWhom;
    }

    public String getMade() {
        return made;
    }

    public void setMade(String made) {
        this.made = made;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getLawfulBasis() {
        return lawfulBasis;
    }

    public void setLawfulBasis(String lawfulBasis) {
        this.lawfulBasis = lawfulBasis;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getWishes() {
        return wishes;
    }

    public void setWishes(String wishes) {
        this.wishes = wishes;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public String getSharedWishes() {
        return sharedWishes;
    }

    public void setSharedWishes(String sharedWishes) {
        this.sharedWishes = sharedWishes;
    }

    public String getPanelAvailability() {
        return panelAvailability;
    }

    public void setPanelAvailability(String panelAvailability) {
        this.panelAvailability = panelAvailability;
    }

    public boolean isWantsUpdates() {
        return wantsUpdates;
    }

    public void setWantsUpdates(boolean wantsUpdates) {
        this.wantsUpdates = wantsUpdates;
    }

    public String getOffer() {
        return offer;
    }

    public void setOffer(String offer) {
        this.offer = offer;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getWorkerId() {
        return workerId;
    }

    public void setWorkerId(String workerId) {
        this.workerId = workerId;
    }

    public String getOffenceId() {
        return offenceId;
    }

    public void setOffenceId(String offenceId) {
        this.offenceId = offenceId;
    }

    public String getKeyPoint() {
        return keyPoint;
    }

    public void setKeyPoint(String keyPoint) {
        this.keyPoint = keyPoint;
    }
}
