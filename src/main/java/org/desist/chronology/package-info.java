/**
 * The child's chronology (YJB case management guidance–9): one timeline of everything that happened in the case,
 * gathered from every module through {@link org.desist.chronology.ChronologySource}, and the one-page case
 * summary built on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Chronology and case summary",
        allowedDependencies = {"child", "platform"})
package org.desist.chronology;
