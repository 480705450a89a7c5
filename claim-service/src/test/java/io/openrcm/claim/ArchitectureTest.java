package io.openrcm.claim;

import io.openrcm.testsupport.ArchitectureRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The one architecture rule set of every service (deploy/test-support), applied whole to this one. */
class ArchitectureTest {

    static final String BASE = "io.openrcm.claim";

    @TestFactory
    Stream<DynamicTest> followsTheArchitectureRules() {
        return ArchitectureRules.check(BASE, ArchitectureRules.all(BASE));
    }
}
