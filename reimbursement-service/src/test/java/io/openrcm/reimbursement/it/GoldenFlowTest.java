package io.openrcm.reimbursement.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.testsupport.EventContracts;
import io.openrcm.testsupport.JsonStructure;
import io.openrcm.testsupport.KafkaTestClient;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;


/**
 * The flow on the producers' golden examples: claim-service's ClaimSubmitted is recorded, a remittance for it is
 * posted once, and the PaymentPosted on Kafka matches this service's golden example.
 */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "reimbursement"))
class GoldenFlowTest {

    static final String GOLDEN_CLAIM_ID = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    AgroalDataSource dataSource;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrap);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void goldenClaimIsRecordedThenItsRemittanceIsPostedExactlyOnce() {
        Db db = new Db(dataSource);
        String correlationId = "corr-" + UUID.randomUUID();
        ClaimSubmittedEvents.send(kafka, GOLDEN_CLAIM_ID, EventContracts.exampleText(EventContracts.CLAIM_SUBMITTED),
                correlationId);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                db.value("SELECT correlation_id FROM expected_claim WHERE claim_id = ?", GOLDEN_CLAIM_ID))
                .isEqualTo(correlationId));
        assertThat(db.value("SELECT total_charge::text || ' ' || payer_id || ' ' || billing_provider_npi || ' '"
                + " || date_of_service FROM expected_claim WHERE claim_id = ?", GOLDEN_CLAIM_ID))
                .isEqualTo("160.00 BCBS-IL 1234567893 2026-11-02");
        assertThat(db.value("SELECT string_agg(code || ':' || modifiers || ':' || charge, ' ' ORDER BY line_number)"
                + " FROM expected_claim_line WHERE claim_id = ?", GOLDEN_CLAIM_ID))
                .isEqualTo("99213:25:135.00 G0008::25.00");

        // The payer's contract expects 120.00 allowed for 99213-25; it allows 135.00 - 40.00 CO = 95.00.
        given().contentType(ContentType.JSON).body("""
                {"payerId":"BCBS-IL","code":"99213","modifier":"25","expectedAllowed":"120.00",
                 "effectiveFrom":"2026-01-01"}""").post("/contracts").then().statusCode(201);
        String body = goldenRemittance("EFT-GOLDEN-" + UUID.randomUUID());
        Response created = given().contentType(ContentType.JSON).body(body).post("/remittances");
        created.then().statusCode(201)
                .header("Location", endsWith("/remittances/" + created.path("remittanceId")))
                .body("claims[0].status", equalTo("POSTED"))
                .body("claims[0].claimId", equalTo(GOLDEN_CLAIM_ID))
                .body("totalPaid", equalTo("100.00"));
        String remittanceId = created.path("remittanceId");
        String paymentId = created.path("claims[0].paymentId");

        await().atMost(Duration.ofSeconds(30)).until(
                () -> kafka.readKey(Topics.PAYMENT_POSTED, GOLDEN_CLAIM_ID).size() == 1);
        ConsumerRecord<String, String> event = kafka.readKey(Topics.PAYMENT_POSTED,
                GOLDEN_CLAIM_ID).get(0);
        assertThat(KafkaTestClient.header(event, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(KafkaTestClient.header(event, CloudEventHeaders.TYPE)).isEqualTo("PaymentPosted");
        assertThat(KafkaTestClient.header(event, CloudEventHeaders.EVENT_VERSION)).isEqualTo("1");
        assertThat(KafkaTestClient.header(event, CloudEventHeaders.SOURCE)).isEqualTo("/reimbursement-service");
        assertThat(KafkaTestClient.header(event, CloudEventHeaders.SUBJECT)).isEqualTo(GOLDEN_CLAIM_ID);
        assertThat(KafkaTestClient.header(event, CloudEventHeaders.CORRELATION_ID)).isEqualTo(correlationId);
        assertThat(KafkaTestClient.header(event, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(UUID.fromString(KafkaTestClient.header(event, CloudEventHeaders.ID))).isNotNull();

        JsonNode payload = JsonStructure.parse(event.value());
        JsonNode golden = EventContracts.example(EventContracts.PAYMENT_POSTED);
        assertThat(JsonStructure.of(payload)).isEqualTo(JsonStructure.of(golden));
        assertThat(EventContracts.violations(EventContracts.PAYMENT_POSTED, payload)).isEmpty();
        assertThat(payload.get("paymentId").asText()).isEqualTo(paymentId);
        assertThat(payload.get("remittanceId").asText()).isEqualTo(remittanceId);
        assertThat(payload.get("postedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(withoutIdsAndTime(payload)).isEqualTo(withoutIdsAndTime(golden));

        // The same remittance again: the first result, nothing posted a second time.
        given().contentType(ContentType.JSON).body(body).post("/remittances").then().statusCode(200)
                .body("remittanceId", equalTo(remittanceId))
                .body("claims[0].paymentId", equalTo(paymentId))
                .body("claims[0].status", equalTo("POSTED"));
        await().atMost(Duration.ofSeconds(10)).until(() -> db.outboxBacklog() == 0);
        assertThat(kafka.readKey(Topics.PAYMENT_POSTED, GOLDEN_CLAIM_ID)).hasSize(1);
        assertThat(db.count("SELECT count(*) FROM ledger_entry WHERE claim_id = ?", GOLDEN_CLAIM_ID)).isEqualTo(3);
        assertThat(db.count("SELECT count(*) FROM claim_payment WHERE claim_id = ?", GOLDEN_CLAIM_ID)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", GOLDEN_CLAIM_ID))
                .isEqualTo(1);
        // The ledger is append-only, down to the database.
        assertThatThrownBy(() -> db.update("UPDATE ledger_entry SET amount = 0 WHERE claim_id = ?", GOLDEN_CLAIM_ID))
                .hasMessageContaining("ledger_entry is append-only");
        assertThatThrownBy(() -> db.update("DELETE FROM ledger_entry WHERE claim_id = ?", GOLDEN_CLAIM_ID))
                .hasMessageContaining("ledger_entry is append-only");

        given().get("/remittances/" + remittanceId).then().statusCode(200)
                .body("remittanceId", equalTo(remittanceId))
                .body("paymentMethod", equalTo("ACH"))
                .body("claims[0].paymentId", equalTo(paymentId));
        given().queryParam("claimId", GOLDEN_CLAIM_ID).get("/payments").then().statusCode(200)
                .body("payments.size()", equalTo(1))
                .body("payments[0].status", equalTo("POSTED"))
                .body("payments[0].ledgerEntries.entryType", equalTo(
                        List.of("PAYMENT", "ADJUSTMENT", "PATIENT_RESPONSIBILITY")))
                .body("payments[0].ledgerEntries.amount", equalTo(List.of("100.00", "40.00", "20.00")))
                .body("totals.charged", equalTo("160.00"))
                .body("totals.paid", equalTo("100.00"))
                .body("totals.adjusted", equalTo("40.00"))
                .body("totals.patientResponsibility", equalTo("20.00"))
                .body("payments[0].ledgerEntries.category", equalTo(List.of("PAYMENT", "CONTRACTUAL", "COINSURANCE")))
                .body("payments[0].ledgerEntries.lineIndex", equalTo(Arrays.asList(null, 0, 0)))
                .body("payments[0].underpaidAmount", equalTo("25.00"));
        given().get("/underpayments").then().statusCode(200)
                .body("items.find { it.claimId == '" + GOLDEN_CLAIM_ID + "' }.code", equalTo("99213"))
                .body("items.find { it.claimId == '" + GOLDEN_CLAIM_ID + "' }.allowed", equalTo("95.00"))
                .body("items.find { it.claimId == '" + GOLDEN_CLAIM_ID + "' }.underpaidAmount", equalTo("25.00"));
    }

    private static JsonNode withoutIdsAndTime(JsonNode event) {
        ObjectNode copy = event.deepCopy();
        copy.remove(List.of("paymentId", "remittanceId", "postedAt"));
        return copy;
    }

    /** The numbers of the golden PaymentPosted, some amounts written as JSON numbers (the API takes both). */
    static String goldenRemittance(String traceNumber) {
        return """
                {"payerId":"BCBS-IL","traceNumber":"%s","paymentDate":"2026-11-20","paymentMethod":"ACH",
                 "totalPaid":100.00,
                 "claims":[{"claimId":"%s","statusCode":"1","payerClaimControlNumber":"PCN-2026-000777",
                   "chargeAmount":"160.00","paidAmount":100,"patientResponsibility":"20.00",
                   "remarkCodes":["MA01"],
                   "lines":[{"code":"99213","modifiers":["25"],"chargeAmount":"135.00","paidAmount":"75.00",
                             "units":"1","dateOfService":"2026-11-02","remarkCodes":["N130"],
                             "adjustments":[{"group":"CO","reason":"45","amount":"40.00"},
                                            {"group":"PR","reason":"2","amount":20.00}]},
                            {"code":"G0008","chargeAmount":"25.00","paidAmount":25,"dateOfService":"2026-11-02"}]}]}
                """.formatted(traceNumber, GOLDEN_CLAIM_ID);
    }
}
