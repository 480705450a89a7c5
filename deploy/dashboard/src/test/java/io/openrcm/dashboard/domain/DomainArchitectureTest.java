package io.openrcm.dashboard.domain;

import static io.openrcm.testsupport.ArchitectureRules.apiDoesNotUseMessaging;
import static io.openrcm.testsupport.ArchitectureRules.applicationDoesNotKnowMessaging;
import static io.openrcm.testsupport.ArchitectureRules.applicationDoesNotKnowTheApi;
import static io.openrcm.testsupport.ArchitectureRules.domainDependsOnNoOtherLayer;
import static io.openrcm.testsupport.ArchitectureRules.domainIsFrameworkFree;
import static io.openrcm.testsupport.ArchitectureRules.entitiesStayInPersistence;
import static io.openrcm.testsupport.ArchitectureRules.messagingDoesNotUseTheApi;

import io.openrcm.testsupport.ArchitectureRules;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared architecture rules, applied to the dashboard. Not yet applied: apiDoesNotUsePersistence, since the
 * summary and stream resources read the projection through persistence.ProjectionQueries directly.
 */
class DomainArchitectureTest {

    static final String BASE = "io.openrcm.dashboard";

    @TestFactory
    Stream<DynamicTest> followsTheArchitectureRules() {
        return ArchitectureRules.check(BASE, List.of(domainIsFrameworkFree(BASE), domainDependsOnNoOtherLayer(BASE),
                applicationDoesNotKnowTheApi(BASE), applicationDoesNotKnowMessaging(BASE), apiDoesNotUseMessaging(BASE),
                messagingDoesNotUseTheApi(BASE), entitiesStayInPersistence(BASE)));
    }
}
