package io.openrcm.payersim;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.claim.edi.Acknowledgment;
import io.openrcm.claim.edi.AcknowledgmentReader;
import io.openrcm.reimbursement.api.x12.Era835File;
import io.openrcm.reimbursement.api.x12.Era835Reader;
import io.openrcm.reimbursement.domain.Remittance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole cycle on disk: an 837P from claim-service's writer dropped into /inbound comes back as a 999 and a 277CA
 * that claim-service's intake reader accepts, and after the delay as an 835 that reimbursement-service's reader takes
 * whole and finds balanced.
 */
class PayerCycleTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T14:00:00Z"));

    private Payer payer() throws IOException {
        return new Payer(SimulatorConfig.defaults(), new Mailbox(dir.resolve("home")), dir.resolve("state"), clock);
    }

    private void drop(String name, String content) throws IOException {
        Files.writeString(dir.resolve("home/inbound").resolve(name), content);
    }

    @Test
    void anAcceptedFileIsAcknowledgedThenPaidAfterTheDelay() throws IOException {
        Payer payer = payer();
        drop("claims-1.837", Claims837.file(41, Claims837.BCBS, Claims837.many(1, 6, "BCBS-IL")));
        drop(".claims-2.837.part", "half a file");

        List<Path> answers = payer.cycle();

        assertThat(answers).extracting(p -> p.getFileName().toString())
                .allMatch(n -> n.matches("\\d{17}-\\d{9}\\.(999|277)"))
                .anyMatch(n -> n.endsWith(".999")).anyMatch(n -> n.endsWith(".277"));
        assertThat(dir.resolve("home/inbound/claims-1.837")).doesNotExist();
        assertThat(dir.resolve("home/inbound/.claims-2.837.part")).exists();
        Acknowledgment ack999 = AcknowledgmentReader.read(read(answers, ".999"));
        assertThat(ack999.transactions()).singleElement().satisfies(t -> {
            assertThat(t.accepted()).isTrue();
            assertThat(t.groupControlNumber()).isEqualTo("41");
            assertThat(t.transactionControlNumber()).isEqualTo("0001");
        });
        assertThat(ack999.groups()).singleElement().satisfies(g -> assertThat(g.accepted()).isTrue());
        Acknowledgment ack277 = AcknowledgmentReader.read(read(answers, ".277"));
        assertThat(ack277.warnings()).isEmpty();
        assertThat(ack277.claims()).extracting(Acknowledgment.ClaimAck::patientControlNumber)
                .containsExactlyElementsOf(List.of(1, 2, 3, 4, 5, 6).stream().map(n -> Claims837.id(n).toString())
                        .toList());
        long accepted = ack277.claims().stream().filter(Acknowledgment.ClaimAck::accepted).count();
        assertThat(accepted).isPositive();
        assertThat(ack277.claims().stream().filter(Acknowledgment.ClaimAck::accepted))
                .allSatisfy(c -> assertThat(c.codes()).containsExactly("277CA:A2:20"));

        assertThat(payer.cycle()).as("nothing is due before the delay").isEmpty();
        clock.advance(Duration.ofSeconds(21));
        List<Path> remittances = payer.cycle();

        assertThat(remittances).singleElement().satisfies(p -> assertThat(p.toString()).endsWith(".835"));
        Era835File era = new Era835Reader().read(Files.readAllBytes(remittances.get(0)));
        assertThat(era.allErrors()).isEmpty();
        assertThat(era.accepted()).isTrue();
        Remittance remittance = era.groups().get(0).transactions().get(0).remittance();
        assertThat(remittance.payerId()).isEqualTo("1360000001");
        assertThat(remittance.payer().payerName()).isEqualTo("BLUE CROSS AND BLUE SHIELD OF ILLINOIS");
        assertThat(remittance.payer().payeeId()).isEqualTo("1234567893");
        assertThat(remittance.imbalances()).isEmpty();
        assertThat(remittance.claims()).hasSize((int) accepted);
        assertThat(Files.readString(remittances.get(0))).contains("N1*PR*BLUE CROSS AND BLUE SHIELD OF ILLINOIS*XV*BCBS-IL~");
        assertThat(payer.cycle()).as("a claim is paid once").isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameAnswers() throws IOException {
        String file = Claims837.file(7, Claims837.BCBS, Claims837.many(1, 20, "BCBS-IL"));
        String first = run(dir.resolve("a"), file);
        String second = run(dir.resolve("b"), file);
        assertThat(first).isEqualTo(second).contains("CLP*");
    }

    @Test
    void aReversalAndItsCorrectionComeInTheNextCycleWithProviderAdjustments() throws IOException {
        SimulatorConfig rules = TestRules.with("rates.reversal=0", "rates.reversal=1", "rates.interest=0",
                "rates.interest=1", "rates.recovery=0", "rates.recovery=1");
        Payer payer = new Payer(rules, new Mailbox(dir.resolve("home")), dir.resolve("state"), clock);
        drop("c.837", Claims837.file(43, Claims837.BCBS, List.of(Claims837.claim(1, "BCBS-IL", Claims837.LAKESIDE),
                Claims837.claim(2, "BCBS-IL", Claims837.PRAIRIE))));
        payer.cycle();
        clock.advance(Duration.ofSeconds(11));
        Path paid = payer.cycle().get(0);
        Path reversed = payer.cycle().get(0);

        Era835File first = new Era835Reader().read(Files.readAllBytes(paid));
        assertThat(first.allErrors()).isEmpty();
        assertThat(first.groups().get(0).transactions()).as("one EFT per payee").hasSize(2).allSatisfy(t -> {
            assertThat(t.remittance().imbalances()).isEmpty();
            assertThat(t.remittance().providerAdjustments()).extracting(a -> a.reasonCode())
                    .containsExactly("L6", "WO");
        });
        Era835File second = new Era835Reader().read(Files.readAllBytes(reversed));
        assertThat(second.allErrors()).isEmpty();
        Remittance lakeside = second.groups().get(0).transactions().get(0).remittance();
        assertThat(lakeside.imbalances()).isEmpty();
        assertThat(lakeside.claims()).extracting(c -> c.status().code()).containsExactly("22", "1");
        assertThat(lakeside.claims().get(0).paid().amount()).isEqualByComparingTo("-76.50");
        assertThat(lakeside.claims().get(1).paid().amount()).isEqualByComparingTo("81.46");
        assertThat(lakeside.traceNumber()).isNotEqualTo(first.groups().get(0).transactions().get(0).remittance()
                .traceNumber());
        assertThat(payer.cycle()).as("a reversal is owed once").isEmpty();
    }

    private String run(Path root, String file) throws IOException {
        MutableClock fixed = new MutableClock(Instant.parse("2026-12-02T14:00:00Z"));
        Payer p = new Payer(SimulatorConfig.defaults(), new Mailbox(root.resolve("home")), root.resolve("state"),
                fixed);
        Files.writeString(root.resolve("home/inbound/x.837"), file);
        p.cycle();
        fixed.advance(Duration.ofMinutes(1));
        return Files.readString(p.cycle().get(0));
    }

    private static String read(List<Path> files, String suffix) throws IOException {
        return Files.readString(files.stream().filter(p -> p.toString().endsWith(suffix)).findFirst().orElseThrow());
    }
}
