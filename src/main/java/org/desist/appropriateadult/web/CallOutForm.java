package org.desist.appropriateadult.web;

import java.util.ArrayList;
import java.util.List;
import org.desist.platform.web.DateParts;

/**
 * A call-out as typed across its question pages (held in the session between the pages of a new call-out): the
 * request, who attended, the arrival, the leaving and outcome, and the links. Field names match the problems the
 * call-out's rules give, so each lands on its field.
 */
public class CallOutForm {

    static final List<String> REQUEST_FIELDS = List.of(
            "custodySuite", "newCustodySuite", "requestedAt", "requestedAtTime", "childName", "childDateOfBirth");
    static final List<String> ATTENDEE_FIELDS = List.of("attendeeName", "otherAttendee", "offRotaReason");
    static final List<String> ARRIVAL_FIELDS = List.of("arrivedAt", "arrivedAtTime");
    static final List<String> LEAVING_FIELDS = List.of(
            "leftAt",
            "leftAtTime",
            "procedures",
            "outcome",
            "keptOvernight",
            "accommodationRequested",
            "accommodationProvided",
            "accommodationReason");
    static final List<String> CHILD_FIELDS = List.of("childId");
    static final List<String> LINK_FIELDS = List.of("linkedRecordId");

    static List<String> all(List<String>... parts) {
        List<String> fields = new ArrayList<>();
        for (List<String> p : parts) {
            fields.addAll(p);
        }
        return fields;
    }

    private Long version;
    private String custodySuite;
    private String newCustodySuite;
    private DateParts requestedAt = new DateParts();
    private String requestedAtTime;
    private String childName;
    private DateParts childDateOfBirth = new DateParts();
    private String attendeeName;
    private String otherAttendee;
    private String offRotaReason;
    private DateParts arrivedAt = new DateParts();
    private String arrivedAtTime;
    private DateParts leftAt = new DateParts();
    private String leftAtTime;
    private List<String> procedures = new ArrayList<>();
    private String outcome;
    private String keptOvernight;
    private String accommodationRequested;
    private String accommodationProvided;
    private String accommodationReason;
    private String childId;
    private String linkedRecordId;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getCustodySuite() {
        return custodySuite;
    }

    public void setCustodySuite(String custodySuite) {
        this.custodySuite = custodySuite;
    }

    public String getNewCustodySuite() {
        return newCustodySuite;
    }

    public void setNewCustodySuite(String newCustodySuite) {
        this.newCustodySuite = newCustodySuite;
    }

    public DateParts getRequestedAt() {
        return requestedAt;
    }

    public void setRequestedAt(DateParts requestedAt) {
        this.requestedAt = requestedAt;
    }

    public String getRequestedAtTime() {
        return requestedAtTime;
    }

    public void setRequestedAtTime(String requestedAtTime) {
        this.requestedAtTime = requestedAtTime;
    }

    public String getChildName() {
        return childName;
    }

    public void setChildName(String childName) {
        this.childName = childName;
    }

    public DateParts getChildDateOfBirth() {
        return childDateOfBirth;
    }

    public void setChildDateOfBirth(DateParts childDateOfBirth) {
        this.childDateOfBirth = childDateOfBirth;
    }

    public String getAttendeeName() {
        return attendeeName;
    }

    public void setAttendeeName(String attendeeName) {
        this.attendeeName = attendeeName;
    }

    public String getOtherAttendee() {
        return otherAttendee;
    }

    public void setOtherAttendee(String otherAttendee) {
        this.otherAttendee = otherAttendee;
    }

    public String getOffRotaReason() {
        return offRotaReason;
    }

    public void setOffRotaReason(String offRotaReason) {
        this.offRotaReason = offRotaReason;
    }

    public DateParts getArrivedAt() {
        return arrivedAt;
    }

    public void setArrivedAt(DateParts arrivedAt) {
        this.arrivedAt = arrivedAt;
    }

    public String getArrivedAtTime() {
        return arrivedAtTime;
    }

    public void setArrivedAtTime(String arrivedAtTime) {
        this.arrivedAtTime = arrivedAtTime;
    }

    public DateParts getLeftAt() {
        return leftAt;
    }

    public void setLeftAt(DateParts leftAt) {
        this.leftAt = leftAt;
    }

    public String getLeftAtTime() {
        return leftAtTime;
    }

    public void setLeftAtTime(String leftAtTime) {
        this.leftAtTime = leftAtTime;
    }

    public List<String> getProcedures() {
        return procedures;
    }

    public void setProcedures(List<String> procedures) {
        this.procedures = procedures;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getKeptOvernight() {
        return keptOvernight;
    }

    public void setKeptOvernight(String keptOvernight) {
        this.keptOvernight = keptOvernight;
    }

    public String getAccommodationRequested() {
        return accommodationRequested;
    }

    public void setAccommodationRequested(String accommodationRequested) {
        this.accommodationRequested = accommodationRequested;
    }

    public String getAccommodationProvided() {
        return accommodationProvided;
    }

    public void setAccommodationProvided(String accommodationProvided) {
        this.accommodationProvided = accommodationProvided;
    }

    public String getAccommodationReason() {
        return accommodationReason;
    }

    public void setAccommodationReason(String accommodationReason) {
        this.accommodationReason = accommodationReason;
    }

    public String getChildId() {
        return childId;
    }

    public void setChildId(String childId) {
        this.childId = childId;
    }

    public String getLinkedRecordId() {
        return linkedRecordId;
    }

    public void setLinkedRecordId(String linkedRecordId) {
        this.linkedRecordId = linkedRecordId;
    }
}
