/**
 * Reviews (YJB case management guidance): every intervention in progress is reviewed at a set interval (rule
 * {@code review-scheduled}, every 3 months by default) and whenever something significant changes (rule
 * {@code review-triggered}, 10 working days by default): a new offence, a change of classification, of case
 * manager or of the child's circumstances, entry to or release from custody, a serious incident. A review
 * records what changed, the views of the child, of parents or carers and of other agencies, and whether the
 * plan was changed. Built on the intervention module's public API: every read goes through
 * {@code Interventions.get}, every change first through {@code ChildRecords.responsible}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reviews",
        allowedDependencies = {
            "assessment",
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
package org.desist.review;
