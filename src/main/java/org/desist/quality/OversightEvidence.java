package org.desist.quality;

import static org.desist.quality.EvidenceText.date;
import static org.desist.quality.EvidenceText.gap;
import static org.desist.quality.EvidenceText.shown;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** Whether a manager's oversight of the case is recorded (HMIP standards 2018: management oversight of each case). */
public final class OversightEvidence {

    public static final String RECORDED = "oversight.recorded";

    private static final String LINK = "See management oversight";

    private OversightEvidence() {}

    /**
     * YJB case management guidance, management oversight: recorded within the local period (setting
     * {@code desist.oversight.recent-within}, default 3 months).
     */
    public static Evidence recorded(
            UUID interventionId, LocalDate started, LocalDate lastOversight, LocalDate today, Period within) {
        String href = "/interventions/" + interventionId + "/oversight";
        if (lastOversight == null) {
            return gap(
                    RECORDED,
                    "No management oversight recorded since the work started on " + date(started),
                    href,
                    LINK);
        }
        if (lastOversight.plus(within).isBefore(today)) {
            return gap(
                    RECORDED,
                    "Management oversight last recorded on " + date(lastOversight) + ", more than " + months(within)
                            + " ago",
                    href,
                    LINK);
        }
        return shown(RECORDED, "Management oversight recorded on " + date(lastOversight), href, LINK);
    }

    private static String months(Period p) {
        long m = p.toTotalMonths();
        if (m > 0 && p.getDays() == 0) {
            return m == 1 ? "1 month" : m + " months";
        }
        return p.getDays() + p.toTotalMonths() * 30 + " days";
    }
}
