package io.openrcm.reimbursement;

import static io.openrcm.testsupport.ArchitectureRules.apiDoesNotUseMessaging;
import static io.openrcm.testsupport.ArchitectureRules.apiDoesNotUsePersistence;
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
 * The shared architecture rules this service passes today. Not yet applied: entitiesStayInPersistence (application
 * classes still use entities) and applicationDoesNotKnowMessaging (ClaimPaymentPoster calls
 * messaging.PaymentPostedPublisher), until the posting rework lands; add them then (or use
 * {@link ArchitectureRules#all}).
 */
class ArchitectureTest {

    static final String BASE = "io.openrcm.reimbursement";

    @TestFactory
    Stream<DynamicTest> followsTheArchitectureRules() {
        return ArchitectureRules.check(BASE, List.of(domainIsFrameworkFree(BASE), domainDependsOnNoOtherLayer(BASE),
                applicationDoesNotKnowTheApi(BASE), apiDoesNotUsePersistence(BASE), apiDoesNotUseMessaging(BASE),
                messagingDoesNotUseTheApi(BASE)));
    }
}
