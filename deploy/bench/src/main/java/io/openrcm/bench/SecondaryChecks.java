package io.openrcm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a claim that went on to a secondary payer: it reached the secondary (submitted to it, and claim-service
 * names it as the payer), both payers' money is on it, and what the patient owes is, to the cent, the charge less what
 * the payers paid and adjusted; with a patient share left the claim is with the patient.
 */
final class SecondaryChecks {

    private SecondaryChecks() {
    }

    /**
     * The problems found; empty when the claim is as planned.
     *
     * @param o the planned outcome (kind SECONDARY)
     * @param submittedToSecondary whether a ClaimSubmitted to the secondary payer was seen
     * @param claim {@code GET /claims/{id}}
     * @param patient {@code GET /claims/{id}/patient-balance}
     */
    static List<String> check(ClaimOutcome o, boolean submittedToSecondary, JsonNode claim, JsonNode patient) {
        List<String> problems = new ArrayList<>();
        String name = "claim " + o.claimId() + " (SECONDARY " + o.secondaryPayerId() + "): ";
        if (!submittedToSecondary) {
            problems.add(name + "never submitted to the secondary payer");
        }
        if (!o.secondaryPayerId().equals(claim.path("payerId").asText())) {
            problems.add(name + "billed to " + claim.path("payerId").asText() + ", not the secondary");
        }
        BigDecimal charge = money(patient.path("totalCharge"));
        BigDecimal paid = money(patient.path("insurancePaid"));
        BigDecimal adjusted = money(patient.path("insuranceAdjusted"));
        BigDecimal left = money(patient.path("patientResponsibility"));
        BigDecimal owed = money(patient.path("owed"));
        if (charge.subtract(paid).subtract(adjusted).compareTo(left) != 0) {
            problems.add(name + "charge " + charge + " - paid " + paid + " - adjusted " + adjusted + " is not the "
                    + "patient's share " + left);
        }
        if (paid.compareTo(o.expectedPaid()) != 0) {
            problems.add(name + "the payers paid " + paid + "; expected " + o.expectedPaid() + " (of which the "
                    + "secondary " + o.expectedSecondaryPaid() + ")");
        }
        if (owed.compareTo(o.expectedPatientOwed()) != 0 || left.compareTo(o.expectedPatientOwed()) != 0) {
            problems.add(name + "the patient owes " + owed + " of a share of " + left + "; expected "
                    + o.expectedPatientOwed());
        }
        String with = o.expectedPatientOwed().signum() > 0 ? "PATIENT" : "SECONDARY";
        if (!with.equals(patient.path("responsibility").asText())) {
            problems.add(name + "with " + patient.path("responsibility").asText() + ", expected with " + with);
        }
        return problems;
    }

    private static BigDecimal money(JsonNode value) {
        try {
            return new BigDecimal(value.asText()).setScale(2);
        } catch (NumberFormatException | ArithmeticException e) {
            return new BigDecimal("-999999.99");
        }
    }
}
