/**
 * Disagreements and escalation between the YOS and children's social care (domain reference 03, "Disagreements
 * and escalation"): a disagreement about a shared case, or a concern about either service's delivery, climbs a
 * ladder of levels (the two workers, their line managers, the heads of service, the director responsible for
 * child protection — settings). Each open step is a due item ({@code escalation-step}); a step open past it has
 * stalled and is visible to the next level. {@link org.desist.escalation.Escalations} is the public API.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Disagreements and escalation",
        allowedDependencies = {"audit", "child", "deadline", "platform", "security"})
package org.desist.escalation;
