package org.desist.quality.web;

import java.util.List;
import org.desist.platform.web.DateParts;

/** "Plan an audit round", as typed. */
public class RoundForm {

    static final List<String> FIELD_ORDER = List.of("kind", "title", "scope", "frameworkId", "fieldworkDate");

    private String kind;
    private String title;
    private String scope;
    private String frameworkId;
    private DateParts fieldworkDate = new DateParts();

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getFrameworkId() {
        return frameworkId;
    }

    public void setFrameworkId(String frameworkId) {
        this.frameworkId = frameworkId;
    }

    public DateParts getFieldworkDate() {
        return fieldworkDate;
    }

    public void setFieldworkDate(DateParts fieldworkDate) {
        this.fieldworkDate = fieldworkDate;
    }
}
