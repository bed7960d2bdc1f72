/**
 * Assessments (YJB case management guidance, assessment): one current assessment per intervention through three lenses —
 * desistance, safety and wellbeing, risk of serious harm to others — with its sources, the child's and
 * parents' views and specialist screening; submitted, and countersigned by a manager when a classification is
 * high or very high. Its due date follows the intervention's start (deadline module); every change of a
 * classification is kept and published ({@link org.desist.assessment.ClassificationChanged}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Assessments",
        allowedDependencies = {"audit", "child", "chronology", "deadline", "intervention", "platform", "security"})
package org.desist.assessment;
