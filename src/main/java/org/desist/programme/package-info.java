/**
 * Programmes and referrals (YJB case management guidance): the catalogue of programmes a youth justice service runs
 * (managed by managers), a child's intervention enrolled on them with its sessions and completion, and
 * referrals to specialists and partners with their outcome; a referral still awaiting its outcome after
 * {@code desist.programme.referral-outcome-chase-after} working days (default 20) is flagged to chase. Built on
 * the intervention module's public API: every read goes through {@code Interventions.get}, every change of a
 * child's record through {@code ChildRecords.responsible}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Programmes and referrals",
        allowedDependencies = {"audit", "child", "chronology", "deadline", "intervention", "platform", "security"})
package org.desist.programme;
