package org.desist.outofcourt.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** The joint decision-making panel, as typed: up to six attendees without JavaScript. */
public class PanelForm {

    static final int ROWS = 6;
    static final Set<String> DATE_FIELDS = Set.of("panelDate", "conditionsEndOn", "policeToldOn");

    static List<String> fieldOrder() {
        List<String> order = new ArrayList<>(List.of("panelDate", "attendees"));
        for (int i = 0; i < ROWS; i++) {
            order.add("attendees[" + i + "].name");
            order.add("attendees[" + i + "].agency");
        }
        order.addAll(
                List.of("recommendation", "decision", "rationale", "conditions", "conditionsEndOn", "policeToldOn"));
        return order;
    }

    private static List<AttendeeForm> attendeeRows() {
        List<AttendeeForm> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new AttendeeForm());
        }
        return rows;
    }

    private long version;
    private DateParts panelDate = new DateParts();
    private List<AttendeeForm> attendees = attendeeRows();
    private String recommendation;
    private String decision;
    private String rationale;
    private String conditions;
    private DateParts conditionsEndOn = new DateParts();
    private DateParts policeToldOn = new DateParts();

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public DateParts getPanelDate() {
        return panelDate;
    }

    public void setPanelDate(DateParts panelDate) {
        this.panelDate = panelDate;
    }

    public List<AttendeeForm> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<AttendeeForm> attendees) {
        this.attendees = attendees;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public DateParts getConditionsEndOn() {
        return conditionsEndOn;
    }

    public void setConditionsEndOn(DateParts conditionsEndOn) {
        this.conditionsEndOn = conditionsEndOn;
    }

    public DateParts getPoliceToldOn() {
        return policeToldOn;
    }

    public void setPoliceToldOn(DateParts policeToldOn) {
        this.policeToldOn = policeToldOn;
    }
}
