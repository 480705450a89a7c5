package io.openrcm.claim.it;

import static io.openrcm.claim.domain.ClaimMother.adjustment;
import static io.openrcm.claim.domain.ClaimMother.posting;
import static io.openrcm.claim.it.ClaimFlow.PATIENCE;
import static io.openrcm.testsupport.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.claim.application.PaymentBatchService;
import io.openrcm.claim.application.PaymentPostingService;
import io.openrcm.claim.application.PostedPayment;
import io.openrcm.claim.application.ReceivedPayment;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimMother;
import io.openrcm.claim.domain.ClaimRuleException;
import io.openrcm.claim.domain.CobMother;
import io.openrcm.claim.domain.Coverage;
import io.openrcm.claim.domain.PatientEntry;
import io.openrcm.claim.domain.PatientEntryKind;
import io.openrcm.claim.domain.PaymentPosting;
import io.openrcm.claim.domain.Subscriber;
import io.openrcm.claim.messaging.PaymentPostedHandler;
import io.openrcm.claim.messaging.PaymentPostedPayload;
import io.openrcm.claim.persistence.ClaimStore;
import io.openrcm.claim.persistence.PatientEntryStore;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.kernel.Money;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.consumer.EventContext;
import io.openrcm.platform.eventing.consumer.FailureClassifier;
import io.openrcm.platform.eventing.consumer.TypedEvent;
import io.openrcm.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A batch of PaymentPosted events applied in one pass leaves exactly what the same events leave applied one by one:
 * the claims' rows, balances, status history, payments and outbox events.
 */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class PaymentBatchEquivalenceTest {

    /** A secondary payer that does not send by schedule: a claim billed to it stays READY while it is compared. */
    private static final String HELD_PAYER = "TEST-HELD";

    @Inject
    ClaimStore claims;
    @Inject
    PatientEntryStore patientEntries;
    @Inject
    PaymentPostingService oneByOne;
    @Inject
    PaymentBatchService inOnePass;
    @Inject
    PaymentPostedHandler handler;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private ClaimRows rows;

    @BeforeEach
    void setUp() {
        rows = new ClaimRows(dataSource);
        rows.execute("INSERT INTO payer (payer_id, name, claim_filing_indicator, timely_filing_days, updated_at,"
                + " auto_submit, edi_payer_id) VALUES ('" + HELD_PAYER + "', 'Held Secondary', 'CI', 90, now(), false,"
                + " '" + HELD_PAYER + "')"
                + " ON CONFLICT DO NOTHING");
    }

    @Test
    void aBatchLeavesWhatTheSameEventsLeaveOneByOne() {
        Case single = newCase();
        Case batch = newCase();

        for (PostedPayment p : single.payments()) {
            oneByOne.apply(p.payment(), p.eventId(), p.correlationId());
        }
        int applied = inOnePass.applyAll(batch.payments());

        assertThat(applied).isEqualTo(batch.payments().size() - 1);
        for (int i = 0; i < single.claimIds().size(); i++) {
            Map<String, Object> expected = rows.of(single.claimIds().get(i));
            assertThat(rows.of(batch.claimIds().get(i))).as("claim %d of the case", i).isEqualTo(expected);
        }
        // The cases do what they are meant to: both payments of the first claim, in order; the others each moved.
        assertThat(rows.status(batch.claimIds().get(0))).isEqualTo("PAID");
        assertThat(rows.query("SELECT paid_amount::text AS paid, review_reason FROM claim WHERE id = ?",
                batch.claimIds().get(1)).get(0)).containsEntry("paid", "160.00")
                .containsEntry("review_reason", "CREDIT_BALANCE");
        assertThat(rows.query("SELECT status, payer_id FROM claim WHERE id = ?", batch.claimIds().get(2)).get(0))
                .containsEntry("status", "READY").containsEntry("payer_id", HELD_PAYER);
        assertThat(rows.status(batch.claimIds().get(3))).isEqualTo("CLOSED");
        assertThat(rows.status(batch.claimIds().get(4))).isEqualTo("DENIED");
        assertThat(rows.query("SELECT count(*) AS n FROM claim_status_change WHERE claim_id = ?",
                batch.claimIds().get(0)).get(0).get("n")).isEqualTo(2L);
    }

    @Test
    void aPaymentTheClaimCannotTakeFailsTheWholePassAndWritesNothing() {
        Claim claim = insert(CobMother.submitted(ClaimRows.twin(ClaimMother.goldenDetails())));
        Map<String, Object> before = rows.of(claim.id());
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> inOnePass.applyAll(List.of(
                posted(claim.id(), posting("1", "60.00", "0.00"), "corr-good"),
                posted(unknown, posting("1", "60.00", "0.00"), "corr-bad"))))
                .isInstanceOf(ClaimRuleException.class).hasMessageContaining("unknown claim " + unknown);

        assertThat(rows.of(claim.id())).isEqualTo(before);
    }

    @Test
    void onlyThePoisonEventOfABatchIsDeadLettered() throws Exception {
        Claim first = insert(CobMother.submitted(ClaimRows.twin(ClaimMother.goldenDetails())));
        Claim second = insert(CobMother.submitted(ClaimRows.twin(ClaimMother.goldenDetails())));
        ObjectNode part = GoldenEvents.paymentPosted(first.id().toString());
        part.put("paidAmount", "60.00");
        part.put("patientResponsibility", "0.00");
        part.putArray("adjustments");
        ObjectNode rest = GoldenEvents.paymentPosted(first.id().toString());
        rest.put("paidAmount", "40.00");
        UUID poison = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ClaimFlow flow = new ClaimFlow(kafka);
            flow.sendPayment(part, "corr-part", UUID.randomUUID());
            flow.sendPayment(rest, "corr-rest", UUID.randomUUID());
            flow.sendPayment(GoldenEvents.paymentPosted(UUID.randomUUID().toString()), "corr-poison", poison);
            flow.sendPayment(GoldenEvents.paymentPosted(second.id().toString()), "corr-second", UUID.randomUUID());

            String dlq = Topics.deadLetterOf(Topics.PAYMENT_POSTED);
            await().atMost(PATIENCE).until(() -> !kafka.read(dlq,
                    r -> poison.toString().equals(header(r, CloudEventHeaders.ID))).isEmpty());
            await().atMost(PATIENCE).until(() -> "PAID".equals(rows.status(first.id()))
                    && "PAID".equals(rows.status(second.id())));
            assertThat(kafka.read(dlq, r -> first.id().toString().equals(r.key())
                    || second.id().toString().equals(r.key()))).isEmpty();
        }
        assertThat(rows.query("SELECT paid_amount::text AS paid, adjustment_amount::text AS adjusted FROM claim"
                + " WHERE id = ?", first.id()).get(0)).containsEntry("paid", "100.00").containsEntry("adjusted",
                        "40.00");
        assertThat(rows.query("SELECT to_status FROM claim_status_change WHERE claim_id = ? ORDER BY id", first.id())
                .stream().map(r -> r.get("to_status")).toList()).containsExactly("PARTIALLY_PAID", "PAID");
    }

    @Test
    void aPassWithAPoisonEventIsRejectedWholeAndTheOthersThenApplyOneByOne() throws Exception {
        Claim claim = insert(CobMother.submitted(ClaimRows.twin(ClaimMother.goldenDetails())));
        Map<String, Object> before = rows.of(claim.id());
        TypedEvent<PaymentPostedPayload> part = event(claim.id(), "60.00", "0.00", List.of());
        TypedEvent<PaymentPostedPayload> poison = event(UUID.randomUUID(), "60.00", "0.00", List.of());
        TypedEvent<PaymentPostedPayload> rest = event(claim.id(), "40.00", "20.00",
                List.of(new PaymentPostedPayload.AdjustmentPart("CO", "45", new BigDecimal("40.00"))));

        // As the platform runs a set-based handler: the whole batch in one transaction first.
        Throwable thrown = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> applyAll(
                List.of(part, poison, rest))));

        assertThat(FailureClassifier.isPoison(thrown)).as("%s", thrown).isTrue();
        assertThat(rows.of(claim.id())).isEqualTo(before);
        // Then one event per transaction: only the poison one fails.
        List<Boolean> poisoned = new ArrayList<>();
        for (TypedEvent<PaymentPostedPayload> event : List.of(part, poison, rest)) {
            Throwable one = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> applyAll(
                    List.of(event))));
            poisoned.add(one != null && FailureClassifier.isPoison(one));
        }
        assertThat(poisoned).containsExactly(false, true, false);
        assertThat(rows.query("SELECT status, paid_amount::text AS paid FROM claim WHERE id = ?", claim.id()).get(0))
                .containsEntry("status", "PAID").containsEntry("paid", "100.00");
    }

    private void applyAll(List<TypedEvent<PaymentPostedPayload>> events) {
        try {
            handler.applyAll(events);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static TypedEvent<PaymentPostedPayload> event(UUID claimId, String paid, String patient,
            List<PaymentPostedPayload.AdjustmentPart> adjustments) {
        PaymentPostedPayload payload = new PaymentPostedPayload(claimId.toString(), UUID.randomUUID().toString(),
                "1", new BigDecimal(paid), new BigDecimal(patient), adjustments, null, "PCN-1", null);
        return new TypedEvent<>(payload, new EventContext(UUID.randomUUID(), "PaymentPosted", 1, null,
                claimId.toString(), "corr-handler", Topics.PAYMENT_POSTED, null));
    }

    /** Five claims and their payments: two for one claim and a payment delivered twice, a credit, COB, a copay. */
    private Case newCase() {
        List<UUID> ids = new ArrayList<>();
        List<PostedPayment> payments = new ArrayList<>();
        ClaimDetails golden = ClaimMother.goldenDetails();

        Claim twice = insert(CobMother.submitted(ClaimRows.twin(golden)));
        PaymentPosting part = posting("1", "60.00", "0.00");
        payments.add(posted(twice.id(), part, "corr-part"));
        payments.add(posted(twice.id(), posting("1", "40.00", "20.00", adjustment("CO", "45", "40.00")), null));
        payments.add(posted(twice.id(), part, "corr-part-again"));
        ids.add(twice.id());

        Claim credit = insert(CobMother.submitted(ClaimRows.twin(golden)));
        payments.add(posted(credit.id(), posting("1", "150.00", "20.00"), "corr-over"));
        payments.add(posted(credit.id(), posting("1", "10.00", "0.00"), "corr-over-more"));
        ids.add(credit.id());

        Claim cob = insert(CobMother.submitted(ClaimRows.twin(CobMother.details(
                new Coverage("BCBS-IL", "XGH123456789", new Subscriber("18", null, null, null, null, CobMother.HOME)),
                new Coverage(HELD_PAYER, "W998877665", CobMother.SPOUSE)))));
        CobMother.Payment primary = CobMother.primaryPays("1", "BCBS-IL");
        payments.add(new PostedPayment(new ReceivedPayment(cob.id(), primary.posting(), null, primary.detail()),
                UUID.randomUUID(), "corr-cob"));
        ids.add(cob.id());

        Claim copay = insert(CobMother.submitted(ClaimRows.twin(golden)));
        QuarkusTransaction.requiringNew().run(() -> patientEntries.append(golden.billingProviderNpi(), copay.id(),
                golden.patient().id(), new PatientEntry("COPAY-" + UUID.randomUUID(), PatientEntryKind.COPAY,
                        Money.parse("20.00"), ClaimMother.CREATED_AT, "copay at the desk"), "front.desk"));
        CobMother.Payment paid = CobMother.primaryPays("1", "BCBS-IL");
        payments.add(new PostedPayment(new ReceivedPayment(copay.id(), paid.posting(), null, paid.detail()),
                UUID.randomUUID(), "corr-copay"));
        ids.add(copay.id());

        Claim denied = insert(CobMother.submitted(ClaimRows.twin(golden)));
        payments.add(new PostedPayment(new ReceivedPayment(denied.id(), posting("4", "0.00", "0.00",
                adjustment("CO", "50", "160.00")), "MEDICAL_NECESSITY"), UUID.randomUUID(), "corr-denied"));
        ids.add(denied.id());
        return new Case(ids, payments);
    }

    private Claim insert(Claim claim) {
        QuarkusTransaction.requiringNew().run(() -> claims.insert(claim));
        return claim;
    }

    private static PostedPayment posted(UUID claimId, PaymentPosting posting, String correlationId) {
        return new PostedPayment(new ReceivedPayment(claimId, posting, null), UUID.randomUUID(), correlationId);
    }

    /** Claims in a fixed order and the payments to apply to them. */
    private record Case(List<UUID> claimIds, List<PostedPayment> payments) {
    }
}
