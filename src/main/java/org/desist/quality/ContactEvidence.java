package org.desist.quality;

import static org.desist.quality.EvidenceText.date;
import static org.desist.quality.EvidenceText.gap;
import static org.desist.quality.EvidenceText.notApplicable;
import static org.desist.quality.EvidenceText.shown;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.quality.CaseFacts.ContactFacts;

/** What the record shows of contact and compliance (HMIP standards 2018, 2.3.1: delivery supporting desistance). */
public final class ContactEvidence {

    public static final String KEPT = "contact.kept";
    public static final String COMPLIANCE_ACTED_ON = "contact.compliance-acted-on";

    private static final String LINK = "See the contacts";

    private ContactEvidence() {}

    static String href(UUID interventionId) {
        return "/interventions/" + interventionId + "/contacts";
    }

    /**
     * Standards for children in the youth justice system 2019 and YJB case management guidance: contacts happen as
     * planned and each is recorded with its outcome.
     */
    public static Evidence kept(UUID interventionId, LocalDate started, ContactFacts c, LocalDate today) {
        if (c.plannedWithoutOutcome() > 0) {
            return gap(
                    KEPT,
                    (c.plannedWithoutOutcome() == 1
                                    ? "1 planned contact before today has"
                                    : c.plannedWithoutOutcome() + " planned contacts before today have")
                            + " no outcome recorded",
                    href(interventionId),
                    LINK);
        }
        if (c.recorded() == 0) {
            if (started == null || !started.isBefore(today)) {
                return notApplicable(KEPT, "The work has only just started");
            }
            return gap(
                    KEPT, "No contact recorded since the work started on " + date(started), href(interventionId), LINK);
        }
        return shown(
                KEPT,
                (c.recorded() == 1 ? "1 contact recorded" : c.recorded() + " contacts recorded") + ", the latest on "
                        + date(c.latest()) + "; the child attended " + c.attended(),
                href(interventionId),
                LINK);
    }

    /**
     * YJB case management guidance, compliance: each unacceptable absence is followed by a warning, and the warnings
     * that reach the local threshold by a compliance panel before breach is considered.
     */
    public static Evidence complianceActedOn(UUID interventionId, ContactFacts c) {
        if (c.unacceptableAbsences() == 0) {
            return notApplicable(COMPLIANCE_ACTED_ON, "No unacceptable absence is recorded");
        }
        if (!c.absencesWithoutWarning().isEmpty()) {
            return gap(
                    COMPLIANCE_ACTED_ON,
                    "The unacceptable absence on "
                            + date(c.absencesWithoutWarning().get(0)) + " has no warning recorded",
                    href(interventionId),
                    LINK);
        }
        if (c.panelDue()) {
            return gap(
                    COMPLIANCE_ACTED_ON,
                    c.warnings() + " warnings given: a compliance panel is due and none is recorded since the last",
                    href(interventionId),
                    LINK);
        }
        return shown(
                COMPLIANCE_ACTED_ON,
                "Each unacceptable absence was followed by a warning"
                        + (c.lastPanel() == null ? "" : "; compliance panel held on " + date(c.lastPanel())),
                href(interventionId),
                LINK);
    }
}
