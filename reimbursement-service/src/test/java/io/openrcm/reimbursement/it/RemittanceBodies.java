package io.openrcm.reimbursement.it;

import java.util.List;
import java.util.stream.Collectors;

/** Object Mother of remittance request bodies and ClaimSubmitted payloads for the Quarkus tests. */
final class RemittanceBodies {

    private RemittanceBodies() {
    }

    /** A claim payment balanced like the golden one: charge 160.00, paid 100.00, CO-45 40.00, PR-2 20.00. */
    static String goldenClaim(String claimId) {
        return claim(claimId, "160.00", "100.00", "20.00", "CO", "45", "40.00", "PR", "2", "20.00");
    }

    /** A claim payment with adjustments given as (group, reason, amount) triples. */
    static String claim(String claimId, String charge, String paid, String patient, String... adjustments) {
        StringBuilder adj = new StringBuilder();
        for (int i = 0; i < adjustments.length; i += 3) {
            adj.append(i == 0 ? "" : ",").append("{\"group\":\"%s\",\"reason\":\"%s\",\"amount\":\"%s\"}"
                    .formatted(adjustments[i], adjustments[i + 1], adjustments[i + 2]));
        }
        return """
                {"claimId":"%s","statusCode":"1","payerClaimControlNumber":"PCN-%s","chargeAmount":"%s",
                 "paidAmount":"%s","patientResponsibility":"%s","adjustments":[%s]}"""
                .formatted(claimId, claimId.substring(0, 8), charge, paid, patient, adj);
    }

    static String remittance(String payerId, String traceNumber, String totalPaid, List<String> claims) {
        return """
                {"payerId":"%s","traceNumber":"%s","paymentDate":"2026-11-20","paymentMethod":"ACH",
                 "totalPaid":"%s","claims":[%s]}"""
                .formatted(payerId, traceNumber, totalPaid, claims.stream().collect(Collectors.joining(",")));
    }

    /** A minimal ClaimSubmitted payload, shaped like claim-service's golden example. */
    static String claimSubmitted(String claimId) {
        return """
                {"claimId":"%s","encounterId":"enc-%s","patientId":"MRN-1","payerId":"BCBS-IL",
                 "billingProviderNpi":"1234567893","dateOfService":"2026-11-02","totalCharge":"160.00",
                 "lines":[{"lineNumber":1,"code":"99213","modifiers":["25"],"units":1,"charge":"160.00",
                           "dateOfService":"2026-11-02"}],
                 "submittedAt":"2026-11-02T15:04:05.456Z"}"""
                .formatted(claimId, claimId);
    }
}
