package org.desist.order.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A grave crime sentence's release and licence, as typed. */
public class LicenceForm {

    static final List<String> FIELD_ORDER = List.of("releaseDate", "licenceEndDate");
    static final Set<String> DATE_FIELDS = Set.of("releaseDate", "licenceEndDate");

    private long version;
    private DateParts releaseDate = new DateParts();
    private DateParts licenceEndDate = new DateParts();

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public DateParts getReleaseDate() {
        return releaseDate;
    }

    public void setReleaseDate(DateParts releaseDate) {
        this.releaseDate = releaseDate;
    }

    public DateParts getLicenceEndDate() {
        return licenceEndDate;
    }

    public void setLicenceEndDate(DateParts licenceEndDate) {
        this.licenceEndDate = licenceEndDate;
    }
}
