package org.desist.quality;

import static org.desist.quality.EvidenceText.date;
import static org.desist.quality.EvidenceText.gap;
import static org.desist.quality.EvidenceText.notApplicable;
import static org.desist.quality.EvidenceText.shown;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.desist.quality.CaseFacts.Due;
import org.desist.quality.CaseFacts.ReferralFacts;

/** What the record shows of joint work with the police on an out-of-court disposal (HMIP standards 2018, 3.4). */
public final class OutOfCourtEvidence {

    public static final String PANEL_RATIONALE = "outofcourt.panel-rationale";
    public static final String POLICE_TOLD = "outofcourt.police-told";

    static final Set<String> DECISION_RULES = Set.of("oocd-decision");

    private static final String LINK = "See the out-of-court referral";

    private OutOfCourtEvidence() {}

    /** YJB case management guidance, out-of-court disposals: the joint decision-making panel records its rationale. */
    public static Evidence panelRationale(ReferralFacts r) {
        if (r == null) {
            return notApplicable(PANEL_RATIONALE, "Not out-of-court work from a police referral");
        }
        String href = "/out-of-court/" + r.referralId();
        if (r.panelDate() == null) {
            return gap(PANEL_RATIONALE, "No joint decision-making panel is recorded", href, LINK);
        }
        if (!r.rationale()) {
            return gap(
                    PANEL_RATIONALE,
                    "The joint decision-making panel on " + date(r.panelDate()) + " recorded no rationale",
                    href,
                    LINK);
        }
        return shown(
                PANEL_RATIONALE,
                "The joint decision-making panel on " + date(r.panelDate()) + " recorded its rationale"
                        + (r.departsFromRecommendation()
                                ? ", including why it departed from the YOS recommendation"
                                : ""),
                href,
                LINK);
    }

    /**
     * YJB case management guidance, out-of-court disposals: the decision is concluded and the police told within 15
     * working days of the bail date.
     */
    public static Evidence policeTold(ReferralFacts r, List<Due> decision, LocalDate today) {
        if (r == null) {
            return notApplicable(POLICE_TOLD, "Not out-of-court work from a police referral");
        }
        String href = "/out-of-court/" + r.referralId();
        Evidence timely =
                TimelinessEvidence.of(POLICE_TOLD, "Decision", "sent to the police", decision, today, href, LINK);
        if (timely.finding() != Evidence.Finding.NOT_APPLICABLE) {
            return timely;
        }
        if (r.policeToldOn() != null) {
            return shown(POLICE_TOLD, "The police were told of the decision on " + date(r.policeToldOn()), href, LINK);
        }
        if (r.panelDate() != null) {
            return gap(POLICE_TOLD, "The record does not say when the police were told of the decision", href, LINK);
        }
        return timely;
    }
}
