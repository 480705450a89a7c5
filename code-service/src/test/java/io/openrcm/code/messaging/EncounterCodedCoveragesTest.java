package io.openrcm.code.messaging;

import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.TestSecurity;
import io.openrcm.testsupport.TestPractices;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

import com.fasterxml.jackson.databind.JsonNode;
import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.code.support.EventSchemas;
import io.openrcm.infra.TopicReader;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.testsupport.JsonStructure;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Coverages travel from POST /encounters into EncounterCoded, in the shape of the coverages golden example. */
@CodeServiceTest
// Not a test of authentication: a signed-in EHR integration of the seeded practices.
@TestSecurity(user = "ehr.test", roles = {"ehr-integration", "coder"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
class EncounterCodedCoveragesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aSecondaryCoverageWithASpouseSubscriberReachesTheEvent() {
        Map<String, Object> body = EncounterRequests.json(EncounterRequests.newEhrId());
        body.remove("payerId");
        body.remove("subscriber");
        Map<String, Object> home = Map.of("line1", "12 Example St", "city", "Chicago", "state", "IL",
                "postalCode", "60614");
        body.put("patient", Map.of("id", "MRN-884201", "firstName", "Jane", "lastName", "Example",
                "birthDate", "1971-04-12", "sex", "F", "address", home));
        body.put("coverages", List.of(
                Map.of("payerId", "BCBS-IL", "memberId", "XGH123456789",
                        "subscriber", Map.of("relationship", "18", "address", home)),
                Map.of("payerId", "AETNA", "memberId", "W998877665", "subscriber", Map.of("relationship", "01",
                        "firstName", "John", "lastName", "Example", "birthDate", "1969-02-01", "sex", "M",
                        "address", home))));
        String encounterId = given().contentType(ContentType.JSON).body(body).post("/encounters").then()
                .statusCode(201).extract().path("encounterId");

        String value = await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.readAll(bootstrapServers,
                Topics.ENCOUNTER_CODED).stream().filter(r -> encounterId.equals(r.key())).map(r -> r.value())
                .findFirst().orElse(null), v -> v != null);
        JsonNode payload = EventSchemas.parse(value);
        JsonNode example = JsonStructure.parse(exampleWithCoverages());
        assertThat(EventSchemas.violations(payload)).isEmpty();
        assertThat(EventSchemas.violations(example)).isEmpty();
        assertThat(JsonStructure.of(payload)).isEqualTo(JsonStructure.of(example));
        assertThat(payload.get("payerId").asText()).isEqualTo("BCBS-IL");
        assertThat(payload.get("coverages").findValuesAsText("sequence")).containsExactly("PRIMARY", "SECONDARY");
        assertThat(payload.at("/coverages/1/subscriber/relationship").asText()).isEqualTo("01");
        assertThat(payload.at("/coverages/1/subscriber/address/postalCode").asText()).isEqualTo("60614");
        assertThat(payload.at("/patient/address/city").asText()).isEqualTo("Chicago");
    }

    @Test
    void aBadCoverageIsALocated400() {
        Map<String, Object> body = EncounterRequests.json(EncounterRequests.newEhrId());
        body.put("coverages", List.of(Map.of("payerId", "BCBS-IL", "memberId", "XGH123456789",
                "subscriber", Map.of("relationship", "19", "firstName", "Kid"))));
        given().contentType(ContentType.JSON).body(body).post("/encounters").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.pointer", contains("/coverages/0/subscriber/lastName",
                        "/coverages/0/subscriber/birthDate", "/coverages/0/subscriber/sex",
                        "/coverages/0/subscriber/address"));
    }

    private static String exampleWithCoverages() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("contracts/code-service/examples/encounter-coded.v1.coverages.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
