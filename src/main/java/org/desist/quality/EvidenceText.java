package org.desist.quality;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.desist.quality.Evidence.Finding;

/** How evidence reads: dates in GOV.UK style ("3 March 2026") and the three findings. */
final class EvidenceText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private EvidenceText() {}

    static String date(LocalDate date) {
        return date == null ? "an unknown date" : DATE.format(date);
    }

    static Evidence shown(String key, String statement, String href, String linkText) {
        return new Evidence(key, Finding.SHOWN, statement, href, linkText);
    }

    static Evidence gap(String key, String statement, String href, String linkText) {
        return new Evidence(key, Finding.GAP, statement, href, linkText);
    }

    static Evidence notApplicable(String key, String statement) {
        return new Evidence(key, Finding.NOT_APPLICABLE, statement, null, null);
    }
}
