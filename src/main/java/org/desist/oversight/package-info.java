/**
 * Management oversight (YJB case management guidance, "management oversight of each case is recorded and
 * reportable"; HM Inspectorate of Probation asks whether it was sufficient): a manager records, for an
 * intervention they do not case-manage, what they looked at, their judgement, the direction and actions given and
 * when oversight is next due; and sees the cases in their services without recent oversight (setting
 * {@code desist.oversight.recent-within}, default 3 months). Built on the intervention module's public API: every
 * read goes through {@code Interventions.get}, every change through {@code ChildRecords.responsibleChild}. The
 * record of oversight is the aggregate ({@code Oversight}, its rules in {@code OversightRules}); its SQL is in
 * {@code internal.OversightRepository}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Management oversight",
        allowedDependencies = {"assessment", "audit", "child", "chronology", "intervention", "platform", "security"})
package org.desist.oversight;
