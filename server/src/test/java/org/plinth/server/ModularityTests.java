package org.plinth.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages are Spring Modulith modules: no cycles, no reaching into another module's
 * {@code internal} package.
 */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(PlinthApplication.class).verify();
    }
}
