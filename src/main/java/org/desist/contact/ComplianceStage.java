package org.desist.contact;

/**
 * Where a child's compliance with an order stands, from the warnings given within it (YJB case management guidance, compliance:
 * unacceptable absences lead to warnings; a compliance panel considers the child's engagement before breach;
 * breach is a last resort). The thresholds are local settings.
 */
public enum ComplianceStage {
    NONE("No action needed"),
    COMPLIANCE_PANEL_DUE("A compliance panel is due"),
    BREACH_CONSIDERATION_DUE("Breach consideration is due");

    private final String label;

    ComplianceStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The warnings given within the order against the local thresholds; the higher stage wins. */
    public static ComplianceStage of(int warnings, ComplianceThresholds thresholds) {
        if (warnings >= thresholds.breachConsiderationAfter()) {
            return BREACH_CONSIDERATION_DUE;
        }
        if (warnings >= thresholds.compliancePanelAfter()) {
            return COMPLIANCE_PANEL_DUE;
        }
        return NONE;
    }
}
