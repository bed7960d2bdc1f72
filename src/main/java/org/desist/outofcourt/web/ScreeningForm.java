package org.desist.outofcourt.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.desist.platform.web.DateParts;

/** The YOS screening and assessment, as typed. */
public class ScreeningForm {

    static final List<String> FIELD_ORDER = List.of(
            "completedOn",
            "summary",
            "sources",
            "substanceMisuse.screenedBy",
            "substanceMisuse.screenedOn",
            "substanceMisuse.outcome",
            "mentalHealth.screenedBy",
            "mentalHealth.screenedOn",
            "mentalHealth.outcome",
            "speechLanguage.screenedBy",
            "speechLanguage.screenedOn",
            "speechLanguage.outcome");
    static final Set<String> DATE_FIELDS =
            Set.of("completedOn", "substanceMisuse.screenedOn", "mentalHealth.screenedOn", "speechLanguage.screenedOn");

    private long version;
    private DateParts completedOn = new DateParts();
    private String summary;
    private List<String> sources = new ArrayList<>();
    private SpecialistForm substanceMisuse = new SpecialistForm();
    private SpecialistForm mentalHealth = new SpecialistForm();
    private SpecialistForm speechLanguage = new SpecialistForm();

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public DateParts getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(DateParts completedOn) {
        this.completedOn = completedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<String> getSources() {
        return sources;
    }

    public void setSources(List<String> sources) {
        this.sources = sources;
    }

    public SpecialistForm getSubstanceMisuse() {
        return substanceMisuse;
    }

    public void setSubstanceMisuse(SpecialistForm substanceMisuse) {
        this.substanceMisuse = substanceMisuse;
    }

    public SpecialistForm getMentalHealth() {
        return mentalHealth;
    }

    public void setMentalHealth(SpecialistForm mentalHealth) {
        this.mentalHealth = mentalHealth;
    }

    public SpecialistForm getSpeechLanguage() {
        return speechLanguage;
    }

    public void setSpeechLanguage(SpecialistForm speechLanguage) {
        this.speechLanguage = speechLanguage;
    }
}
