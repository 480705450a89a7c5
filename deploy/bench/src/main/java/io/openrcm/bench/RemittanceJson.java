package io.openrcm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON form of {@code POST /remittances} (the fallback while an 835 intake is missing): claim-level adjustments. */
final class RemittanceJson {

    private RemittanceJson() {
    }

    static ObjectNode of(ObjectMapper mapper, Remittance r) {
        ObjectNode body = mapper.createObjectNode();
        body.put("payerId", r.payerId());
        body.put("traceNumber", r.traceNumber());
        body.put("paymentDate", r.paymentDate().toString());
        body.put("paymentMethod", r.totalPaid().signum() > 0 ? "ACH" : "NON");
        body.put("totalPaid", r.totalPaid().toPlainString());
        ArrayNode claims = body.putArray("claims");
        for (Remittance.ClaimPayment c : r.claims()) {
            ObjectNode claim = claims.addObject();
            claim.put("claimId", c.claimId());
            claim.put("statusCode", c.statusCode());
            claim.put("payerClaimControlNumber", c.payerClaimControlNumber());
            claim.put("chargeAmount", c.charge().toPlainString());
            claim.put("paidAmount", c.paid().toPlainString());
            claim.put("patientResponsibility", c.patientResponsibility().toPlainString());
            ArrayNode adjustments = claim.putArray("adjustments");
            for (Remittance.Adjustment a : c.claimAdjustments()) {
                adjustments.addObject().put("group", a.group()).put("reason", a.reason())
                        .put("amount", a.amount().toPlainString());
            }
        }
        return body;
    }
}
