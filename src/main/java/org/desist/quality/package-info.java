/**
 * Quality assurance against the inspectorate's standards: the frameworks HM Inspectorate of Probation inspects
 * youth justice services by, as versioned reference data (domains, standards, key questions, prompts, rating bands),
 * and the inspectorate's rules for rating a standard and a service and for sizing a case sample.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Quality assurance",
        allowedDependencies = {"assessment", "audit", "child", "deadline", "intervention", "platform", "security"})
package org.desist.quality;
