package io.openrcm.reimbursement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.EventEnvelope;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.consumer.EventContext;
import io.openrcm.platform.eventing.consumer.TypedEvent;
import io.openrcm.reimbursement.messaging.ClaimSubmittedHandler;
import io.openrcm.reimbursement.messaging.ClaimSubmittedV1;
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
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * ClaimSubmitted applied a batch at a time: the same rows and events as one event at a time, and a poison event in a
 * batch is dead-lettered alone.
 */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "reimbursement"))
class ClaimSubmittedBatchTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ClaimSubmittedHandler handler;

    @Test
    void aBatchRecordsWhatOneEventAtATimeRecords() throws SQLException {
        String batched = "CA" + System.nanoTime();
        String single = "CB" + System.nanoTime();
        List<UUID> firstIds = new ArrayList<>();
        for (String prefix : List.of(batched, single)) {
            // K is known already; W has two payments waiting for it.
            handler.applyAll(List.of(event(prefix + "-K", "corr-" + prefix + "-K-old", "120.00")));
            given().contentType(ContentType.JSON).body(RemittanceBodies.remittance("AETNA", "TRN-" + prefix, "130.00",
                    List.of(RemittanceBodies.goldenClaim(prefix + "-W"),
                            RemittanceBodies.claim(prefix + "-W", "30.00", "30.00", "0.00"))))
                    .post("/remittances").then().statusCode(201);
            List<TypedEvent<ClaimSubmittedV1>> events = List.of(
                    event(prefix + "-N", "corr-" + prefix + "-N-first", "160.00"),
                    event(prefix + "-K", "corr-" + prefix + "-K-new", "160.00"),
                    event(prefix + "-N", "corr-" + prefix + "-N-second", "170.00"),
                    event(prefix + "-W", "corr-" + prefix + "-W", "160.00"),
                    event(prefix + "-M", "corr-" + prefix + "-M", "160.00"));
            firstIds.add(events.get(0).context().eventId());
            if (prefix.equals(batched)) {
                QuarkusTransaction.requiringNew().run(() -> handler.applyAll(events));
            } else {
                for (TypedEvent<ClaimSubmittedV1> e : events) {
                    QuarkusTransaction.requiringNew().run(() -> handler.apply(e.payload(), e.context()));
                }
            }
        }

        List<String> claims = rows(batched, "SELECT e.claim_id, encounter_id, payer_id, billing_provider_npi,"
                + " patient_id, e.date_of_service, total_charge, correlation_id, l.line_number, l.code, l.modifiers,"
                + " l.units, l.charge, l.date_of_service FROM expected_claim e JOIN expected_claim_line l"
                + " ON l.claim_id = e.claim_id WHERE e.claim_id LIKE ? ORDER BY e.claim_id, l.line_number");
        assertThat(claims).hasSize(4).anySatisfy(r -> assertThat(r).startsWith("P-K|").contains("|corr-P-K-old|"))
                .anySatisfy(r -> assertThat(r).startsWith("P-N|").contains("|160.00|corr-P-N-first|"));
        assertThat(claims).isEqualTo(rows(single, "SELECT e.claim_id, encounter_id, payer_id, billing_provider_npi,"
                + " patient_id, e.date_of_service, total_charge, correlation_id, l.line_number, l.code, l.modifiers,"
                + " l.units, l.charge, l.date_of_service FROM expected_claim e JOIN expected_claim_line l"
                + " ON l.claim_id = e.claim_id WHERE e.claim_id LIKE ? ORDER BY e.claim_id, l.line_number"));
        Db db = new Db(dataSource);
        assertThat(db.value("SELECT source_event_id FROM expected_claim WHERE claim_id = ?", batched + "-N"))
                .isEqualTo(firstIds.get(0));

        String posted = "SELECT p.claim_id, p.status, p.unmatched_reason, p.paid_amount, p.posted_at IS NULL,"
                + " (SELECT string_agg(concat_ws(' ', e.line_no, e.entry_type, e.category, e.group_code,"
                + " e.reason_code, e.amount, e.posted_at = p.posted_at), ';' ORDER BY e.line_no) FROM ledger_entry e"
                + " WHERE e.claim_payment_id = p.id) FROM claim_payment p WHERE p.claim_id LIKE ?"
                + " ORDER BY p.claim_id, p.claim_index";
        List<String> payments = rows(batched, posted);
        assertThat(payments).hasSize(2).allSatisfy(r -> assertThat(r).startsWith("P-W|POSTED|null|"));
        assertThat(payments).isEqualTo(rows(single, posted));
        // The payer claim control numbers of RemittanceBodies hold a part of the claim id the prefix does not cover.
        String outbox = "SELECT aggregate_id, event_type, correlation_id, payload::jsonb - 'paymentId'"
                + " - 'remittanceId' - 'postedAt' - 'payerClaimControlNumber' FROM outbox_event WHERE aggregate_id LIKE ? ORDER BY id";
        List<String> events = rows(batched, outbox);
        assertThat(events).hasSize(2).allSatisfy(r -> assertThat(r).startsWith("P-W|PaymentPosted|corr-P-W|"));
        assertThat(events).isEqualTo(rows(single, outbox));
    }

    @Test
    void aPoisonEventInABatchIsDeadLetteredAlone() {
        String prefix = "CP" + System.nanoTime();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            // Two lines numbered 1: well-formed JSON, refused by the table's key, so the batch's insert fails.
            String poison = RemittanceBodies.claimSubmitted(prefix + "-bad").replace("\"lines\":[{",
                    "\"lines\":[{\"lineNumber\":1,\"code\":\"99212\",\"charge\":\"1.00\"},{");
            EventEnvelope bad = ClaimSubmittedEvents.send(kafka, prefix + "-bad", poison, "corr-bad");
            for (String claim : List.of("-a", "-b", "-a", "-c")) {
                ClaimSubmittedEvents.send(kafka, prefix + claim, RemittanceBodies.claimSubmitted(prefix + claim),
                        "corr" + claim);
            }
            Db db = new Db(dataSource);
            await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                    "SELECT count(*) FROM expected_claim WHERE claim_id LIKE ?", prefix + "-%") == 3);
            await().atMost(Duration.ofSeconds(30)).until(() -> !kafka.readKey(
                    Topics.deadLetterOf(Topics.CLAIM_SUBMITTED), prefix + "-bad").isEmpty());
            List<ConsumerRecord<String, String>> dead = kafka.readKey(Topics.deadLetterOf(Topics.CLAIM_SUBMITTED),
                    prefix + "-bad");
            assertThat(dead).hasSize(1);
            assertThat(KafkaTestClient.header(dead.get(0), CloudEventHeaders.ID)).isEqualTo(bad.eventId().toString());
            for (String claim : List.of("-a", "-b", "-c")) {
                assertThat(kafka.readKey(Topics.deadLetterOf(Topics.CLAIM_SUBMITTED), prefix + claim)).isEmpty();
            }
            assertThat(db.count("SELECT count(*) FROM expected_claim WHERE claim_id = ?", prefix + "-bad")).isZero();
            assertThat(db.value("SELECT correlation_id FROM expected_claim WHERE claim_id = ?", prefix + "-a"))
                    .isEqualTo("corr-a");
        }
    }

    private static TypedEvent<ClaimSubmittedV1> event(String claimId, String correlationId, String charge) {
        ClaimSubmittedV1 payload = new ClaimSubmittedV1(claimId, "enc-" + claimId, "MRN-1", "BCBS-IL",
                TestPractices.LAKESIDE, "2026-11-02", charge, List.of(new ClaimSubmittedV1.Line(1, "99213",
                        List.of("25"), 1, charge, "2026-11-02")));
        return new TypedEvent<>(payload, new EventContext(UUID.randomUUID(), "ClaimSubmitted", 1, Instant.now(),
                claimId, correlationId, Topics.CLAIM_SUBMITTED, null));
    }

    private List<String> rows(String prefix, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, prefix + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(rs.getObject(i)).append('|');
                    }
                    rows.add(row.toString().replace(prefix, "P"));
                }
            }
        }
        return rows;
    }
}
