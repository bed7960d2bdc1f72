package org.desist;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries hold: no cycles, and modules use only each other's public API. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(DesistApplication.class);

    @Test
    void moduleBoundariesAreRespected() {
        modules.verify();
    }
}
