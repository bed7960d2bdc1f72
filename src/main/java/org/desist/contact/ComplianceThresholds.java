package org.desist.contact;

/**
 * How many warnings within an order prompt a compliance panel, and breach consideration: a local protocol
 * sets them ({@code desist.contact.compliance-panel-after}, {@code desist.contact.breach-consideration-after}).
 */
public record ComplianceThresholds(int compliancePanelAfter, int breachConsiderationAfter) {

    public ComplianceThresholds {
        if (compliancePanelAfter < 1 || breachConsiderationAfter < compliancePanelAfter) {
            throw new IllegalArgumentException("Compliance thresholds must be at least 1, the breach one no lower than"
                    + " the panel one: " + compliancePanelAfter + ", " + breachConsiderationAfter);
        }
    }
}
