package org.desist.jointworking.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** The end of a remand with the child staying looked after, and the permission for it, as typed. */
public class RemandEndForm {

    static final List<String> FIELD_ORDER = List.of(
            "remandEndedOn", "headOfService", "permissionOn", "assessedOn", "iroName", "iroOpinionOn", "iroOpinion");
    static final Set<String> DATE_FIELDS = Set.of("remandEndedOn", "permissionOn", "assessedOn", "iroOpinionOn");

    private DateParts remandEndedOn = new DateParts();
    private String headOfService;
    private DateParts permissionOn = new DateParts();
    private DateParts assessedOn = new DateParts();
    private String iroName;
    private DateParts iroOpinionOn = new DateParts();
    private String iroOpinion;

    public DateParts getRemandEndedOn() {
        return remandEndedOn;
    }

    public void setRemandEndedOn(DateParts remandEndedOn) {
        this.remandEndedOn = remandEndedOn;
    }

    public String getHeadOfService() {
        return headOfService;
    }

    public void setHeadOfService(String headOfService) {
        this.headOfService = headOfService;
    }

    public DateParts getPermissionOn() {
        return permissionOn;
    }

    public void setPermissionOn(DateParts permissionOn) {
        this.permissionOn = permissionOn;
    }

    public DateParts getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(DateParts assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getIroName() {
        return iroName;
    }

    public void setIroName(String iroName) {
        this.iroName = iroName;
    }

    public DateParts getIroOpinionOn() {
        return iroOpinionOn;
    }

    public void setIroOpinionOn(DateParts iroOpinionOn) {
        this.iroOpinionOn = iroOpinionOn;
    }

    public String getIroOpinion() {
        return iroOpinion;
    }

    public void setIroOpinion(String iroOpinion) {
        this.iroOpinion = iroOpinion;
    }
}
