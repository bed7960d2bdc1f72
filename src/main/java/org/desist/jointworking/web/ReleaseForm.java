package org.desist.jointworking.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A care leaver's expected release date, as typed. */
public class ReleaseForm {

    static final List<String> FIELD_ORDER = List.of("releaseOn");
    static final Set<String> DATE_FIELDS = Set.of("releaseOn");

    private DateParts releaseOn = new DateParts();
    private long version;

    public DateParts getReleaseOn() {
        return releaseOn;
    }

    public void setReleaseOn(DateParts releaseOn) {
        this.releaseOn = releaseOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
