package org.desist.safeguarding.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A MAPPA decision, as typed. */
public class MappaForm {

    static final List<String> FIELD_ORDER = List.of("level", "category", "decidedOn", "reviewOn");
    static final Set<String> DATE_FIELDS = Set.of("decidedOn", "reviewOn");

    private String level;
    private String category;
    private DateParts decidedOn = new DateParts();
    private DateParts reviewOn = new DateParts();

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public DateParts getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(DateParts decidedOn) {
        this.decidedOn = decidedOn;
    }

    public DateParts getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(DateParts reviewOn) {
        this.reviewOn = reviewOn;
    }
}
