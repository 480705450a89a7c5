package io.openrcm.claim.domain;

import static io.openrcm.testsupport.ArchitectureRules.apiDoesNotUseMessaging;
import static io.openrcm.testsupport.ArchitectureRules.applicationDoesNotKnowMessaging;
import static io.openrcm.testsupport.ArchitectureRules.applicationDoesNotKnowTheApi;
import static io.openrcm.testsupport.ArchitectureRules.domainDependsOnNoOtherLayer;
import static io.openrcm.testsupport.ArchitectureRules.domainIsFrameworkFree;
import static io.openrcm.testsupport.ArchitectureRules.messagingDoesNotUseTheApi;

import io.openrcm.testsupport.ArchitectureRules;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared architecture rules this service passes today. Not yet applied: apiDoesNotUsePersistence and
 * entitiesStayInPersistence, since the api still reads entities (ClaimViews reads ClaimEntity) until the
 * persistence/api rework lands; add them to the list then (or use {@link ArchitectureRules#all}).
 */
class DomainArchitectureTest {

    static final String BASE = "io.openrcm.claim";

    @TestFactory
    Stream<DynamicTest> followsTheArchitectureRules() {
        return ArchitectureRules.check(BASE, List.of(domainIsFrameworkFree(BASE), domainDependsOnNoOtherLayer(BASE),
                applicationDoesNotKnowTheApi(BASE), applicationDoesNotKnowMessaging(BASE), apiDoesNotUseMessaging(BASE),
                messagingDoesNotUseTheApi(BASE)));
    }
}
