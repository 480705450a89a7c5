package io.openrcm.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Waits on the claim-service's read API for the claim an encounter became. */
final class ClaimPolling {

    private ClaimPolling() {
    }

    /** The one claim of an encounter, once it exists. */
    static JsonPath awaitClaimFor(String encounterId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> claimsOf(encounterId).size() == 1);
        String claimId = (String) claimsOf(encounterId).get(0).get("claimId");
        return given().baseUri(StackExtension.url("claim-service")).get("/claims/" + claimId).then().statusCode(200)
                .extract().jsonPath();
    }

    /**
     * The claim of an encounter once the submission scheduler has sent it in an 837P (state SUBMITTED): claims are
     * built and scrubbed on arrival and go out on the scheduler's next run, a fraction of a second later.
     */
    static JsonPath awaitSubmittedClaimFor(String encounterId) {
        String claimId = awaitClaimFor(encounterId).getString("claimId");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> "SUBMITTED".equals(claim(claimId).getString("status")));
        return claim(claimId);
    }

    static JsonPath claim(String claimId) {
        return given().baseUri(StackExtension.url("claim-service")).get("/claims/" + claimId).then().statusCode(200)
                .extract().jsonPath();
    }

    /** Checks over a short while that no second claim appears for the encounter. */
    static void assertStaysExactlyOneClaim(String encounterId) {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(claimsOf(encounterId)).hasSize(1));
    }

    static List<Map<String, Object>> claimsOf(String encounterId) {
        return given().baseUri(StackExtension.url("claim-service")).queryParam("encounterId", encounterId)
                .get("/claims").then().statusCode(200).extract().jsonPath().getList("items");
    }
}
