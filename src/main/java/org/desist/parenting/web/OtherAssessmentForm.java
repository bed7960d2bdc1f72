package org.desist.parenting.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** Another agency's assessment (early help or CAMHS), as typed. */
public class OtherAssessmentForm {

    static final List<String> FIELD_ORDER = List.of("kind", "completedOn", "unmetParentingNeed");
    static final Set<String> DATE_FIELDS = Set.of("completedOn");

    private String kind;
    private DateParts completedOn = new DateParts();
    private String unmetParentingNeed;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public DateParts getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(DateParts completedOn) {
        this.completedOn = completedOn;
    }

    public String getUnmetParentingNeed() {
        return unmetParentingNeed;
    }

    public void setUnmetParentingNeed(String unmetParentingNeed) {
        this.unmetParentingNeed = unmetParentingNeed;
    }
}
