package io.openrcm.reimbursement.api.x12;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.reimbursement.domain.AdjustmentGroup;
import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.ClaimStatusCode;
import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.PaymentMethod;
import io.openrcm.reimbursement.domain.Remittance;
import io.openrcm.reimbursement.domain.ServiceLinePayment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every real 835 sample is read: accepted with the figures worked out by hand, or refused with the exact place. */
class Era835ReaderTest {

    private final Era835Reader reader = new Era835Reader();

    private Remittance only(String file) {
        Era835File read = reader.read(SampleFiles.bytes(file));
        assertThat(read.allErrors()).as(file).isEmpty();
        assertThat(read.remittances()).hasSize(1);
        return read.remittances().get(0);
    }

    @Test
    void everySampleIsReadAcceptedOrRefusedWithWhereAndWhy() throws Exception {
        Map<String, String> outcome = new TreeMap<>();
        for (Path p : SampleFiles.all()) {
            Era835File file = reader.read(Files.readAllBytes(p));
            String name = SampleFiles.folder().relativize(p).toString();
            outcome.put(name, file.accepted() ? "accepted " + file.remittances().size()
                    : "refused " + file.allErrors().stream().map(e -> e.code() + "@" + e.location()).toList());
            assertThat(Ack999Writer.write(file, java.time.ZonedDateTime.now(), 1)).startsWith("ISA*")
                    .contains(file.accepted() ? "IK5*A~" : "IK5*R*");
        }
        assertThat(outcome).hasSize(17);
        assertThat(outcome.values().stream().filter(v -> v.startsWith("accepted"))).hasSize(11);
        // LinuxForHealth's files put the BPR date in BPR15 (one * short), and two write SVC01 with '>' although ISA16
        // declares ':'; the tertiary one lost its SVC01 separator altogether. Refused, with the place:
        assertThat(outcome.get("linuxforhealth/secondary-payment.835")).contains("1@ST 1234 / segment 2 BPR / element 16",
                "5@ST 1234 / segment 27 SVC / element 01-1");
        assertThat(outcome.get("linuxforhealth/managed-care.835")).isEqualTo(
                "refused [8@ST 112233 / segment 2 BPR / element 16]"); // BPR16 20002316 is not a date
        assertThat(outcome.get("linuxforhealth/tertiary-payment.835")).contains("segment 18 SVC / element 01-2");
        // The .997 files beside them are acknowledgments cut short: another transaction set, and no SE/GE/IEA.
        assertThat(outcome.get("linuxforhealth/tertiary-payment.835.997")).contains("1@ST 0001 / segment 1 ST",
                "2@ST 0001");
    }

    @Test
    void dollarsAndDataSentSeparateMatchesTheFigures() {
        // BPR02 945 = CLP04 450 + 495. Claim 5554555444: 800 - 450 = 350 = CO-A2 50 (claim) + PR-1 300 (line 99211,
        // 800 - 500 = 300). Claim 8765432112: 1200 - 495 = 705 = CO-A2 55 + PR-1 600 + CO-45 50 (line 93555,
        // 1200 - 550 = 650 = 600 + 50). Deductible (PR-1) 300 + 600 = 900.
        Remittance r = only("stupidedi/dollars-and-data-sent-separate.edi");
        assertThat(r.payerId()).isEqualTo("1935665544");
        assertThat(r.traceNumber()).isEqualTo("71700666555");
        assertThat(r.paymentMethod()).isEqualTo(PaymentMethod.ACH);
        assertThat(r.totalPaid()).isEqualTo(Money.parse("945.00"));
        assertThat(r.claims()).extracting(ClaimPayment::paid).containsExactly(Money.parse("450"), Money.parse("495"));
        assertThat(r.claims().get(1).lines().get(0).adjustments()).hasSize(2);
        assertThat(deductible(r)).isEqualTo(Money.parse("900.00"));
        assertThat(r.imbalances()).isEmpty();
    }

