package io.openrcm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.payersim.ClaimPayment;
import io.openrcm.payersim.Remittance835Writer;
import io.openrcm.payersim.SimulatorConfig;
import io.openrcm.payersim.SubmittedClaim;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --via-sftp: the payer simulator's 835 files in the mailbox, read into the bench's postings and outcomes. */
class MailboxRemittancesTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 2, 14, 0);

    @TempDir
    Path home;

    @Test
    void readsTakenRefusedAndWaitingFilesOfThisRunIntoOutcomes() throws IOException {
        SubmittedClaim paid = claim("c-paid");
        SubmittedClaim denied = claim("c-denied");
        SubmittedClaim reversed = claim("c-reversed");
        ClaimPayment reversedFirst = payment(reversed, "1", "60.00");
        write("outbound/archive", AT, 1, List.of(payment(paid, "1", "80.00"), payment(denied, "4", "0.00"),
                reversedFirst));
        write("outbound/archive", AT.plusSeconds(5), 2, List.of(reversedFirst.reversal(),
                payment(reversed, "1", "63.00")));
        write("outbound/failed", AT.plusSeconds(6), 3, List.of(payment(claim("c-refused"), "1", "10.00")));
        write("outbound", AT.plusSeconds(7), 4, List.of(payment(claim("c-waiting"), "1", "10.00")));
        write("outbound/archive", AT.minusDays(1), 5, List.of(payment(claim("c-old"), "1", "10.00")));

        MailboxRemittances mailbox = new MailboxRemittances(home, AT.toInstant(ZoneOffset.UTC).toEpochMilli());
        List<MailboxRemittances.File> files = mailbox.files();
        List<RemittanceLoad.Posted> posted = MailboxRemittances.postings(files);
        Map<String, ClaimOutcome> outcomes = MailboxRemittances.outcomes(posted);

        assertThat(files).extracting(MailboxRemittances.File::place).containsExactly(MailboxRemittances.Place.TAKEN,
                MailboxRemittances.Place.TAKEN, MailboxRemittances.Place.REFUSED, MailboxRemittances.Place.WAITING);
        assertThat(posted).hasSize(3).filteredOn(p -> !p.accepted()).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains("failed"));
        assertThat(posted.get(0).remittance().payerId()).isEqualTo("1360000001");
        assertThat(posted.get(0).remittance().totalPaid()).isEqualByComparingTo("140.00");
        assertThat(outcomes).containsOnlyKeys("c-paid", "c-denied", "c-reversed");
        assertThat(outcomes.get("c-paid")).isEqualTo(new ClaimOutcome("c-paid", ClaimOutcome.Kind.PAID, 1, "PAID",
                new BigDecimal("80.00")));
        assertThat(outcomes.get("c-denied")).isEqualTo(new ClaimOutcome("c-denied", ClaimOutcome.Kind.DENIED, 1,
                "DENIED", new BigDecimal("0.00")));
        assertThat(outcomes.get("c-reversed")).isEqualTo(new ClaimOutcome("c-reversed", ClaimOutcome.Kind.REVERSED,
                3, "PAID", new BigDecimal("63.00")));
    }

    private void write(String folder, LocalDateTime at, int control, List<ClaimPayment> claims) throws IOException {
        String x12 = Remittance835Writer.write(SimulatorConfig.defaults().payers().get("BCBS-IL"), List.of(
                new Remittance835Writer.Payment("1234567893", "LAKESIDE", "361234567", claims, List.of())),
                "CLEARINGHOUSE", "OPENRCM", at, control, "P", String.format("%09d", control));
        Path dir = home.resolve(folder);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(at.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS"))
                + "-" + String.format("%09d", control) + ".835"), x12);
    }

    private static SubmittedClaim claim(String id) {
        return new SubmittedClaim(id, new BigDecimal("100.00"), "BCBS-IL", "M1", "EXAMPLE", "JANE", "1234567893",
                "LAKESIDE", "361234567", List.of(new SubmittedClaim.Line(1, "99213", List.of(),
                        new BigDecimal("100.00"), BigDecimal.ONE, LocalDate.of(2026, 11, 2))));
    }

    /** Paid {@code amount} of 100.00, the rest written off (CO-45), or denied (CO-50) when status 4. */
    private static ClaimPayment payment(SubmittedClaim claim, String status, String amount) {
        BigDecimal paid = new BigDecimal(amount);
        ClaimPayment.Adjustment adjustment = new ClaimPayment.Adjustment("CO", status.equals("4") ? "50" : "45",
                new BigDecimal("100.00").subtract(paid));
        return new ClaimPayment(claim, status, "PCN-" + claim.claimId(), List.of(new ClaimPayment.LinePayment(
                claim.lines().get(0), 1, status.equals("4") ? null : paid, paid, List.of(adjustment), List.of())));
    }
}
