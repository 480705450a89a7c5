package io.openrcm.reimbursement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.EventEnvelope;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.consumer.DeadLetterPublisher;
import io.openrcm.reimbursement.messaging.ClaimSubmittedHandler;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The claim-submitted consumer: idempotent, tolerant, dead-letters poison, and releases waiting payments. */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "reimbursement"))
class ClaimSubmittedConsumerTest {

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
    void theSameClaimSubmittedTwiceRecordsOneExpectedClaim() {
        Db db = new Db(dataSource);
        String claimId = UUID.randomUUID().toString();
        EventEnvelope first = ClaimSubmittedEvents.send(kafka, claimId,
                RemittanceBodies.claimSubmitted(claimId), "corr-first");
        // Redelivery of the very same event, then a re-emission of the claim under a new event id.
        kafka.send(Topics.CLAIM_SUBMITTED, claimId, RemittanceBodies.claimSubmitted(claimId), first);
        EventEnvelope again = ClaimSubmittedEvents.send(kafka, claimId,
                RemittanceBodies.claimSubmitted(claimId), "corr-second");

        await().atMost(Duration.ofSeconds(30)).until(() -> db.count("SELECT count(*) FROM processed_event"
                + " WHERE consumer = ? AND event_id = ?", ClaimSubmittedHandler.CONSUMER, again.eventId()) == 1);
        assertThat(db.count("SELECT count(*) FROM expected_claim WHERE claim_id = ?", claimId)).isEqualTo(1);
        assertThat(db.value("SELECT correlation_id FROM expected_claim WHERE claim_id = ?", claimId))
                .isEqualTo("corr-first");
        assertThat(db.count("SELECT count(*) FROM expected_claim_line WHERE claim_id = ?", claimId)).isEqualTo(1);
    }

    @Test
    void malformedClaimSubmittedIsDeadLetteredAndTheNextOneIsProcessed() {
        Db db = new Db(dataSource);
        String claimId = UUID.randomUUID().toString();
        EventEnvelope poison = new EventEnvelope(UUID.randomUUID(), "ClaimSubmitted", 1, "/claim-service",
                Instant.now(), claimId, "corr-poison");
        kafka.send(Topics.CLAIM_SUBMITTED, claimId, "{\"claimId\": \"" + claimId + "\", oops", poison);
        ClaimSubmittedEvents.send(kafka, claimId, RemittanceBodies.claimSubmitted(claimId), "corr-ok");

        await().atMost(Duration.ofSeconds(30)).until(
                () -> db.count("SELECT count(*) FROM expected_claim WHERE claim_id = ?", claimId) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> !deadLettered(claimId).isEmpty());
        List<ConsumerRecord<String, String>> dead = deadLettered(claimId);
        assertThat(dead).hasSize(1);
        ConsumerRecord<String, String> record = dead.get(0);
        assertThat(KafkaTestClient.header(record, CloudEventHeaders.ID)).isEqualTo(poison.eventId().toString());
        assertThat(KafkaTestClient.header(record, DeadLetterPublisher.REASON)).contains("not valid JSON");
        assertThat(KafkaTestClient.header(record, DeadLetterPublisher.CONSUMER))
                .isEqualTo(ClaimSubmittedHandler.CONSUMER);
        assertThat(KafkaTestClient.header(record, DeadLetterPublisher.ORIGINAL_TOPIC))
                .isEqualTo(Topics.CLAIM_SUBMITTED);
        assertThat(db.value("SELECT correlation_id FROM expected_claim WHERE claim_id = ?", claimId))
                .isEqualTo("corr-ok");
    }

    @Test
    void paymentsThatArriveBeforeTheirClaimArePostedWhenItIsSubmitted() {
        Db db = new Db(dataSource);
        String claimId = UUID.randomUUID().toString();
        // The same claim twice in one remittance (for example a payment and a late additional payment).
        String body = RemittanceBodies.remittance("AETNA", "TRN-" + UUID.randomUUID(), "130.00", List.of(
                RemittanceBodies.goldenClaim(claimId),
                RemittanceBodies.claim(claimId, "30.00", "30.00", "0.00")));

        Response created = given().contentType(ContentType.JSON).body(body).post("/remittances");
        created.then().statusCode(201)
                .body("claims.status", equalTo(List.of("UNMATCHED", "UNMATCHED")))
                .body("claims.occurrence", equalTo(List.of(0, 1)))
                .body("claims[0].unmatchedReason", equalTo("claim not yet known"))
                .body("claims[0].postedAt", nullValue());
        List<String> paymentIds = created.path("claims.paymentId");
        assertThat(db.count("SELECT count(*) FROM ledger_entry WHERE claim_id = ?", claimId)).isZero();
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", claimId)).isZero();

        ClaimSubmittedEvents.send(kafka, claimId, RemittanceBodies.claimSubmitted(claimId), "corr-late");

        await().atMost(Duration.ofSeconds(30)).until(() -> db.count("SELECT count(*) FROM claim_payment"
                + " WHERE claim_id = ? AND status = 'POSTED'", claimId) == 2);
        await().atMost(Duration.ofSeconds(30)).until(
                () -> kafka.readKey(Topics.PAYMENT_POSTED, claimId).size() == 2);
        List<ConsumerRecord<String, String>> events = kafka.readKey(Topics.PAYMENT_POSTED,
                claimId);
        assertThat(events).allSatisfy(e -> assertThat(KafkaTestClient.header(e, CloudEventHeaders.CORRELATION_ID))
                .isEqualTo("corr-late"));
        assertThat(events).extracting(e -> JsonStructure.parse(e.value()).get("paymentId").asText())
                .containsExactlyElementsOf(paymentIds);
        assertThat(events).extracting(e -> JsonStructure.parse(e.value()).get("paidAmount").asText())
                .containsExactly("100.00", "30.00");
        assertThat(db.count("SELECT count(*) FROM ledger_entry WHERE claim_id = ?", claimId)).isEqualTo(4);

        given().queryParam("claimId", claimId).get("/payments").then().statusCode(200)
                .body("payments.status", equalTo(List.of("POSTED", "POSTED")))
                .body("payments[0].unmatchedReason", nullValue())
                .body("totals.charged", equalTo("190.00"))
                .body("totals.paid", equalTo("130.00"));
    }

    private List<ConsumerRecord<String, String>> deadLettered(String claimId) {
        return kafka.readKey(Topics.deadLetterOf(Topics.CLAIM_SUBMITTED), claimId);
    }
}
