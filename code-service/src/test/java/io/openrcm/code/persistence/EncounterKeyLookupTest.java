package io.openrcm.code.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.code.api.EncounterRequestValidator;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.EncounterKey;
import io.openrcm.code.domain.KnownEncounter;
import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CodeServiceTest
@TestSecurity(user = "ehr.test", roles = {"ehr-integration"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
class EncounterKeyLookupTest {

    @Inject
    EncounterKeyLookup lookup;
    @Inject
    Clock clock;

    private static String post(String ehrId, String practice) {
        Map<String, Object> body = EncounterRequests.json(ehrId);
        body.put("billingProviderNpi", practice);
        return given().contentType(ContentType.JSON).body(body).post("/encounters").then().statusCode(201)
                .extract().path("encounterId");
    }

    @Test
    void findsOnlyTheExactPairsAskedForWithTheirFingerprints() {
        String x = EncounterRequests.newEhrId();
        String y = EncounterRequests.newEhrId();
        String xOfLakeside = post(x, TestPractices.LAKESIDE);
        post(x, TestPractices.PRAIRIE);
        post(y, TestPractices.LAKESIDE);
        EncounterKey asked = new EncounterKey(TestPractices.LAKESIDE, x);
        // Both arrays match all three rows; Prairie's y was never stored and Prairie's x and Lakeside's y not asked.
        EncounterKey notStored = new EncounterKey(TestPractices.PRAIRIE, y);

        Map<EncounterKey, KnownEncounter> known = lookup.known(Set.of(asked, notStored));

        assertThat(known).containsOnlyKeys(asked);
        assertThat(known.get(asked).id()).isEqualTo(UUID.fromString(xOfLakeside));
        // The fingerprint stored is the one of the request's content: the identical request is its retry.
        EncounterContent same = new EncounterRequestValidator(clock).validate(EncounterRequests.valid(x));
        assertThat(known.get(asked).isRetryOf(same)).isTrue();
        assertThat(known.get(asked).isRetryOf(same.withCodes(same.diagnoses().subList(0, 1),
                same.serviceLines()))).isFalse();
        assertThat(lookup.known(Set.of())).isEmpty();
    }
}
