package org.desist.escalation;

/**
 * What is raised (Working Together to Safeguard Children 2023; the local safeguarding partnership's escalation
 * protocol): a disagreement about a shared case, or a concern about a service.
 */
public enum EscalationKind {
    DISAGREEMENT("Disagreement about the case"),
    SERVICE_CONCERN("Concern about a service's delivery");

    private final String label;

    EscalationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
