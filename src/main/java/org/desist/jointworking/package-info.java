/**
 * Joint working with children's social care (the joint protocol between children's social care and the YOS): shared cases, remand and custody duties,
 * care leavers and escalation. Its rules — looked-after status from the legal basis and events, and the
 * care-leaver category from the looked-after history — are plain Java at the root of the module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Joint working with children's social care",
        allowedDependencies = {
            "audit",
            "child",
            "chronology",
            "deadline",
            "intervention",
            "offence",
            "platform",
            "security"
        })
package org.desist.jointworking;
