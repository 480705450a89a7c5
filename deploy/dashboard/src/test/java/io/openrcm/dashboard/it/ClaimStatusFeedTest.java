package io.openrcm.dashboard.it;

import io.openrcm.infra.KafkaTestAccess;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.infra.TopicReader;
import io.openrcm.platform.eventing.Topics;
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
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The projection of the claim-status feed, against a real Kafka broker and a real PostgreSQL. */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "dashboard"))
class ClaimStatusFeedTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AgroalDataSource dataSource;

    private FeedEvents feed;

    @BeforeEach
    void connect() {
        feed = new FeedEvents(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        feed.close();
    }

    @Test
    void theProjectionHoldsEachClaimsCurrentStateAndTheDenialsReasons() throws Exception {
        String payer = "PAYER-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate fortyDaysAgo = LocalDate.now().minusDays(40);
        feed.lifeOf("claim-paid-" + payer, payer, "PAID", "160.00", "0.00", List.of("CO-45"), fortyDaysAgo);
        feed.lifeOf("claim-denied-" + payer, payer, "DENIED", "0.00", "160.00", List.of("CO-16", "N-1"), fortyDaysAgo);
        feed.lifeOf("claim-open-" + payer, payer, null, null, null, List.of(), LocalDate.now().minusDays(2));

        await().atMost(PATIENCE).until(() -> payerRow(payer) != null && payerRow(payer).get("claims").equals(3));
        JsonPath s = summary();
        Map<String, Object> row = payerRow(payer);
        assertThat(row).containsEntry("totalCharge", "480.00").containsEntry("paid", "160.00")
                .containsEntry("outstanding", "320.00");
        // Aged from the date of service: the denied claim is 31-60 days old, the open one current.
        Map<String, Object> aging = s.getMap("arAging.payers.find { it.payerId == '" + payer + "' }");
        assertThat(aging).containsEntry("total", "320.00");
        assertThat((Map<String, Object>) aging.get("amounts")).containsEntry("0-30", "160.00")
                .containsEntry("31-60", "160.00").containsEntry("120+", "0.00");
        assertThat(s.getList("denials.topReasons.code")).contains("CO-16");
        assertThat(s.getList("claims.byState.state")).startsWith("CREATED", "SUBMITTED", "PARTIALLY_PAID", "PAID",
                "DENIED");
        long total = s.getList("claims.byState.claims", Integer.class).stream().mapToLong(Integer::longValue).sum();
        assertThat(s.getLong("claims.total")).isEqualTo(total);
    }

    @Test
    void theAgingSplitsIntoInsuranceAndPatientAccountsReceivable() throws Exception {
        String primary = "PRIM-" + UUID.randomUUID().toString().substring(0, 8);
        String secondary = "SECO-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate fortyDaysAgo = LocalDate.now().minusDays(40);
        // With the patient: insurance left 20.00, the patient paid 12.00 (a change to the same status).
        String withPatient = "claim-patient-" + primary;
        feed.lifeOf(withPatient, primary, null, null, null, List.of(), fortyDaysAgo);
        feed.send(withPatient, withPatientSide(FeedEvents.payload(withPatient, primary, "SUBMITTED", "PAID", "160.00",
                "100.00", "40.00", "20.00", "0.00", List.of("CO-45", "PR-2"), fortyDaysAgo), "PATIENT", "20.00"));
        feed.send(withPatient, withPatientSide(FeedEvents.payload(withPatient, primary, "PAID", "PAID", "160.00",
                "100.00", "40.00", "20.00", "0.00", List.of(), fortyDaysAgo), "PATIENT", "8.00"));
        // With the secondary: the primary paid, its patient share of 20.00 is the secondary's to pay.
        String withSecondary = "claim-secondary-" + primary;
        feed.lifeOf(withSecondary, primary, null, null, null, List.of(), fortyDaysAgo);
        feed.send(withSecondary, withPatientSide(FeedEvents.payload(withSecondary, secondary, "SUBMITTED", "PAID",
                "160.00", "100.00", "40.00", "20.00", "0.00", List.of("CO-45", "PR-2"), fortyDaysAgo), "SECONDARY",
                "0.00"));

        await().atMost(PATIENCE).until(() -> {
            JsonPath now = summary();
            return "8.00".equals(now.getString("arAging.patient.amounts.'31-60'"))
                    && now.getMap("arAging.payers.find { it.payerId == '" + secondary + "' }") != null
                    && now.getMap("arAging.payers.find { it.payerId == '" + primary + "' }") == null;
        });
        JsonPath s = summary();
        assertThat(s.getMap("arAging.payers.find { it.payerId == '" + secondary + "' }"))
                .containsEntry("total", "20.00");
        assertThat(s.getMap("arAging.payers.find { it.payerId == '" + primary + "' }")).as("nothing left to the"
                + " primary").isNull();
        assertThat(s.getString("arAging.patient.amounts.'31-60'")).isEqualTo("8.00");
        assertThat(new java.math.BigDecimal(s.getString("arAging.insurance.total"))
                .add(new java.math.BigDecimal(s.getString("arAging.patient.total"))))
                .isEqualByComparingTo(s.getString("arAging.total"));
    }

    /** The payload with the added fields of the patient's side. */
    private static String withPatientSide(String payload, String responsibility, String patientBalance) {
        return payload.substring(0, payload.length() - 1) + ",\"responsibility\":\"" + responsibility
                + "\",\"patientBalance\":\"" + patientBalance + "\"}";
    }

    /**
     * A consumer that starts late catches up on a backlog: 1,000 claims of three changes each land in the projection
     * exactly. Prints how fast the backlog was applied (a figure, not an assertion).
     */
    @Test
    void catchesUpOnABacklogAndPrintsTheRate() {
        String payer = "BULK-" + UUID.randomUUID().toString().substring(0, 8);
        int claims = 1000;
        long started = System.nanoTime();
        for (int i = 0; i < claims; i++) {
            String claim = "claim-" + payer + "-" + i;
            feed.sendQuickly(claim, FeedEvents.payload(claim, payer, null, "CREATED", "100.00", "0.00", "0.00",
                    "0.00", "100.00", List.of(), null));
            feed.sendQuickly(claim, FeedEvents.payload(claim, payer, "CREATED", "SUBMITTED", "100.00", "0.00",
                    "0.00", "0.00", "100.00", List.of(), null));
            boolean denied = i % 10 == 0;
            feed.sendQuickly(claim, FeedEvents.payload(claim, payer, "SUBMITTED", denied ? "DENIED" : "PAID",
                    "100.00", denied ? "0.00" : "80.00", denied ? "0.00" : "20.00", "0.00", denied ? "100.00" : "0.00",
                    denied ? List.of("CO-97") : List.of("CO-45"), null));
        }
        feed.flush();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> payerRow(payer) != null && "100000.00".equals(payerRow(payer).get("totalCharge"))
                        && "72000.00".equals(payerRow(payer).get("paid")));
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> row = payerRow(payer);
        assertThat(row).containsEntry("claims", claims).containsEntry("outstanding", "10000.00");
        System.out.printf("FIGURE dashboard projection: %d changes published and applied in %.1f s (%.0f changes/s)%n",
                claims * 3, seconds, claims * 3 / seconds);
        await().atMost(PATIENCE).until(() -> summary().getLong("feedLag") == 0);

        long[] millis = new long[21];
        for (int i = 0; i < millis.length; i++) {
            long t = System.nanoTime();
            summary();
            millis[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("FIGURE GET /api/summary over %d claims: median %d ms, max %d ms (%d calls)%n",
                summary().getLong("claims.total"), millis[millis.length / 2], millis[millis.length - 1], millis.length);
    }

    @Test
    void aRedeliveredChangeIsAppliedOnce() throws Exception {
        String payer = "DUP-" + UUID.randomUUID().toString().substring(0, 8);
        String claim = "claim-" + payer;
        String created = FeedEvents.payload(claim, payer, null, "CREATED", "50.00", "0.00", "0.00", "0.00", "50.00",
                List.of(), null);
        UUID id = feed.send(claim, created);
        feed.send(claim, created, id);
        feed.send(claim, FeedEvents.payload(claim, payer, "CREATED", "SUBMITTED", "50.00", "0.00", "0.00", "0.00",
                "50.00", List.of(), null));

        await().atMost(PATIENCE).until(() -> payerRow(payer) != null
                && "SUBMITTED".equals(changesOf(claim).get(0).get("toStatus")));
        assertThat(changesOf(claim)).extracting(m -> m.get("toStatus")).containsExactly("SUBMITTED", "CREATED");
        assertThat(payerRow(payer)).containsEntry("claims", 1).containsEntry("outstanding", "50.00");

        // Redelivered again in a later batch, behind the claim's newer change; a marker claim shows it was consumed.
        feed.send(claim, created, id);
        String marker = "claim-" + payer + "-marker";
        feed.send(marker, FeedEvents.payload(marker, payer, null, "CREATED", "10.00", "0.00", "0.00", "0.00", "10.00",
                List.of(), null));
        await().atMost(PATIENCE).until(() -> !changesOf(marker).isEmpty());
        assertThat(changesOf(claim)).extracting(m -> m.get("toStatus")).containsExactly("SUBMITTED", "CREATED");
        assertThat(payerRow(payer)).containsEntry("claims", 2).containsEntry("outstanding", "60.00");
        // The feed's unique event id is the consumer's idempotence: no inbox row is written for it.
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM processed_event WHERE event_id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("inbox rows for the change").isZero();
            }
        }
    }

    @Test
    void anUnreadableChangeIsDeadLetteredAndTheNextOneApplied() throws Exception {
        String payer = "POISON-" + UUID.randomUUID().toString().substring(0, 8);
        String claim = "claim-" + payer;
        feed.send(claim, "{\"claimId\": \"" + claim + "\", \"payerId\": \"" + payer + "\"}");
        feed.lifeOf(claim, payer, null, null, null, List.of(), null);

        await().atMost(PATIENCE).until(() -> payerRow(payer) != null);
        await().atMost(PATIENCE).until(() -> TopicReader.readAll(bootstrapServers, Topics.deadLetterOf(Topics.CLAIM_STATUS))
                .stream().anyMatch(r -> claim.equals(r.key())));
    }

    @Test
    void theFeedTopicKeepsItsRecordsForever() throws Exception {
        Properties p = new Properties();
        p.putAll(KafkaTestAccess.clientProperties(bootstrapServers));
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CLAIM_STATUS);
        try (Admin admin = Admin.create(p)) {
            await().atMost(PATIENCE).untilAsserted(() -> {
                Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
                assertThat(config.get("retention.ms").value()).isEqualTo("-1");
                assertThat(config.get("retention.bytes").value()).isEqualTo("-1");
            });
        }
    }

    @Test
    void figuresOfServicesThatDoNotAnswerAreNullAndSaySo() {
        JsonPath s = summary();
        assertThat(s.getString("workQueues.coding")).isNull();
        assertThat(s.getString("rates.cleanClaimRate")).isNull();
        assertThat(s.getList("sources.available")).containsOnly(false);
        assertThat(s.getList("sources.problem")).doesNotContainNull();
    }

    static JsonPath summary() {
        return given().get("/api/summary").then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> payerRow(String payer) {
        return summary().getMap("payers.find { it.id == '" + payer + "' }");
    }

    static List<Map<String, Object>> changesOf(String claim) {
        return given().queryParam("limit", 200).get("/api/changes").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.event.claimId == '" + claim + "' }.event");
    }
}
