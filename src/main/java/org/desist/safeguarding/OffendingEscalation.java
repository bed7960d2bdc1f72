package org.desist.safeguarding;

import java.time.LocalDate;
import org.desist.assessment.Classification;
import org.desist.assessment.Lens;
import org.desist.intervention.Intervention;

/**
 * What counts as offending escalating, so that the YOS calls a team around the child (TAC) meeting (
 * the joint protocol between children's social care and the YOS "Reviews and meetings"; rule {@code tac-meeting-on-escalation}, 10 WD by default, a local setting).
 */
public final class OffendingEscalation {

    public static final String ESCALATED = "OFFENDING_ESCALATED";
    public static final String TAC_MEETING = "TAC_MEETING";

    private OffendingEscalation() {}

    /**
     * A new offence counts when it was committed during an intervention in progress: the intervention is active
     * and the offence is dated on or after its start (an offence from before the work began is not escalation).
     */
    public static boolean newOffence(Intervention.Status status, LocalDate interventionStart, LocalDate offenceDate) {
        return status == Intervention.Status.ACTIVE
                && interventionStart != null
                && offenceDate != null
                && !offenceDate.isBefore(interventionStart);
    }

    /**
     * A classification change counts only for risk of serious harm, and only when it goes up; a first
     * classification is not an increase (there was nothing lower to escalate from).
     */
    public static boolean classificationChange(Lens lens, Classification from, Classification to) {
        return lens == Lens.RISK_OF_HARM && from != null && to != null && to.ordinal() > from.ordinal();
    }
}
