package org.desist.court;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether an earlier report may go to court again instead of a new one. YJB case management guidance: "A report
 * written in the last 3 months may be reused when it was quality assured and nothing significant has
 * changed". The months are counted in calendar months from the earlier report's submission to the new
 * request; what has (not) changed is the practitioner's judgement, recorded as the reason.
 */
public final class ReportReuse {

    private final int months;

    public ReportReuse(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /**
     * Problems keyed by field ({@code reusedReportId}, {@code reuseReason}); empty when it may be reused.
     *
     * @param earlierSubmittedOn when the earlier report went to court (null if it never did)
     * @param earlierQualityAssured whether a manager signed the earlier report off
     * @param requestedOn the day the court asked for the new report
     * @param reason why nothing significant has changed
     */
    public Map<String, String> problems(
            LocalDate earlierSubmittedOn, boolean earlierQualityAssured, LocalDate requestedOn, String reason) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (earlierSubmittedOn == null) {
            problems.put("reusedReportId", "Only a report that was submitted to court can be reused");
        } else if (!earlierQualityAssured) {
            problems.put("reusedReportId", "Only a quality-assured report can be reused");
        } else if (requestedOn.isBefore(earlierSubmittedOn)) {
            problems.put("reusedReportId", "The earlier report was submitted after this request");
        } else if (requestedOn.isAfter(earlierSubmittedOn.plusMonths(months))) {
            problems.put(
                    "reusedReportId",
                    "Only a report submitted in the last " + months + " months can be reused: write a new one");
        }
        if (reason == null || reason.isBlank()) {
            problems.put("reuseReason", "Explain why nothing significant has changed since the earlier report");
        }
        return problems;
    }
}
