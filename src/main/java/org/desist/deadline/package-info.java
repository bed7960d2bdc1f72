/**
 * Deadlines: the working-day calendar for England and Wales, from which every statutory timescale
 * ("within 10 WD of the referral") is computed.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Deadlines and working days",
        allowedDependencies = {"audit", "platform"})
package org.desist.deadline;
