package io.openrcm.code;

import static io.openrcm.testsupport.ArchitectureRules.apiDoesNotUseMessaging;
import static io.openrcm.testsupport.ArchitectureRules.apiDoesNotUsePersistence;
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
 * The shared architecture rules, applied to this service. Not yet applied: applicationDoesNotKnowMessaging, since
 * the use cases still publish through messaging.EncounterEvents (claim-service keeps its publisher in application).
 */
class ArchitectureTest {

    static final String BASE = "io.openrcm.code";

    @TestFactory
    Stream<DynamicTest> followsTheArchitectureRules() {
        return ArchitectureRules.check(BASE, List.of(domainIsFrameworkFree(BASE), domainDependsOnNoOtherLayer(BASE),
                applicationDoesNotKnowTheApi(BASE), apiDoesNotUsePersistence(BASE), apiDoesNotUseMessaging(BASE),
                messagingDoesNotUseTheApi(BASE), entitiesStayInPersistence(BASE)));
    }
}
