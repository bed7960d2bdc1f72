/**
 * Interventions: a child's pieces of supervised work — prevention, out-of-court disposals, remand or bail
 * support, court orders — with status, case manager allocation history and linked offences. Starting,
 * correcting and ending them drives their due items (deadline module).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Interventions",
        allowedDependencies = {"audit", "child", "chronology", "deadline", "offence", "platform", "security"})
package org.desist.intervention;
