package org.desist.casesummary;

import static org.assertj.core.api.Assertions.assertThat;

import org.desist.DesistApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The case summary reads every module, so none may read it (it would close a cycle as soon as it did), and the
 * chronology's interface depends on nothing but the child module's {@code AccessibleChild} (the proof a source is
 * asked only for a child the user may see, ADR 13), so every module with a case to tell can implement it.
 */
class CaseSummaryModuleTest {

    private final ApplicationModules modules = ApplicationModules.of(DesistApplication.class);

    @Test
    void noModuleDependsOnTheCaseSummary() {
        ApplicationModule summary = modules.getModuleByName("casesummary").orElseThrow();
        assertThat(summary.getDirectDependencies(modules).containsModuleNamed("chronology"))
                .as("the case summary reads the chronology's sources")
                .isTrue();
        for (ApplicationModule module : modules) {
            if (!module.equals(summary)) {
                assertThat(module.getDirectDependencies(modules).containsModuleNamed("casesummary"))
                        .as(module.getIdentifier() + " depends on casesummary")
                        .isFalse();
            }
        }
    }

    @Test
    void theChronologyInterfaceDependsOnlyOnTheChildModule() {
        ApplicationModule chronology = modules.getModuleByName("chronology").orElseThrow();
        assertThat(chronology.getDirectDependencies(modules).uniqueModules())
                .extracting(m -> m.getIdentifier().toString())
                .as("the chronology module's dependencies")
                .containsExactly("child");
    }
}
