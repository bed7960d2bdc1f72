/**
 * The audit trail: an append-only record of every view and every change of a child's record — who,
 * when, which service, what (for changes, each field's old and new value). Written through
 * {@link org.desist.audit.AuditTrail} in the same transaction as the change it records.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"platform", "security"})
package org.desist.audit;
