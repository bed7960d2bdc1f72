package org.desist.jointworking.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A joint-protocol duty recorded as done, as typed. */
public class DutyForm {

    static final List<String> FIELD_ORDER = List.of(
            "socialWorkerAtCourt",
            "noAllocatedSocialWorker",
            "doneOn",
            "doneBy",
            "agency",
            "qualifiedSocialWorker",
            "iroToldOn",
            "how",
            "checklist",
            "signedOffOn");
    static final Set<String> DATE_FIELDS = Set.of("doneOn", "signedOffOn", "iroToldOn");

    private boolean noAllocatedSocialWorker;
    private String agency;
    private boolean qualifiedSocialWorker;
    private DateParts iroToldOn = new DateParts();

    public boolean isNoAllocatedSocialWorker() {
        return noAllocatedSocialWorker;
    }

    public void setNoAllocatedSocialWorker(boolean noAllocatedSocialWorker) {
        this.noAllocatedSocialWorker = noAllocatedSocialWorker;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public boolean isQualifiedSocialWorker() {
        return qualifiedSocialWorker;
    }

    public void setQualifiedSocialWorker(boolean qualifiedSocialWorker) {
        this.qualifiedSocialWorker = qualifiedSocialWorker;
    }

    public DateParts getIroToldOn() {
        return iroToldOn;
    }

    public void setIroToldOn(DateParts iroToldOn) {
        this.iroToldOn = iroToldOn;
    }

    private boolean socialWorkerAtCourt;
    private DateParts doneOn = new DateParts();
    private String doneBy;
    private String how;
    private List<String> checklist = new ArrayList<>();
    private DateParts signedOffOn = new DateParts();

    public boolean isSocialWorkerAtCourt() {
        return socialWorkerAtCourt;
    }

    public void setSocialWorkerAtCourt(boolean socialWorkerAtCourt) {
        this.socialWorkerAtCourt = socialWorkerAtCourt;
    }

    public DateParts getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(DateParts doneOn) {
        this.doneOn = doneOn;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public void setDoneBy(String doneBy) {
        this.doneBy = doneBy;
    }

    public String getHow() {
        return how;
    }

    public void setHow(String how) {
        this.how = how;
    }

    public List<String> getChecklist() {
        return checklist;
    }

    public void setChecklist(List<String> checklist) {
        this.checklist = checklist;
    }

    public DateParts getSignedOffOn() {
        return signedOffOn;
    }

    public void setSignedOffOn(DateParts signedOffOn) {
        this.signedOffOn = signedOffOn;
    }
}
