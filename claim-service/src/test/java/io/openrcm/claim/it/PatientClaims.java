package io.openrcm.claim.it;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.testsupport.KafkaTestClient;
import java.math.BigDecimal;
import java.util.UUID;

/** Claims whose payer is done and left the patient a share, made through the event path as in production. */
final class PatientClaims {

    private PatientClaims() {
    }

    /**
     * A claim (the golden 160.00 encounter) of a new Lakeside patient with that first name, paid by the payer with
     * 40.00 CO-45 and that patient responsibility (PR-2), the rest paid; waits until it is PAID.
     */
    static Made paidByInsurance(String bootstrapServers, String payer, String firstName, String patientShare)
            throws Exception {
        Made made = submitted(bootstrapServers, payer, firstName);
        payerPays(bootstrapServers, payer, made.claimId(), patientShare);
        await().atMost(ClaimFlow.PATIENCE).until(() -> "PAID".equals(ClaimFlow.claim(made.claimId())
                .getString("status")));
        return made;
    }

    /** A claim (the golden 160.00 encounter) of a new Lakeside patient with that first name, SUBMITTED to the payer. */
    static Made submitted(String bootstrapServers, String payer, String firstName) throws Exception {
        ObjectNode encounter = GoldenEvents.encounterCoded();
        encounter.put("payerId", payer);
        ((ObjectNode) encounter.get("patient")).put("firstName", firstName);
        String claim;
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ClaimFlow flow = new ClaimFlow(kafka);
            flow.sendEncounter(encounter, "corr-patient");
            claim = flow.awaitClaimOf(encounter.get("encounterId").asText());
            ClaimFlow.awaitStatus(claim, "SUBMITTED");
        }
        return new Made(claim, encounter.get("patient").get("id").asText());
    }

    /** The payer's PaymentPosted for the claim: 40.00 CO-45, that patient responsibility (PR-2), the rest paid. */
    static void payerPays(String bootstrapServers, String payer, String claim, String patientShare) throws Exception {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ClaimFlow flow = new ClaimFlow(kafka);
            ObjectNode payment = GoldenEvents.paymentPosted(claim);
            payment.put("payerId", payer).put("paidAmount", new BigDecimal("120.00")
                    .subtract(new BigDecimal(patientShare)).toPlainString()).put("patientResponsibility", patientShare);
            payment.putArray("adjustments").addObject().put("group", "CO").put("reason", "45").put("amount", "40.00");
            ((ObjectNode) payment.withArray("adjustments").addObject()).put("group", "PR").put("reason", "2")
                    .put("amount", patientShare);
            payment.putArray("lines");
            flow.sendPayment(payment, "corr-patient", UUID.randomUUID());
        }
    }

    /**
     * A claim made.
     *
     * @param claimId the claim
     * @param patientId its patient account
     */
    record Made(String claimId, String patientId) {
    }
}
