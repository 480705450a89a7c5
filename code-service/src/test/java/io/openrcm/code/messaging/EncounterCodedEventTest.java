package io.openrcm.code.messaging;

import static io.restassured.RestAssured.given;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.openrcm.code.api.CorrelationIds;
import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.code.support.EventSchemas;
import io.openrcm.code.support.Rows;
import io.openrcm.infra.TopicReader;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.testsupport.JsonStructure;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** EncounterCoded really reaches Kafka, once per encounter, with its envelope and the golden example's shape. */
@CodeServiceTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "ehr-integration", "coder"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
class EncounterCodedEventTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AgroalDataSource db;

    @Test
    void anEncounterCodedEventArrivesWithItsEnvelope() {
        String ehrId = EncounterRequests.newEhrId();
        String correlationId = "corr-" + UUID.randomUUID();
        Map<String, Object> body = EncounterRequests.json(ehrId);
        String encounterId = post(body, correlationId, 201);

        ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30))
                .until(() -> recordsFor(encounterId), records -> !records.isEmpty()).get(0);

        assertThat(record.key()).isEqualTo(encounterId);
        Map<String, String> headers = CloudEventHeaders.asText(record.headers());
        assertThat(UUID.fromString(headers.get(CloudEventHeaders.ID))).isNotNull();
        assertThat(headers).containsEntry(CloudEventHeaders.TYPE, "EncounterCoded")
                .containsEntry(CloudEventHeaders.CORRELATION_ID, correlationId)
                .containsEntry(CloudEventHeaders.SOURCE, "/code-service")
                .containsEntry(CloudEventHeaders.SUBJECT, encounterId)
                .containsEntry(CloudEventHeaders.EVENT_VERSION, "1")
                .containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0")
                .containsEntry(CloudEventHeaders.CONTENT_TYPE, "application/json");

        JsonNode payload = EventSchemas.parse(record.value());
        assertThat(JsonStructure.of(payload)).isEqualTo(JsonStructure.of(EventSchemas.goldenExample()));
        assertThat(EventSchemas.violations(payload)).isEmpty();
        assertThat(payload.get("encounterId").asText()).isEqualTo(encounterId);
        assertThat(payload.get("ehrEncounterId").asText()).isEqualTo(ehrId);
        assertThat(payload.get("diagnoses").findValuesAsText("code")).containsExactly("E119", "I10");
        assertThat(payload.get("serviceLines").findValuesAsText("codeSystem")).containsExactly("CPT", "HCPCS");

        // The retry answers the same encounter and adds no event: exactly one on the topic for it.
        assertThat(post(body, "another-" + correlationId, 200)).isEqualTo(encounterId);
        assertThat(Rows.eventsFor(db, encounterId)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Rows.count(db, "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL") == 0);
        assertThat(recordsFor(encounterId)).hasSize(1);
    }

    private List<ConsumerRecord<String, String>> recordsFor(String encounterId) {
        return TopicReader.readAll(bootstrapServers, Topics.ENCOUNTER_CODED).stream()
                .filter(r -> encounterId.equals(r.key())).toList();
    }

    private static String post(Map<String, Object> body, String correlationId, int status) {
        return given().contentType(ContentType.JSON).header(CorrelationIds.HEADER, correlationId).body(body)
                .post("/encounters").then().statusCode(status).extract().path("encounterId");
    }
}
