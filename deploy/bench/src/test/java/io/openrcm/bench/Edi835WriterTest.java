package io.openrcm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Edi835WriterTest {

    @Test
    void generatedRemittancesBalanceInTheirOwnTermsAndAsWritten() throws Exception {
        RemittanceGenerator generator = new RemittanceGenerator(11, "T", 0.2, 0.2, 0.2, 40, LocalDate.of(2026, 11, 28));
        RemittanceGenerator.Plan plan = generator.plan(claims(100));

        assertThat(plan.outcomes()).hasSize(100);
        assertThat(plan.outcomes().values()).extracting(ClaimOutcome::kind).contains(ClaimOutcome.Kind.PAID,
                ClaimOutcome.Kind.PARTIAL, ClaimOutcome.Kind.DENIED, ClaimOutcome.Kind.REVERSED);
        List<Remittance> all = new ArrayList<>(plan.first());
        all.addAll(plan.second());
        BigDecimal paid = BigDecimal.ZERO;
        for (Remittance r : all) {
            assertThat(r.claims().size()).isLessThanOrEqualTo(41);
            paid = paid.add(r.totalPaid());
            for (Remittance.ClaimPayment c : r.claims()) {
                BigDecimal adjusted = c.claimAdjustments().stream().map(Remittance.Adjustment::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(c.charge().subtract(c.paid())).isEqualByComparingTo(adjusted);
            }
            assertBalancedAsWritten(new Edi835Writer().write(r, LocalDateTime.of(2026, 11, 28, 9, 30)));
        }
        BigDecimal expected = plan.outcomes().values().stream().map(ClaimOutcome::expectedPaid)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(paid).isEqualByComparingTo(expected);
    }

    @Test
    void eachPayersFileNamesItsPayerAsReimbursementServiceKnowsIt() {
        for (String payer : ReferenceData.PAYERS) {
            String x12 = new Edi835Writer().write(new Remittance(payer, "T-" + payer, LocalDate.of(2026, 11, 28),
                    List.of()), LocalDateTime.of(2026, 11, 28, 9, 30)).replaceAll("\\s*\n\\s*", "");
            // The TRN03 seeded for the payer in payer_edi_identifier (reimbursement-service V12_2), and its PI id.
            assertThat(x12).contains("TRN*1*T-" + payer + "*" + Edi835Writer.originator(payer) + "~")
                    .contains("N1*PR*" + payer + "*PI*" + payer + "~");
        }
        assertThat(Edi835Writer.originator("BCBS-IL")).isEqualTo("1512345678");
        assertThat(Edi835Writer.originator("AETNA")).isEqualTo("1223344556");
        assertThat(ReferenceData.PAYERS.stream().map(Edi835Writer::originator).distinct()).hasSize(4);
    }

    @Test
    void aReversalNegatesEveryAmountUnderTheSameControlNumber() {
        Remittance.ClaimPayment original = new Remittance.ClaimPayment("c1", "1", "PCN1", "MRN", "2026-11-02",
                List.of(new Remittance.LinePayment(1, "99213", List.of(), 1, new BigDecimal("135.00"),
                        new BigDecimal("86.40"), List.of(new Remittance.Adjustment("CO", "45", new BigDecimal("27.00")),
                                new Remittance.Adjustment("PR", "2", new BigDecimal("21.60"))))));

        Remittance.ClaimPayment reversal = RemittanceGenerator.reversal(original);

        assertThat(reversal.statusCode()).isEqualTo("22");
        assertThat(reversal.payerClaimControlNumber()).isEqualTo("PCN1");
        assertThat(reversal.paid()).isEqualByComparingTo("-86.40");
        assertThat(reversal.charge()).isEqualByComparingTo("-135.00");
        assertThat(reversal.patientResponsibility()).isEqualByComparingTo("-21.60");
        assertThat(Edi835Writer.amount(new BigDecimal("-21.60"))).isEqualTo("-21.6");
        assertThat(Edi835Writer.amount(new BigDecimal("135.00"))).isEqualTo("135");
    }

    /** Reads the 835 back with StAEDI: BPR02 = sum of CLP04; per claim CLP03 - CLP04 = sum of CAS; SE01 counts. */
    static void assertBalancedAsWritten(String x12) throws Exception {
        EDIStreamReader reader = EDIInputFactory.newFactory()
                .createEDIStreamReader(new ByteArrayInputStream(x12.getBytes(StandardCharsets.US_ASCII)));
        List<List<String>> segments = new ArrayList<>();
        List<String> current = null;
        while (reader.hasNext()) {
            EDIStreamEvent event = reader.next();
            if (event == EDIStreamEvent.START_SEGMENT) {
                current = new ArrayList<>();
                current.add(reader.getText());
                segments.add(current);
            } else if (event == EDIStreamEvent.ELEMENT_DATA && current != null) {
                current.add(reader.getText());
            } else if (event == EDIStreamEvent.SEGMENT_ERROR || event == EDIStreamEvent.ELEMENT_DATA_ERROR) {
                throw new AssertionError("X12 error " + reader.getErrorType() + " in\n" + x12);
            }
        }
        BigDecimal bpr = null;
        BigDecimal clpPaid = BigDecimal.ZERO;
        BigDecimal open = null;
        int st = -1;
        for (int i = 0; i < segments.size(); i++) {
            List<String> s = segments.get(i);
            switch (s.get(0)) {
                case "ST" -> st = i;
                case "BPR" -> bpr = new BigDecimal(s.get(2));
                case "CLP" -> {
                    assertThat(open == null || open.signum() == 0).as("previous claim balanced").isTrue();
                    clpPaid = clpPaid.add(new BigDecimal(s.get(4)));
                    open = new BigDecimal(s.get(3)).subtract(new BigDecimal(s.get(4)));
                }
                case "CAS" -> {
                    for (int k = 3; k < s.size(); k += 3) {
                        open = open.subtract(new BigDecimal(s.get(k)));
                    }
                }
                case "SE" -> assertThat(Integer.parseInt(s.get(1))).isEqualTo(i - st + 1);
                default -> { }
            }
        }
        assertThat(open).isEqualByComparingTo("0");
        assertThat(bpr).isEqualByComparingTo(clpPaid);
    }

    static List<SubmittedClaim> claims(int n) {
        List<SubmittedClaim> claims = new ArrayList<>();
        String[] payers = {"BCBS-IL", "AETNA", "MEDICARE-IL", "UHC"};
        for (int i = 0; i < n; i++) {
            List<SubmittedClaim.Line> lines = new ArrayList<>();
            lines.add(new SubmittedClaim.Line(1, "99213", List.of("25"), 1, new BigDecimal("135.00")));
            for (int l = 2; l <= 1 + i % 4; l++) {
                lines.add(new SubmittedClaim.Line(l, "J1100", List.of(), l, new BigDecimal("6.00").multiply(BigDecimal.valueOf(l))));
            }
            BigDecimal total = lines.stream().map(SubmittedClaim.Line::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
            claims.add(new SubmittedClaim("claim-" + i, "enc-" + i, "MRN" + i, payers[i % 4], "2026-11-02", total,
                    lines, 0));
        }
        return claims;
    }

}
