/**
 * Quality assurance against the inspectorate's standards: the frameworks HM Inspectorate of Probation inspects
 * youth justice services by, as versioned reference data (domains, standards, key questions, prompts, rating bands),
 * and the inspectorate's rules for rating a standard and a service and for sizing a case sample; the evidence rules
 * that read what a case's record already shows beside each prompt, and the inspection-readiness view of open cases'
 * gaps (read from the modules that own the record, through their APIs).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Quality assurance",
        allowedDependencies = {
            "assessment",
            "audit",
            "child",
            "contact",
            "deadline",
            "intervention",
            "jointworking",
            "outofcourt",
            "oversight",
            "plan",
            "platform",
            "security"
        })
package org.desist.quality;