    @Test
    void demoBalancesOnlyWithItsProviderLevelAdjustment() {
        // CLP04 138018.40 + 11980.33 = 149998.73; PLB CV:CP -1.27 (paid to the provider) -> 149998.73 + 1.27 =
        // 150000.00 = BPR02. Claims: 211366.97 - 138018.40 = 73348.57 = CO-45; 15000 - 11980.33 = 3019.67 = CO-45.
        Remittance r = only("linuxforhealth/demo.835");
        assertThat(r.totalPaid()).isEqualTo(Money.parse("150000.00"));
        assertThat(Money.sum(r.claims().stream().map(ClaimPayment::paid).toList())).isEqualTo(Money.parse("149998.73"));
        assertThat(r.providerAdjustments()).singleElement().satisfies(p -> {
            assertThat(p.reasonCode()).isEqualTo("CV");
            assertThat(p.reference()).isEqualTo("CP");
            assertThat(p.amount()).isEqualTo(Money.parse("-1.27"));
        });
        assertThat(r.claims().get(1).remarkCodes()).containsExactly("MA02");
        assertThat(r.imbalances()).isEmpty();
    }

    @Test
    void deniedClaimWithThreeLinesAndRemarks() {
        // BPR02 0 (NON); CLP 2005555A status 4: 915.39 - 0 = 500.04 (CO-16) + 127.80 (OA-A7) + 287.55 (OA-A7).
        Remittance r = only("pyx12/835_mult_loops.txt");
        assertThat(r.paymentMethod()).isEqualTo(PaymentMethod.NON);
        ClaimPayment c = r.claims().get(0);
        assertThat(c.status()).isEqualTo(ClaimStatusCode.DENIED);
        assertThat(c.lines()).extracting(ServiceLinePayment::charge)
                .containsExactly(Money.parse("500.04"), Money.parse("127.80"), Money.parse("287.55"));
        assertThat(c.lines()).extracting(l -> l.units().intValue()).containsExactly(68, 16, 36);
        assertThat(c.lines()).allSatisfy(l -> assertThat(l.remarkCodes()).containsExactly("N14"));
        assertThat(c.adjustmentTotal()).isEqualTo(Money.parse("915.39"));
        assertThat(r.imbalances()).isEmpty();
    }

