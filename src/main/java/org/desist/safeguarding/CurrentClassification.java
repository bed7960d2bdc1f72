package org.desist.safeguarding;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.assessment.Classification;
import org.desist.assessment.Lens;

/**
 * The latest submitted classification of a lens on one of the child's open interventions, and what it calls for
 * (YJB case management guidance; Working Together to Safeguard Children 2023), or a null consequence when nothing.
 */
public record CurrentClassification(
        UUID interventionId,
        String intervention,
        Lens lens,
        Classification classification,
        LocalDate since,
        String consequence) {

    public static CurrentClassification of(
            UUID interventionId, String intervention, Lens lens, Classification classification, LocalDate since) {
        String consequence = !PanelTriggers.calledFor(lens, classification)
                ? null
                : lens == Lens.RISK_OF_HARM
                        ? "Refer to the risk panel"
                        : "Vulnerability management plan (the case may also be referred to the risk panel)";
        return new CurrentClassification(interventionId, intervention, lens, classification, since, consequence);
    }
}
