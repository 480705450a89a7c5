package io.openrcm.reimbursement.api.x12;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.reimbursement.domain.Imbalance;
import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.Remittance;
import org.junit.jupiter.api.Test;

/** The three balancing levels, exercised on altered copies (in memory) of real 835 files. */
class BalancingRulesTest {

    private static Remittance read(String text) {
        Era835File file = new Era835Reader().read(text.getBytes());
        assertThat(file.allErrors()).isEmpty();
        return file.remittances().get(0);
    }

    @Test
    void transactionLevelCountsTheProviderAdjustments() {
        // demo: 149998.73 paid on claims, PLB -1.27: BPR02 must be 150000.00; 150000.10 is 0.10 too much.
        Remittance r = read(SampleFiles.text("linuxforhealth/demo.835").replace("BPR*C*150000.00*", "BPR*C*150000.10*"));
        assertThat(r.imbalances()).singleElement().satisfies(i -> {
            assertThat(i.rule()).isEqualTo(Imbalance.Rule.TOTAL_PAID);
            assertThat(i.location()).isEqualTo("remittance");
            assertThat(i.difference()).isEqualTo(Money.parse("0.10"));
        });
        // Without its PLB the same file no longer balances by exactly the PLB amount.
        Remittance noPlb = read(SampleFiles.text("linuxforhealth/demo.835").replace("PLB*6543210903*20021231*CV:CP*-1.27~\n", "")
                .replace("SE*28*1234", "SE*27*1234"));
        assertThat(noPlb.imbalances()).singleElement().satisfies(i -> assertThat(i.difference())
                .isEqualTo(Money.parse("1.27")));
    }

    @Test
    void claimLevelIncludesTheLinesAdjustments() {
        // managed-care numbers (stupidedi copy): claim 8765432112 CO-A2 55 -> 54: claim 705 vs 704, lines unaffected.
        Remittance r = read(SampleFiles.text("stupidedi/dollars-and-data-sent-separate.edi").replace("CAS*CO*A2*55~",
                "CAS*CO*A2*54~"));
        assertThat(r.imbalances()).singleElement().satisfies(i -> {
            assertThat(i.rule()).isEqualTo(Imbalance.Rule.CLAIM_ADJUSTMENTS);
            assertThat(i.location()).isEqualTo("claim 1");
            assertThat(i.stated()).isEqualTo(Money.parse("705.00"));
            assertThat(i.computed()).isEqualTo(Money.parse("704.00"));
            assertThat(i.difference()).isEqualTo(Money.parse("1.00"));
        });
    }

    @Test
    void lineLevelIsCheckedOnItsOwn() {
        // era-sample line D0230: 22 - 10 = 12 = CO-131 12. Paid 10 -> 11 breaks the line (12 vs 11), the claim
        // (226 - 132 = 94 vs adjustments 94 still, but paid on lines no longer matters) and nothing else.
        Remittance r = read(SampleFiles.text("stupidedi/era-sample.edi").replace("SVC*AD:D0230*22*10~",
                "SVC*AD:D0230*22*11~"));
        assertThat(r.imbalances()).singleElement().satisfies(i -> {
            assertThat(i.rule()).isEqualTo(Imbalance.Rule.LINE_ADJUSTMENTS);
            assertThat(i.location()).isEqualTo("claim 0 line 2");
            assertThat(i.difference()).isEqualTo(Money.parse("-1.00"));
        });
    }

    @Test
    void patientResponsibilityMustEqualThePrAdjustments() {
        // secondary-payments claim 2: CLP05 220 = PR-1 150 + PR-2 70; stated 230 is 10.00 off.
        Remittance r = read(SampleFiles.text("stupidedi/secondary-payments.edi").replace("*751.50*310*220*",
                "*751.50*310*230*"));
        assertThat(r.imbalances()).singleElement().satisfies(i -> {
            assertThat(i.rule()).isEqualTo(Imbalance.Rule.PATIENT_RESPONSIBILITY);
            assertThat(i.difference()).isEqualTo(Money.parse("10.00"));
        });
    }
}
