/**
 * Court work (YJB case management guidance): a child's court appearances and their outcomes, remand and bail,
 * reports to court with their court-set due dates and quality assurance, and the sentences the YOS
 * supervises. Scoped through the child's record (no service of its own), so it moves with the child.
 * Remands, bail support and sentences start and end interventions; reports drive their due items.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Court work",
        allowedDependencies = {
            "audit",
            "child",
            "chronology",
            "deadline",
            "intervention",
            "jointworking",
            "offence",
            "platform",
            "security"
        })
package org.desist.court;
