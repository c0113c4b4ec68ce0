package org.openimr;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails when a module reaches into another's internals or depends against the allowed direction (DESIGN.md). */
class ModuleStructureTest {

    @Test
    void modulesRespectTheirAllowedDependencies() {
        ApplicationModules.of(OpenImrApplication.class).verify();
    }
}
