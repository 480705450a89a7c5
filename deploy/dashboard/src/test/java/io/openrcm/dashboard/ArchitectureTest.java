package io.openrcm.dashboard;

import io.openrcm.testsupport.ArchitectureRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The one architecture rule set of every service (deploy/test-support), applied whole to the dashboard. */
class ArchitectureTest {

    static final String BASE = "io.openrcm.dashboard";

    @TestFactory
    Stream<DynamicTest> followsTheArchitectureRules() {
        return ArchitectureRules.check(BASE, ArchitectureRules.all(BASE));
    }
}
