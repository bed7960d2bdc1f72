package org.desist.jointworking.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** The other service told of a change of worker, as typed. */
public class ToldForm {

    static final List<String> FIELD_ORDER = List.of("on", "whom", "how");
    static final Set<String> DATE_FIELDS = Set.of("on");

    private DateParts on = new DateParts();
    private String whom;
    private String how;

    public DateParts getOn() {
        return on;
    }

    public void setOn(DateParts on) {
        this.on = on;
    }

    public String getWhom() {
        return whom;
    }

    public void setWhom(String whom) {
        this.whom = whom;
    }

    public String getHow() {
        return how;
    }

    public void setHow(String how) {
        this.how = how;
    }
}
