package org.desist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold: no cycles, modules use only each other's public API and only the modules their
 * {@code package-info} declares in {@code allowedDependencies}. Writes the module diagrams into {@code docs/modules}.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(DesistApplication.class);

    @Test
    void moduleBoundariesAreRespected() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayDependOn() throws Exception {
        for (var module : modules) {
            Path packageInfo = Path.of(
                            "src/main/java", module.getBasePackage().getName().replace('.', '/'))
                    .resolve("package-info.java");
            String source = Files.readString(packageInfo);
            assertThat(source).as(module.getIdentifier() + "'s package-info").contains("allowedDependencies");
        }
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Path.of("docs/modules/components.puml")).exists();
    }
}
