package org.desist.outofcourt.web;

import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** A one-question step on a referral (bail date, withdrawal, telling the police, how it ended), as typed. */
public class StepForm {

    static final List<String> FIELD_ORDER = List.of("date", "text", "exitStrategy", "referredBackToPolice");
    static final Set<String> DATE_FIELDS = Set.of("date");

    private long version;
    private DateParts date = new DateParts();
    private String text;
    private String exitStrategy;
    private String referredBackToPolice;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public DateParts getDate() {
        return date;
    }

    public void setDate(DateParts date) {
        this.date = date;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getExitStrategy() {
        return exitStrategy;
    }

    public void setExitStrategy(String exitStrategy) {
        this.exitStrategy = exitStrategy;
    }

    public String getReferredBackToPolice() {
        return referredBackToPolice;
    }

    public void setReferredBackToPolice(String referredBackToPolice) {
        this.referredBackToPolice = referredBackToPolice;
    }
}
