/**
 * Plans (YJB case management guidance): a plan follows each submitted assessment of an intervention, with three
 * strands — supporting desistance, keeping the child safe, keeping other people safe — its actions (owner,
 * due date, status), victims' needs and their protection (as text, never their details), contingency
 * arrangements, the child's and parents' or carers' involvement and views, and links to other agencies'
 * plans. Draft, then agreed; a plan agreed for a later assessment supersedes the previous one, which is kept.
 * Its due date follows the assessment's submission (rule {@code plan-due} in the deadline module).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Plans",
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
package org.desist.plan;
