package org.desist.victim.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.web.Dates;
import org.desist.victim.RestorativeJustice;

/** What the summary page shows of a victim's restorative justice, in words: dates GOV.UK style, people by name. */
final class RestorativeJusticeSummary {

    private RestorativeJusticeSummary() {}

    static Map<String, String> of(RestorativeJustice rj, Map<UUID, String> names, Dates dates) {
        Map<String, String> shown = new HashMap<>();
        shown.put(
                "offered",
                dates.date(rj.offeredOn()) + ", " + rj.offeredHow().label().toLowerCase(Locale.UK));
        shown.put("offeredToChild", date(dates, rj.offeredToChildOn()));
        if (rj.victimConsent() != null) {
            shown.put("victimConsent", rj.victimConsent().label() + " on " + dates.date(rj.victimConsentOn()));
        }
        if (rj.childConsent() != null) {
            shown.put("childConsent", rj.childConsent().label() + " on " + dates.date(rj.childConsentOn()));
        }
        if (rj.riskAssessedOn() != null) {
            shown.put("assessed", dates.date(rj.riskAssessedOn()) + " by " + names.get(rj.riskAssessedBy()));
        }
        if (rj.riskApproved()) {
            shown.put(
                    "approved",
                    "Approved on " + dates.date(rj.riskApprovedOn()) + " by " + names.get(rj.riskApprovedBy()));
        }
        shown.put("kind", rj.kind() == null ? null : rj.kind().label());
        shown.put("facilitator", rj.facilitatorId() == null ? null : names.get(rj.facilitatorId()));
        shown.put("planned", date(dates, rj.plannedOn()));
        shown.put("held", date(dates, rj.heldOn()));
        if (rj.reparation() != null) {
            shown.put(
                    "reparation",
                    rj.reparation().hoursDone() + " of " + rj.reparation().hoursPlanned() + " hours done, "
                            + (rj.reparation().interventionId() != null ? "against the order" : "no order"));
        }
        shown.put("outcome", rj.outcome() == null ? null : rj.outcome().label());
        shown.put(
                "satisfaction",
                rj.satisfaction() == null ? null : rj.satisfaction().label());
        return shown;
    }

    private static String date(Dates dates, LocalDate date) {
        return date == null ? null : dates.date(date);
    }
}
