/**
 * The demo service: in the default (demo) mode, on an empty database, seeds the fictional Northbridge
 * Youth Justice Service with about 150 children and 20 staff, and a small second service to show that
 * services cannot see each other's children. Never runs in production mode.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo service",
        allowedDependencies = {
            "appropriateadult",
            "assessment",
            "child",
            "contact",
            "court",
            "escalation",
            "intervention",
            "jointworking",
            "offence",
            "order",
            "outofcourt",
            "oversight",
            "plan",
            "programme",
            "quality",
            "review",
            "safeguarding",
            "security",
            "platform",
            "victim"
        })
package org.desist.demo;
