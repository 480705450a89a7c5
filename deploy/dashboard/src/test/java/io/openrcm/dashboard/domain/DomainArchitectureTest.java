package io.openrcm.dashboard.domain;

import io.openrcm.testsupport.ArchitectureRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The shared architecture rules, applied to the dashboard. */
class DomainArchitectureTest {

    static final String BASE = "io.openrcm.dashboard";

    @TestFactory
    Stream<DynamicTest> followsTheArchitectureRules() {
        return ArchitectureRules.check(BASE, ArchitectureRules.all(BASE));
    }
}
