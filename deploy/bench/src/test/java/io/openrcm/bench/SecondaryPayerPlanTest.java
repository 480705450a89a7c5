package io.openrcm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bench's secondary-payer leg: what it generates for the secondary and how it checks the secondary and patient. */
class SecondaryPayerPlanTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private static RemittanceGenerator.Plan plan(List<SubmittedClaim> claims, Map<String, String> secondaries) {
        return new RemittanceGenerator(11, "T", 0.2, 0.2, 0.2, 40, LocalDate.of(2026, 11, 28))
                .plan(claims, secondaries);
    }

    /** Every third claim has a secondary: the next payer of the list. */
    private static Map<String, String> everyThird(List<SubmittedClaim> claims) {
        Map<String, String> secondaries = new HashMap<>();
        for (int i = 0; i < claims.size(); i += 3) {
            secondaries.put(claims.get(i).claimId(), claims.get(i).payerId().equals("AETNA") ? "UHC" : "AETNA");
        }
        return secondaries;
    }

    @Test
    void aClaimWithASecondaryIsPaidByThePrimaryThenBySecondaryAndTheRestIsThePatients() throws Exception {
        List<SubmittedClaim> claims = Edi835WriterTest.claims(90);
        Map<String, String> secondaries = everyThird(claims);
        RemittanceGenerator.Plan plan = plan(claims, secondaries);

        Map<String, Remittance.ClaimPayment> primary = payments(plan.first());
        Map<String, Remittance.ClaimPayment> secondary = payments(plan.secondaries());
        assertThat(secondary.keySet()).isEqualTo(secondaries.keySet());
        for (Remittance r : plan.secondaries()) {
            assertThat(r.claims()).allSatisfy(c -> assertThat(secondaries.get(c.claimId())).isEqualTo(r.payerId()));
            Edi835WriterTest.assertBalancedAsWritten(new Edi835Writer().write(r, LocalDateTime.of(2026, 11, 28, 9, 30)));
        }
        for (Map.Entry<String, String> e : secondaries.entrySet()) {
            ClaimOutcome o = plan.outcomes().get(e.getKey());
            Remittance.ClaimPayment p = primary.get(e.getKey());
            Remittance.ClaimPayment s = secondary.get(e.getKey());
            assertThat(o.kind()).isEqualTo(ClaimOutcome.Kind.SECONDARY);
            assertThat(o.postings()).isEqualTo(2);
            assertThat(o.secondaryPayerId()).isEqualTo(e.getValue());
            assertThat(p.statusCode()).isEqualTo("1");
            assertThat(s.statusCode()).isEqualTo("2");
            assertThat(p.patientResponsibility()).isPositive();
            assertThat(s.paid()).isPositive().isEqualByComparingTo(o.expectedSecondaryPaid());
            // What the primary left to the patient is what the secondary pays plus what it leaves to the patient.
            assertThat(s.paid().add(s.patientResponsibility())).isEqualByComparingTo(p.patientResponsibility());
            assertThat(o.expectedPaid()).isEqualByComparingTo(p.paid().add(s.paid()));
            assertThat(o.expectedPatientOwed()).isEqualByComparingTo(s.patientResponsibility());
            // Every cent of the charge: the primary's payment and contractual adjustment, the secondary's payment, the
            // patient.
            BigDecimal contractual = p.claimAdjustments().stream().filter(a -> a.group().equals("CO"))
                    .map(Remittance.Adjustment::amount).reduce(ZERO, BigDecimal::add);
            assertThat(p.paid().add(contractual).add(s.paid()).add(o.expectedPatientOwed()))
                    .isEqualByComparingTo(p.charge());
            for (int line = 0; line < s.lines().size(); line++) {
                Remittance.LinePayment sl = s.lines().get(line);
                BigDecimal adjusted = sl.adjustments().stream().map(Remittance.Adjustment::amount)
                        .reduce(ZERO, BigDecimal::add);
                assertThat(sl.charge().subtract(sl.paid())).isEqualByComparingTo(adjusted);
                assertThat(sl.lineNumber()).isEqualTo(p.lines().get(line).lineNumber());
            }
        }
        BigDecimal remitted = plan.first().stream().map(Remittance::totalPaid).reduce(ZERO, BigDecimal::add)
                .add(plan.second().stream().map(Remittance::totalPaid).reduce(ZERO, BigDecimal::add))
                .add(plan.secondaries().stream().map(Remittance::totalPaid).reduce(ZERO, BigDecimal::add));
        assertThat(remitted).isEqualByComparingTo(plan.outcomes().values().stream().map(ClaimOutcome::expectedPaid)
                .reduce(ZERO, BigDecimal::add));
        // The claims without a secondary keep their scenarios.
        assertThat(plan.outcomes().values()).extracting(ClaimOutcome::kind).contains(ClaimOutcome.Kind.values());
    }

    @Test
    void withoutSecondariesThePlanHasNoSecondaryLeg() {
        RemittanceGenerator.Plan plan = plan(Edi835WriterTest.claims(40), Map.of());
        assertThat(plan.secondaries()).isEmpty();
        assertThat(plan.outcomes().values()).noneMatch(o -> o.kind() == ClaimOutcome.Kind.SECONDARY);
    }

    @Test
    void theVerifierPassesAClaimThatReachedTheSecondaryAndThePatient() {
        ClaimOutcome o = outcome("5.00");
        assertThat(SecondaryChecks.check(o, true, claim("AETNA"), balance("160.00", "115.00", "40.00", "5.00",
                "5.00", "PATIENT"))).isEmpty();
        ClaimOutcome nothingLeft = outcome("0.00");
        assertThat(SecondaryChecks.check(nothingLeft, true, claim("AETNA"), balance("160.00", "115.00", "45.00",
                "0.00", "0.00", "SECONDARY"))).isEmpty();
    }

    @Test
    void theVerifierFailsAClaimThatStoppedShortOrIsOffByACent() {
        ClaimOutcome o = outcome("5.00");
        assertThat(SecondaryChecks.check(o, false, claim("BCBS-IL"), balance("160.00", "115.00", "40.00", "5.00",
                "5.00", "PATIENT"))).hasSize(2).anyMatch(p -> p.contains("never submitted"))
                .anyMatch(p -> p.contains("billed to BCBS-IL"));
        // The primary's money only: the claim stayed with the secondary.
        assertThat(SecondaryChecks.check(o, true, claim("AETNA"), balance("160.00", "100.00", "40.00", "20.00",
                "0.00", "SECONDARY"))).anyMatch(p -> p.contains("the payers paid 100.00"))
                .anyMatch(p -> p.contains("the patient owes 0.00")).anyMatch(p -> p.contains("with SECONDARY"));
        // A cent lost between the payers and the patient.
        assertThat(SecondaryChecks.check(o, true, claim("AETNA"), balance("160.00", "115.00", "40.00", "5.01",
                "5.01", "PATIENT"))).anyMatch(p -> p.contains("is not the patient's share 5.01"))
                .anyMatch(p -> p.contains("the patient owes 5.01"));
    }

    @Test
    void claimsAreMatchedToTheSecondaryOfTheirEncounter() {
        EncounterGenerator generator = new EncounterGenerator(MAPPER, 7, "T", 0, LocalDate.of(2026, 11, 28), 0.5);
        List<GeneratedEncounter> encounters = java.util.stream.Stream.generate(generator::next).limit(40).toList();
        List<PostedEncounter> posted = new java.util.ArrayList<>();
        List<SubmittedClaim> claims = new java.util.ArrayList<>();
        for (int i = 0; i < encounters.size(); i++) {
            posted.add(new PostedEncounter(encounters.get(i), 201, "enc-" + i, "CODED", 0, 0));
            claims.add(new SubmittedClaim("claim-" + i, "enc-" + i, "MRN", encounters.get(i).body().get("payerId")
                    .asText(), "2026-11-02", BigDecimal.TEN, List.of(), 0));
        }

        Map<String, String> secondaries = Cycle.secondaryPayers(posted, claims);

        assertThat(secondaries).isNotEmpty().hasSizeLessThan(40);
        for (int i = 0; i < encounters.size(); i++) {
            ObjectNode body = encounters.get(i).body();
            String expected = body.has("coverages") ? body.get("coverages").get(1).get("payerId").asText() : null;
            assertThat(secondaries.get("claim-" + i)).isEqualTo(expected);
            if (expected != null) {
                assertThat(expected).isNotEqualTo(body.get("payerId").asText());
            }
        }
    }

    private static ClaimOutcome outcome(String patientOwed) {
        BigDecimal owed = new BigDecimal(patientOwed);
        return new ClaimOutcome("c1", ClaimOutcome.Kind.SECONDARY, 2, "PAID", new BigDecimal("115.00"), "AETNA",
                new BigDecimal("20.00").subtract(owed), owed);
    }

    private static ObjectNode claim(String payerId) {
        return MAPPER.createObjectNode().put("claimId", "c1").put("payerId", payerId).put("status", "PAID");
    }

    private static ObjectNode balance(String charge, String paid, String adjusted, String share, String owed,
            String with) {
        return MAPPER.createObjectNode().put("totalCharge", charge).put("insurancePaid", paid)
                .put("insuranceAdjusted", adjusted).put("patientResponsibility", share).put("owed", owed)
                .put("responsibility", with);
    }

    private static Map<String, Remittance.ClaimPayment> payments(List<Remittance> remittances) {
        return remittances.stream().flatMap(r -> r.claims().stream())
                .collect(Collectors.toMap(Remittance.ClaimPayment::claimId, Function.identity()));
    }
}
