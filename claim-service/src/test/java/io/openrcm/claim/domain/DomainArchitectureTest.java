package io.openrcm.claim.domain;

import io.openrcm.testsupport.ArchitectureRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The shared architecture rules, applied to this service. */
class DomainArchitectureTest {

    static final String BASE = "io.openrcm.claim";

    @TestFactory
    Stream<DynamicTest> followsTheArchitectureRules() {
        return ArchitectureRules.check(BASE, ArchitectureRules.all(BASE));
    }
}
