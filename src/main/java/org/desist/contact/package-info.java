/**
 * Contacts with the child and compliance (YJB case management guidance, contact and compliance): appointments planned and then recorded
 * with who attended and the outcome; each unacceptable absence leads to a warning; enough warnings prompt a
 * compliance panel, then breach consideration (settings {@code desist.contact.compliance-panel-after},
 * default 2, and {@code desist.contact.breach-consideration-after}, default 3). Built on the intervention
 * module's public API: every read goes through {@code Interventions.get}, every change through
 * {@code ChildRecords.responsible}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Contacts and compliance",
        allowedDependencies = {"audit", "child", "chronology", "intervention", "platform", "security"})
package org.desist.contact;
