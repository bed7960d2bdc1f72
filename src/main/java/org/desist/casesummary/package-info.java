/**
 * The child's chronology and one-page case summary (YJB case management guidance–9, 04): pages only. It gathers every
 * module's {@link org.desist.chronology.ChronologySource} entries and reads the child, due items, interventions,
 * assessments and contacts through their public APIs. No module depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Chronology and case summary pages",
        allowedDependencies = {
            "chronology",
            "child",
            "deadline",
            "intervention",
            "assessment",
            "contact",
            "audit",
            "security",
            "platform"
        })
package org.desist.casesummary;
