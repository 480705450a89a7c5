package io.openrcm.claim.it;

import static io.openrcm.claim.it.ClaimFlow.PATIENCE;
import static io.openrcm.testsupport.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.openrcm.claim.application.SubmissionScheduler;
import io.openrcm.claim.messaging.EncounterCodedHandler;
import io.openrcm.claim.messaging.EncounterCodedPayload;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.RejectedEventException;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.consumer.EventContext;
import io.openrcm.platform.eventing.consumer.TypedEvent;
import io.openrcm.testsupport.KafkaTestClient;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * EncounterCoded applied set-based: a batch makes exactly one claim per encounter, with the rows and events the same
 * encounters make one event at a time, and a poison event is dead-lettered alone.
 */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "payer-integration"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class EncounterBatchIntakeTest {

    // Columns the submission run changes, or that name the encounter, patient, claim or time: not compared.
    private static final List<String> NOT_COMPARED = List.of("id", "encounter_id", "patient_id", "status",
            "created_at", "updated_at", "submitted_at", "work_queued_at", "submission_count", "last_submission_id",
            "version", "correlation_id", "findings");

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    EncounterCodedHandler handler;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper mapper;
    @Inject
    SubmissionScheduler scheduler;

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
    void aBatchMakesOneClaimPerEncounterWithTheRowsAndEventsOfTheOneByOnePath() throws Exception {
        // One by one: a clean encounter, then a second encounter of the same patient and services (a duplicate).
        ObjectNode single = GoldenEvents.encounterCoded();
        ObjectNode singleTwin = twinOf(single);
        applyOneByOne(event(single, "corr-single"), event(singleTwin, "corr-single-twin"));
        // The same in one batch, with the first encounter again and an encounter that has its claim already.
        ObjectNode billed = GoldenEvents.encounterCoded();
        applyOneByOne(event(billed, "corr-billed"));
        String billedClaim = claimIdOf(billed);
        ObjectNode batched = GoldenEvents.encounterCoded();
        ObjectNode batchedTwin = twinOf(batched);
        QuarkusTransaction.requiringNew().run(() -> handler.applyAll(List.of(event(batched, "corr-batch"),
                event(batchedTwin, "corr-batch-twin"), event(batched, "corr-batch-again"),
                event(billed, "corr-billed-again"))));

        for (ObjectNode encounter : List.of(batched, batchedTwin, billed)) {
            assertThat(claimCount(encounter)).isEqualTo(1);
        }
        assertThat(claimIdOf(billed)).isEqualTo(billedClaim);
        assertThat(rows("SELECT to_status FROM claim_status_change WHERE claim_id = ?::uuid AND to_status IN"
                + " ('CREATED', 'READY') ORDER BY id", billedClaim)).hasSize(2);

        String first = claimIdOf(batched);
        String twin = claimIdOf(batchedTwin);
        assertThat(rows("SELECT correlation_id FROM claim WHERE id = ?::uuid", first).get(0))
                .containsEntry("correlation_id", "corr-batch");
        assertThat(rows("SELECT status FROM claim WHERE id = ?::uuid", twin).get(0))
                .containsEntry("status", "SCRUB_FAILED");
        assertThat(findings(twin)).contains("SCR-DUP").contains(first);
        assertThat(findings(first)).isEqualTo("[]");
        // The stored duplicate search (a later re-scrub) sees the same order: same creation time, lower id first.
        assertThat(rows("SELECT a.created_at = b.created_at AND a.id < b.id AS earlier FROM claim a, claim b"
                + " WHERE a.id = ?::uuid AND b.id = '" + twin + "'", first).get(0)).containsEntry("earlier", true);

        assertSameRows(claimIdOf(single), first);
        assertSameRows(claimIdOf(singleTwin), twin);
        assertThat(findings(twin).replace(first, "<earlier>"))
                .isEqualTo(findings(claimIdOf(singleTwin)).replace(claimIdOf(single), "<earlier>"));
    }

    @Test
    void aBatchThatMakesClaimsReadyAsksTheSchedulerForARunOnceItCommits() throws Exception {
        ObjectNode encounter = GoldenEvents.encounterCoded();
        long before = scheduler.readyCommits();

        QuarkusTransaction.requiringNew().run(() -> {
            handler.applyAll(List.of(event(encounter, "corr-wake")));
            assertThat(scheduler.readyCommits()).as("not before the commit").isEqualTo(before);
        });

        assertThat(scheduler.readyCommits()).isGreaterThan(before);
        ClaimFlow.awaitStatus(claimIdOf(encounter), "SUBMITTED");
    }

    @Test
    void anEncounterThatCannotBeBilledRejectsTheBatchAndNothingOfItIsWritten() throws Exception {
        ObjectNode good = GoldenEvents.encounterCoded();
        ObjectNode poison = GoldenEvents.encounterCoded();
        poison.put("payerId", "NO-SUCH-PAYER");

        Throwable thrown = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> handler.applyAll(
                List.of(event(good, "corr-good"), event(poison, "corr-poison")))));
        Throwable rejected = thrown instanceof RejectedEventException ? thrown : thrown.getCause();
        assertThat(rejected).isInstanceOf(RejectedEventException.class)
                .hasMessageContaining("unknown payer NO-SUCH-PAYER");
        assertThat(claimCount(good)).isZero();
        assertThat(claimCount(poison)).isZero();
    }

    @Test
    void overKafkaThePoisonEventIsDeadLetteredAloneAndTheOthersMakeOneClaimEach() throws Exception {
        ObjectNode billed = GoldenEvents.encounterCoded();
        flow.sendEncounter(billed, "corr-billed");
        String billedClaim = flow.awaitClaimOf(billed.get("encounterId").asText());
        // One key, so one partition: the events arrive in order and most likely in one batch.
        String key = UUID.randomUUID().toString();
        ObjectNode a = GoldenEvents.encounterCoded();
        ObjectNode b = GoldenEvents.encounterCoded();
        ObjectNode poison = GoldenEvents.encounterCoded();
        poison.put("payerId", "NO-SUCH-PAYER");
        flow.sendEncounter(a, "corr-a", UUID.randomUUID(), key);
        flow.sendEncounter(b, "corr-b", UUID.randomUUID(), key);
        flow.sendEncounter(a, "corr-a-again", UUID.randomUUID(), key);
        UUID poisonId = flow.sendEncounter(poison, "corr-poison", UUID.randomUUID(), key);
        flow.sendEncounter(billed, "corr-billed-again", UUID.randomUUID(), key);
        ObjectNode last = GoldenEvents.encounterCoded();
        flow.sendEncounter(last, "corr-last", UUID.randomUUID(), key);

        String dlq = Topics.deadLetterOf(Topics.ENCOUNTER_CODED);
        await().atMost(PATIENCE).until(() -> !kafka.read(dlq,
                r -> poisonId.toString().equals(header(r, CloudEventHeaders.ID))).isEmpty());
        flow.awaitClaimOf(last.get("encounterId").asText());
        assertThat(kafka.read(dlq, r -> key.equals(r.key()))).hasSize(1);
        for (ObjectNode encounter : List.of(a, b, billed, last)) {
            assertThat(claimCount(encounter)).isEqualTo(1);
        }
        assertThat(claimCount(poison)).isZero();
        assertThat(claimIdOf(billed)).isEqualTo(billedClaim);
        assertThat(rows("SELECT correlation_id FROM claim WHERE id = ?::uuid", claimIdOf(a)).get(0))
                .containsEntry("correlation_id", "corr-a");
    }

    /** The two claims' stored rows and intake events are the same but for ids, times and what the run changes. */
    private void assertSameRows(String expected, String actual) throws Exception {
        assertThat(comparable(rows("SELECT * FROM claim WHERE id = ?::uuid", actual)))
                .isEqualTo(comparable(rows("SELECT * FROM claim WHERE id = ?::uuid", expected)));
        String lines = "SELECT line_number, code, code_system, modifiers, units, diagnosis_pointers, unit_fee, charge,"
                + " date_of_service FROM claim_line WHERE claim_id = ?::uuid ORDER BY line_number";
        assertThat(rows(lines, actual)).isNotEmpty().isEqualTo(rows(lines, expected));
        String diagnoses = "SELECT sequence, code FROM claim_diagnosis WHERE claim_id = ?::uuid ORDER BY sequence";
        assertThat(rows(diagnoses, actual)).isNotEmpty().isEqualTo(rows(diagnoses, expected));
        // The intake's history: the first two entries (the submission run may have added more since).
        String history = "SELECT from_status, to_status, reason, reason_codes, payment_id FROM claim_status_change"
                + " WHERE claim_id = ?::uuid ORDER BY id LIMIT 2";
        assertThat(withoutIds(rows(history, actual))).hasSize(2).isEqualTo(withoutIds(rows(history, expected)));
        String events = "SELECT topic, aggregate_type, event_type, event_version, payload FROM outbox_event"
                + " WHERE aggregate_id = ? AND event_type = 'ClaimStatusChanged' ORDER BY id LIMIT 1";
        // The intake publishes a new claim once, as it was stored (created and scrubbed: one change).
        assertThat(comparableEvents(rows(events, actual))).hasSize(1)
                .isEqualTo(comparableEvents(rows(events, expected)));
    }

    private static List<Map<String, Object>> comparable(List<Map<String, Object>> rows) {
        rows.forEach(r -> NOT_COMPARED.forEach(r::remove));
        return rows;
    }

    private static List<Map<String, Object>> comparableEvents(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : withoutIds(rows)) {
            ObjectNode payload = (ObjectNode) GoldenEvents.parse((String) row.get("payload"));
            payload.remove("changedAt");
            row.put("payload", payload);
        }
        return rows;
    }

    /** Every uuid in a text column (a claim's, an encounter's, also inside reasons and payloads) made "<id>". */
    private static List<Map<String, Object>> withoutIds(List<Map<String, Object>> rows) {
        rows.forEach(r -> r.replaceAll((column, value) -> value instanceof String text ? UUID_TEXT.matcher(text)
                .replaceAll("<id>") : value));
        return rows;
    }

    @SafeVarargs
    private void applyOneByOne(TypedEvent<EncounterCodedPayload>... events) {
        for (TypedEvent<EncounterCodedPayload> event : events) {
            QuarkusTransaction.requiringNew().run(() -> handler.applyAll(List.of(event)));
        }
    }

    /** Another encounter of the same patient, provider, date and services. */
    private static ObjectNode twinOf(ObjectNode encounter) {
        ObjectNode twin = encounter.deepCopy();
        twin.put("encounterId", UUID.randomUUID().toString());
        return twin;
    }

    private TypedEvent<EncounterCodedPayload> event(ObjectNode encounter, String correlationId) {
        try {
            EncounterCodedPayload payload = mapper.readerFor(EncounterCodedPayload.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(encounter);
            String id = encounter.get("encounterId").asText();
            return new TypedEvent<>(payload, new EventContext(UUID.randomUUID(), "EncounterCoded", 1, Instant.now(),
                    id, correlationId, Topics.ENCOUNTER_CODED, encounter.toString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long claimCount(ObjectNode encounter) throws Exception {
        return (Long) rows("SELECT count(*) AS n FROM claim WHERE encounter_id = ?::uuid",
                encounter.get("encounterId").asText()).get(0).get("n");
    }

    private String claimIdOf(ObjectNode encounter) throws Exception {
        return rows("SELECT id::text AS id FROM claim WHERE encounter_id = ?::uuid",
                encounter.get("encounterId").asText()).get(0).get("id").toString();
    }

    private String findings(String claimId) throws Exception {
        return (String) rows("SELECT findings FROM claim WHERE id = ?::uuid", claimId).get(0).get("findings");
    }

    private List<Map<String, Object>> rows(String sql, String parameter) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
