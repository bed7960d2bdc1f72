/**
 * Offences on a child's record, with their gravity score, and victims: separate, protected records that
 * only roles that need them can read, never shown on the child's side of the record.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Offences and victims",
        allowedDependencies = {"audit", "child", "chronology", "platform", "security"})
package org.desist.offence;
