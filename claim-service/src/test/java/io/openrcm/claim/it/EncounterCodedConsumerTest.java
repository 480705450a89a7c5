package io.openrcm.claim.it;

import static io.openrcm.claim.it.ClaimFlow.PATIENCE;
import static io.openrcm.testsupport.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.Topics;
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
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "payer-integration"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class EncounterCodedConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaTestClient kafka;
    private ClaimFlow flow;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
        flow = new ClaimFlow(kafka);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void theGoldenEncounterBecomesASubmittedClaimPricedAt160() throws Exception {
        ObjectNode encounter = GoldenEvents.encounterCoded();
        String encounterId = encounter.get("encounterId").asText();
        String correlationId = "corr-" + UUID.randomUUID();
        flow.sendEncounter(encounter, correlationId);

        String claimId = flow.awaitClaimOf(encounterId);
        ClaimFlow.awaitStatus(claimId, "SUBMITTED");
        JsonPath claim = ClaimFlow.claim(claimId);
        assertThat(claim.getString("encounterId")).isEqualTo(encounterId);
        assertThat(claim.getString("payerId")).isEqualTo("BCBS-IL");
        assertThat(claim.getString("billingProviderNpi")).isEqualTo("1234567893");
        assertThat(claim.getString("renderingProviderNpi")).isEqualTo("1245319599");
        assertThat(claim.getString("placeOfService")).isEqualTo("11");
        assertThat(claim.getString("subscriberMemberId")).isEqualTo("XGH123456789");
        assertThat(claim.getString("patient.id")).startsWith("MRN-884201");
        assertThat(claim.getString("patient.birthDate")).isEqualTo("1971-04-12");
        assertThat(claim.getString("patient.sex")).isEqualTo("F");
        assertThat(claim.getList("diagnoses.code")).containsExactly("E119", "I10");
        assertThat(claim.getString("balance.totalCharge")).isEqualTo("160.00");
        assertThat(claim.getString("balance.outstanding")).isEqualTo("160.00");
        assertThat(claim.getList("lines.charge")).containsExactly("135.00", "25.00");
        assertThat(claim.getList("lines.unitFee")).containsExactly("135.00", "25.00");
        assertThat(claim.getList("lines[0].modifiers")).containsExactly("25");
        assertThat(claim.getList("lines[0].diagnosisPointers")).containsExactly(1, 2);
        assertThat(claim.getString("correlationId")).isEqualTo(correlationId);
        assertThat(claim.getList("statusHistory.fromStatus")).containsExactly(null, "CREATED", "READY");
        assertThat(claim.getList("statusHistory.toStatus")).containsExactly("CREATED", "READY", "SUBMITTED");
        assertThat(claim.getString("frequencyCode")).isEqualTo("1");
        assertThat(claim.getInt("submissionCount")).isEqualTo(1);

        List<ConsumerRecord<String, String>> submitted = awaitRecords(Topics.CLAIM_SUBMITTED, claimId, 1);
        ConsumerRecord<String, String> record = submitted.get(0);
        EventAssertions.assertEnvelope(record, "ClaimSubmitted", claimId, correlationId);
        JsonNode payload = GoldenEvents.parse(record.value());
        assertThat(JsonStructure.of(payload)).isEqualTo(JsonStructure.of(GoldenEvents.read(GoldenEvents.CLAIM_SUBMITTED)));
        assertThat(payload.get("totalCharge").asText()).isEqualTo("160.00");
        assertThat(payload.get("encounterId").asText()).isEqualTo(encounterId);
        assertThat(payload.get("lines").get(0).get("charge").asText()).isEqualTo("135.00");
        assertThat(payload.get("lines").get(1).get("charge").asText()).isEqualTo("25.00");
        EventAssertions.assertSchemaDescribes(GoldenEvents.CLAIM_SUBMITTED, payload);

        assertThat(payload.get("submissionId").asText()).isEqualTo(claim.getString("lastSubmissionId"));
        assertThat(payload.get("frequencyCode").asText()).isEqualTo("1");
        assertThat(payload.get("originalClaimId").isNull()).isTrue();
        // The history keeps CREATED as a step; the topic gets the new claim once, as it was stored (READY).
        List<ConsumerRecord<String, String>> changes = awaitRecords(Topics.CLAIM_STATUS, claimId, 2);
        JsonNode golden = GoldenEvents.read(GoldenEvents.CLAIM_STATUS_CHANGED);
        for (ConsumerRecord<String, String> change : changes) {
            EventAssertions.assertEnvelope(change, "ClaimStatusChanged", claimId, correlationId);
            JsonNode changed = GoldenEvents.parse(change.value());
            assertThat(EventAssertions.fieldNames(changed)).isEqualTo(EventAssertions.fieldNames(golden));
            EventAssertions.assertSchemaDescribes(GoldenEvents.CLAIM_STATUS_CHANGED, changed);
            assertThat(changed.get("totalCharge").asText()).isEqualTo("160.00");
            assertThat(changed.get("outstanding").asText()).isEqualTo("160.00");
        }
        assertThat(changes.stream().map(c -> GoldenEvents.parse(c.value()).get("toStatus").asText()))
                .containsExactly("READY", "SUBMITTED");
        JsonNode created = GoldenEvents.parse(changes.get(0).value());
        assertThat(created.get("fromStatus").isNull()).isTrue();
        assertThat(created.get("reason").asText()).isEqualTo("Claim created from encounter " + encounterId
                + "; Scrubbed: no findings");
        assertThat(GoldenEvents.parse(changes.get(1).value()).get("fromStatus").asText()).isEqualTo("READY");
    }

    @Test
    void theSameEventDeliveredTwiceMakesOneClaim() throws Exception {
        ObjectNode encounter = GoldenEvents.encounterCoded();
        String encounterId = encounter.get("encounterId").asText();
        UUID eventId = UUID.randomUUID();
        flow.sendEncounter(encounter, "corr-dup", eventId, encounterId);
        flow.sendEncounter(encounter, "corr-dup", eventId, encounterId);
        awaitMarkerBehind(encounterId);

        assertThat(ClaimFlow.claimsOf(encounterId).getInt("total")).isEqualTo(1);
        assertThat(submittedEventsOfEncounter(encounterId)).isEqualTo(1);
    }

    @Test
    void theSameEncounterInANewEventStillMakesOneClaim() throws Exception {
        ObjectNode encounter = GoldenEvents.encounterCoded();
        String encounterId = encounter.get("encounterId").asText();
        flow.sendEncounter(encounter, "corr-a", UUID.randomUUID(), encounterId);
        flow.sendEncounter(encounter, "corr-b", UUID.randomUUID(), encounterId);
        String claimId = flow.awaitClaimOf(encounterId);
        awaitMarkerBehind(encounterId);

        assertThat(ClaimFlow.claimsOf(encounterId).getInt("total")).isEqualTo(1);
        assertThat(ClaimFlow.claim(claimId).getString("correlationId")).isEqualTo("corr-a");
        assertThat(submittedEventsOfEncounter(encounterId)).isEqualTo(1);
        assertThat(deadLettersOfKey(encounterId)).isEmpty();
    }

    @Test
    void malformedJsonIsDeadLetteredAndTheNextEventStillApplies() throws Exception {
        String key = UUID.randomUUID().toString();
        UUID poisonId = UUID.randomUUID();
        kafka.send(Topics.ENCOUNTER_CODED, key, "{\"encounterId\": \"" + key + "\", \"patient\": {",
                KafkaTestClient.envelope(poisonId, "EncounterCoded", "/code-service", key, "corr-poison"));
        ObjectNode good = GoldenEvents.encounterCoded();
        flow.sendEncounter(good, "corr-good", UUID.randomUUID(), key);

        ConsumerRecord<String, String> dead = awaitDeadLetter(poisonId);
        assertThat(header(dead, "dlq_reason")).contains("not valid JSON");
        assertThat(header(dead, "dlq_consumer")).isEqualTo("claim-service.encounter-coded");
        assertThat(header(dead, "dlq_original_topic")).isEqualTo(Topics.ENCOUNTER_CODED);
        assertThat(header(dead, CloudEventHeaders.CORRELATION_ID)).isEqualTo("corr-poison");
        assertThat(dead.key()).isEqualTo(key);
        flow.awaitClaimOf(good.get("encounterId").asText());
    }

    @Test
    void anUnknownPayerIsDeadLetteredWithTheReasonAndTheNextEventStillApplies() throws Exception {
        ObjectNode poison = GoldenEvents.encounterCoded();
        poison.put("payerId", "NO-SUCH-PAYER");
        String key = poison.get("encounterId").asText();
        UUID poisonId = flow.sendEncounter(poison, "corr-unknown-payer");
        ObjectNode good = GoldenEvents.encounterCoded();
        flow.sendEncounter(good, "corr-good", UUID.randomUUID(), key);

        ConsumerRecord<String, String> dead = awaitDeadLetter(poisonId);
        assertThat(header(dead, "dlq_reason")).contains("unknown payer NO-SUCH-PAYER");
        assertThat(header(dead, "dlq_exception")).isEqualTo("io.openrcm.platform.eventing.RejectedEventException");
        assertThat(GoldenEvents.parse(dead.value())).isEqualTo(poison);
        flow.awaitClaimOf(good.get("encounterId").asText());
        assertThat(ClaimFlow.claimsOf(key).getInt("total")).isZero();
    }

    @Test
    void anUnknownBillingProviderIsNamed() throws Exception {
        ObjectNode unknownProvider = GoldenEvents.encounterCoded();
        unknownProvider.put("billingProviderNpi", "1003000126");
        UUID unknownProviderId = flow.sendEncounter(unknownProvider, "corr-unknown-provider");

        assertThat(header(awaitDeadLetter(unknownProviderId), "dlq_reason"))
                .contains("unknown billing provider 1003000126").doesNotContain("Jane").doesNotContain("Example");
        assertThat(ClaimFlow.claimsOf(unknownProvider.get("encounterId").asText()).getInt("total")).isZero();
    }

    /** Sends another encounter on the same key (so the same partition, after it) and waits for its claim. */
    private void awaitMarkerBehind(String key) throws Exception {
        ObjectNode marker = GoldenEvents.encounterCoded();
        flow.sendEncounter(marker, "corr-marker", UUID.randomUUID(), key);
        flow.awaitClaimOf(marker.get("encounterId").asText());
    }

    private long submittedEventsOfEncounter(String encounterId) {
        await().atMost(PATIENCE).until(() -> !kafka.read(Topics.CLAIM_SUBMITTED,
                r -> r.value().contains(encounterId)).isEmpty());
        return kafka.read(Topics.CLAIM_SUBMITTED, r -> r.value().contains(encounterId)).size();
    }

    private List<ConsumerRecord<String, String>> deadLettersOfKey(String key) {
        return kafka.read(Topics.deadLetterOf(Topics.ENCOUNTER_CODED), r -> key.equals(r.key()));
    }

    private ConsumerRecord<String, String> awaitDeadLetter(UUID eventId) {
        String dlq = Topics.deadLetterOf(Topics.ENCOUNTER_CODED);
        await().atMost(PATIENCE).until(() -> !kafka.read(dlq,
                r -> eventId.toString().equals(header(r, CloudEventHeaders.ID))).isEmpty());
        return kafka.read(dlq, r -> eventId.toString().equals(header(r, CloudEventHeaders.ID))).get(0);
    }

    private List<ConsumerRecord<String, String>> awaitRecords(String topic, String claimId, int count) {
        await().atMost(PATIENCE).until(() -> kafka.read(topic, r -> claimId.equals(r.key())).size() >= count);
        List<ConsumerRecord<String, String>> records = kafka.read(topic, r -> claimId.equals(r.key()));
        assertThat(records).hasSize(count);
        return records;
    }
}
