package org.desist.contact.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A compliance panel, as typed. */
public class CompliancePanelForm {

    static final List<String> FIELD_ORDER =
            List.of("heldOn", "engagement", "motivation", "barriers", "decision", "notes");
    static final Set<String> DATE_FIELDS = Set.of("heldOn");

    private DateParts heldOn = new DateParts();
    private String decision;
    private String engagement;
    private String motivation;
    private String barriers;
    private String notes;

    public DateParts getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(DateParts heldOn) {
        this.heldOn = heldOn;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getEngagement() {
        return engagement;
    }

    public void setEngagement(String engagement) {
        this.engagement = engagement;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public String getBarriers() {
        return barriers;
    }

    public void setBarriers(String barriers) {
        this.barriers = barriers;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
