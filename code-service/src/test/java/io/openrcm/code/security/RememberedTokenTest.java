package io.openrcm.code.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.infra.KeycloakTestResource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.testsupport.BadTokens;
import io.openrcm.testsupport.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a bearer token is verified once, not once per request (platform {@code VerifiedTokenProvider}), and what
 * is remembered never admits anything its verification would refuse: a copy with a broken signature and another
 * caller's token are each verified on their own; the remembered token keeps its own roles. Real Keycloak tokens.
 */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "code"))
@WithTestResource(KeycloakTestResource.class)
class RememberedTokenTest {

    /**
     * Open to ehr-integration (404: no such encounter), closed to payer-integration (deploy/security/access-matrix.csv).
     */
    private static final String LIST = "/encounters?ehrEncounterId=REMEMBERED-TOKEN-1";

    @Inject
    MeterRegistry meters;

    @Test
    void aTokenIsVerifiedOnceAndNothingElseRidesOnIt() {
        // Fresh tokens: the other tests' cached ones may be remembered already.
        String ehr = TestTokens.clientCredentialsVia("127.0.0.1", "ehr-lakeside");
        String payer = TestTokens.clientCredentialsVia("127.0.0.1", "payer-bcbs-il");
        double verified = count("verified");
        double remembered = count("remembered");

        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(ehr).get(LIST).then().statusCode(404);
        }
        assertThat(count("verified") - verified).as("verifications by quarkus-oidc").isEqualTo(1);
        assertThat(count("remembered") - remembered).as("answers from memory").isEqualTo(2);

        given().auth().oauth2(BadTokens.withBrokenSignature(ehr)).get(LIST).then().statusCode(401);
        given().auth().oauth2(payer).get(LIST).then().statusCode(403);
        given().auth().oauth2(payer).get(LIST).then().statusCode(403);
        given().auth().oauth2(ehr).get(LIST).then().statusCode(404);
        assertThat(count("verified") - verified).as("the broken copy and the payer's token verified on their own")
                .isEqualTo(3);
        assertThat(count("remembered") - remembered).isEqualTo(4);
    }

    private double count(String answer) {
        var counter = meters.find("rcm.security.bearer.tokens").tag("answer", answer).counter();
        return counter == null ? 0 : counter.count();
    }
}
