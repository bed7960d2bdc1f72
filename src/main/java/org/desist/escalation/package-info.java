/**
 * Disagreements and escalation between the YOS and children's social care (Working Together to Safeguard Children
 * 2023 and the local safeguarding partnership's escalation protocol): a disagreement about a shared case, or a
 * concern about either service's delivery, climbs a ladder of levels (the two workers, their line managers, the
 * heads of service, the director responsible for child protection — settings). Each open step is a due item
 * ({@code escalation-step}); a step open past it has stalled and is visible to the next level.
 *
 * <p>{@link org.desist.escalation.Escalation} is the aggregate (raise, escalate, resolve: its rules in
 * {@link org.desist.escalation.EscalationRules} and {@link org.desist.escalation.EscalationLadder});
 * {@code internal.EscalationRepository} holds its SQL; {@link org.desist.escalation.Escalations} is the public API.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Disagreements and escalation",
        allowedDependencies = {"audit", "child", "deadline", "platform", "security"})
package org.desist.escalation;
