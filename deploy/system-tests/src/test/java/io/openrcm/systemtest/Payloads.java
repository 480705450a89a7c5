package io.openrcm.systemtest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Object Mother of the requests the system tests send: an EHR encounter and a payer's remittance. */
final class Payloads {

    private Payloads() {
    }

    /** An office visit (99213, 135.00) with a flu shot administration (G0008, 25.00): a 160.00 claim. */
    static Map<String, Object> encounter(String ehrEncounterId) {
        return Map.of(
                "ehrEncounterId", ehrEncounterId,
                "patient", Map.of("id", "MRN-" + ehrEncounterId, "firstName", "Jane", "lastName", "Example",
                        "birthDate", "1971-04-12", "sex", "F"),
                "subscriber", Map.of("memberId", "XGH123456789"),
                "payerId", "BCBS-IL",
                "billingProviderNpi", "1234567893",
                "renderingProviderNpi", "1245319599",
                "dateOfService", LocalDate.now().minusDays(3).toString(),
                "placeOfService", "11",
                "diagnoses", List.of("E11.9", "I10"),
                "serviceLines", List.of(
                        Map.of("code", "99213", "modifiers", List.of("25"), "units", 1,
                                "diagnosisPointers", List.of(1, 2)),
                        Map.of("code", "G0008", "modifiers", List.of(), "units", 1,
                                "diagnosisPointers", List.of(1))));
    }

    /** Pays 100.00 of a 160.00 claim: 40.00 contractual (CO-45), 20.00 coinsurance (PR-2). */
    static Map<String, Object> remittancePaying(String traceNumber, String claimId) {
        return Map.of(
                "payerId", "BCBS-IL",
                "traceNumber", traceNumber,
                "paymentDate", LocalDate.now().toString(),
                "paymentMethod", "ACH",
                "totalPaid", "100.00",
                "claims", List.of(Map.of(
                        "claimId", claimId,
                        "statusCode", "1",
                        "payerClaimControlNumber", "PCN-" + traceNumber,
                        "chargeAmount", "160.00",
                        "paidAmount", "100.00",
                        "patientResponsibility", "20.00",
                        "adjustments", List.of(
                                Map.of("group", "CO", "reason", "45", "amount", "40.00"),
                                Map.of("group", "PR", "reason", "2", "amount", "20.00")))));
    }
}