    @Test
    void nineClaimsOneCheck() {
        // CLP04: 132 + 74 + 108 + 14 + 16.8 + 132 + 108 + 82 + 144 = 810.80 = BPR02. CLP03 sum 2819.00;
        // PR (CLP05) 24 + 902 + 44.2 = 970.20; so CO = 2819.00 - 810.80 - 970.20 = 1038.00.
        Remittance r = only("stupidedi/multiple-claims-single-check.edi");
        assertThat(r.claims()).hasSize(9).allSatisfy(c -> assertThat(c.claimId()).isEqualTo("7722337"));
        assertThat(r.occurrences()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(Money.sum(r.claims().stream().map(ClaimPayment::charge).toList())).isEqualTo(Money.parse("2819"));
        assertThat(Money.sum(r.claims().stream().map(ClaimPayment::patientResponsibility).toList()))
                .isEqualTo(Money.parse("970.20"));
        assertThat(sum(r, AdjustmentGroup.CO)).isEqualTo(Money.parse("1038.00"));
        assertThat(r.imbalances()).isEmpty();
    }

    @Test
    void secondaryPaymentsSplitCoinsuranceAndDeductible() {
        // 1222 = 912 + 310. Claim 0001000053: 751.50 - 310 = 441.50 = OA-23 136.50 (line 12345-26, 166.50 - 30) +
        // PR-1 150 + PR-2 70 + CO-42 85 (line 66543-26, 585 - 280 = 305). CLP05 220 = 150 + 70.
        Remittance r = only("stupidedi/secondary-payments.edi");
        ClaimPayment c = r.claims().get(1);
        assertThat(c.lines()).extracting(ServiceLinePayment::code, ServiceLinePayment::modifiers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("12345", List.of("26")),
                        org.assertj.core.groups.Tuple.tuple("66543", List.of("26")));
        assertThat(c.patientResponsibilityAdjustments()).isEqualTo(Money.parse("220.00"));
        assertThat(sum(r, AdjustmentGroup.OA)).isEqualTo(Money.parse("9548.14")); // 9411.64 + 136.50
        assertThat(r.imbalances()).isEmpty();
    }

    @Test
    void anyDelimitersWithOrWithoutLineBreaksAndSeveralInterchanges() {
        String original = SampleFiles.text("stupidedi/era-sample.edi");
        // Same content with | elements, ! segments, } components, ~ repetition, and CRLF after each segment.
        String isa = original.substring(0, 106);
        String rest = original.substring(106).replace("*", "|").replace(":", "}").replace("~", "!\r\n");
        String other = isa.replace("*", "|").replace("|^|", "|~|").replace("|:~", "|}!\r\n") + rest;
        String twoInterchanges = other + SampleFiles.text("edifabric/Payment.txt");
        Era835File file = reader.read(twoInterchanges.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(file.allErrors()).isEmpty();
        assertThat(file.remittances()).extracting(Remittance::totalPaid)
                .containsExactly(Money.parse("132.00"), Money.parse("34.00"));
        assertThat(file.remittances().get(0).claims().get(0).lines()).hasSize(5)
                .extracting(ServiceLinePayment::code).containsExactly("D0120", "D0220", "D0230", "D0274", "D1110");
    }

    @Test
    void wrongVersionAndWrongTransactionSetAreRefusedWithA999() {
        String file = SampleFiles.text("stupidedi/tertiary-payments.edi");
        Era835File oldVersion = reader.read(file.replace("005010X221A1", "004010X091A1").getBytes());
        assertThat(oldVersion.accepted()).isFalse();
        // One error names the version sent and the one taken; the 999 still refuses each set with I6.
        assertThat(oldVersion.allErrors()).extracting(X12Error::code).containsExactly("2");
        String ack = Ack999Writer.write(oldVersion, java.time.ZonedDateTime.parse("2026-11-28T10:40:00Z"), 1);
        // Back to the sender: ISA06/ISA08 swapped, dated, with the 999's own guide.
        assertThat(ack).startsWith("ISA*00*          *00*          *ZZ*123456789012346*ZZ*123456789012345*261128*1040*^*00501*")
                .contains("GS*FA*123456789012346*123456789012345*20261128*1040*", "ST*999*0001*005010X231A1~");
        assertThat(ack).contains("AK1*HP*20213*004010X091A1~", "AK2*835*0001~", "IK5*R*I6~", "AK9*R*1*1*0*2~");

        Era835File notAn835 = reader.read(file.replace("ST*835*", "ST*837*").getBytes());
        assertThat(notAn835.allErrors()).extracting(X12Error::reason)
                .contains("transaction set 837 is not taken here: send an 835");
    }

    @Test
    void brokenStructureIsPlacedBySegmentAndElement() {
        String file = SampleFiles.text("stupidedi/tertiary-payments.edi")
                .replace("CLP*0001000054*3*1766.5*", "CLP*0001000054*3*17X6.5*")
                .replace("DTM*472*20050120~", "DTM*472*20051340~");
        Era835File read = reader.read(file.getBytes());
        assertThat(read.accepted()).isFalse();
        assertThat(read.allErrors()).extracting(X12Error::location, X12Error::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ST 0001 / segment 15 CLP / element 03", "6"),
                org.assertj.core.groups.Tuple.tuple("ST 0001 / segment 20 DTM / element 02", "8"));
        assertThat(Ack999Writer.write(read, java.time.ZonedDateTime.now(), 1))
                .contains("IK3*CLP*15*2100*8~", "IK4*3*782*6~", "IK4*2*373*8~", "IK5*R*5~", "AK9*R*1*1*0~");
    }

    private static Money deductible(Remittance r) {
        return Money.sum(r.claims().stream().flatMap(c -> c.allAdjustments().stream())
                .filter(a -> a.group() == AdjustmentGroup.PR && a.reason().equals("1")).map(a -> a.amount()).toList());
    }

    private static Money sum(Remittance r, AdjustmentGroup group) {
        return Money.sum(r.claims().stream().flatMap(c -> c.allAdjustments().stream())
                .filter(a -> a.group() == group).map(a -> a.amount()).toList());
    }
}
