/**
 * Victims of children's offences as people in their own right (Victims' Code 2021): protected records linked to
 * offences, read and changed only with the victim capabilities, never shown on the child's side of the record.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Victims",
        allowedDependencies = {"audit", "child", "deadline", "intervention", "offence", "platform", "security"})
package org.desist.victim;
