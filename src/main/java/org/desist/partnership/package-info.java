/**
 * The joint-working view (issue 5 §13, the joint protocol between children's social care and the YOS): for managers of the youth justice service and of
 * children's social care, the shared cases, the joint-protocol duties due and overdue by the service that owns
 * them and what was done late, cases without a role agreement and open escalations. It only reads: the records
 * belong to {@code jointworking}, {@code escalation} and {@code deadline}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Joint-working view for managers",
        allowedDependencies = {"child", "deadline", "escalation", "jointworking", "security", "platform"})
package org.desist.partnership;
