package org.desist.offence.web;

import java.util.List;
import org.desist.platform.web.DateParts;

/** Recording an offence, as typed. */
public class OffenceForm {

    static final List<String> FIELD_ORDER = List.of(
            "offenceDate",
            "description",
            "category",
            "plea",
            "coAccused",
            "gravityScore",
            "gravityAdjustment",
            "gravityRationale");

    private DateParts offenceDate = new DateParts();
    private String description;
    private String category;
    private String plea;
    private String coAccused;
    private boolean seriousYouthViolence;
    private boolean weapon;
    private String gravityScore;
    private String gravityAdjustment = "0";
    private String gravityRationale;

    public DateParts getOffenceDate() {
        return offenceDate;
    }

    public void setOffenceDate(DateParts offenceDate) {
        this.offenceDate = offenceDate;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getPlea() {
        return plea;
    }

    public void setPlea(String plea) {
        this.plea = plea;
    }

    public String getCoAccused() {
        return coAccused;
    }

    public void setCoAccused(String coAccused) {
        this.coAccused = coAccused;
    }

    public boolean isSeriousYouthViolence() {
        return seriousYouthViolence;
    }

    public void setSeriousYouthViolence(boolean seriousYouthViolence) {
        this.seriousYouthViolence = seriousYouthViolence;
    }

    public boolean isWeapon() {
        return weapon;
    }

    public void setWeapon(boolean weapon) {
        this.weapon = weapon;
    }

    public String getGravityScore() {
        return gravityScore;
    }

    public void setGravityScore(String gravityScore) {
        this.gravityScore = gravityScore;
    }

    public String getGravityAdjustment() {
        return gravityAdjustment;
    }

    public void setGravityAdjustment(String gravityAdjustment) {
        this.gravityAdjustment = gravityAdjustment;
    }

    public String getGravityRationale() {
        return gravityRationale;
    }

    public void setGravityRationale(String gravityRationale) {
        this.gravityRationale = gravityRationale;
    }
}
