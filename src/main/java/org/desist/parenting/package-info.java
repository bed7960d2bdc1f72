/**
 * Parenting (YJB case management guidance): the four triggers that prompt the case manager to consider a
 * parenting assessment for a child aged 17 or under ({@link org.desist.parenting.ParentingTriggers}) — family and
 * personal relationships rated 3 or above in the YOS assessment, a recent early-help assessment showing unmet
 * parenting need, a recent CAMHS assessment, a report to court where a parenting order is considered — each a due
 * item (rule {@code parenting-assessment-considered}) met by the case manager's decision; and the parenting
 * orders, contracts and voluntary parenting work with each agency's role. Scoped through the child: every read
 * goes through {@code ChildRecords.visible}, every change through {@code ChildRecords.responsible}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Parenting",
        allowedDependencies = {
            "assessment",
            "audit",
            "child",
            "chronology",
            "court",
            "deadline",
            "intervention",
            "platform",
            "security"
        })
package org.desist.parenting;
