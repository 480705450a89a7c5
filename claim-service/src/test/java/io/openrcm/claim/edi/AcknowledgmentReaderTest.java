package io.openrcm.claim.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openrcm.testsupport.SharedData;
import io.openrcm.x12.X12ReadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every 999 and 277 sample in the shared data, read; the accepted and rejected ones say so. */
class AcknowledgmentReaderTest {

    private static final String ACKS = "x12/acks";

    private static Acknowledgment sample(String name) throws IOException {
        return AcknowledgmentReader.read(SharedData.text(ACKS + "/" + name));
    }

    @Test
    void readsEverySample() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(SharedData.require(ACKS))) {
            files = all.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(11);
        for (Path file : files) {
            Acknowledgment ack = AcknowledgmentReader.read(Files.readString(file));
            assertThat(ack.transactions().size() + ack.groups().size() + ack.claims().size())
                    .as("what %s acknowledges", file.getFileName()).isPositive();
        }
    }

    @Test
    void a999RejectionNamesTheTransactionSetAndItsErrors() throws IOException {
        Acknowledgment ack = sample("imsweb/x12_999_rejected.txt");
        assertThat(ack.kind()).isEqualTo("999");
        assertThat(ack.transactions()).singleElement().satisfies(t -> {
            assertThat(t.groupControlNumber()).isEqualTo("28");
            assertThat(t.transactionControlNumber()).isEqualTo("0028");
            assertThat(t.accepted()).isFalse();
            assertThat(t.codes()).containsExactly("999:IK3:NM:1", "999:IK5:5");
        });
        assertThat(ack.groups()).singleElement().satisfies(g -> assertThat(g.accepted()).isFalse());
    }

    @Test
    void a999AcceptanceAccepts() throws IOException {
        Acknowledgment ack = sample("imsweb/x12_999_accepted.txt");
        assertThat(ack.transactions()).isNotEmpty().allSatisfy(t -> assertThat(t.accepted()).isTrue());
    }

    @Test
    void a277caRejectionCarriesThePayersReason() throws IOException {
        Acknowledgment ack = sample("imsweb/x12_277CA_rejected.txt");
        assertThat(ack.kind()).isEqualTo("277CA");
        assertThat(ack.claims()).singleElement().satisfies(c -> {
            assertThat(c.patientControlNumber()).isEqualTo("3920394930203");
            assertThat(c.payerClaimControlNumber()).isEqualTo("1107000000001120");
            assertThat(c.accepted()).isFalse();
            assertThat(c.codes()).containsExactly("277CA:A7:562:85");
        });
    }

    @Test
    void a277caAcceptanceAccepts() throws IOException {
        Acknowledgment ack = sample("imsweb/x12_277CA_accepted.txt");
        assertThat(ack.claims()).isNotEmpty().allSatisfy(c -> assertThat(c.accepted()).isTrue());
    }

    @Test
    void aBrokenFileIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> AcknowledgmentReader.read("ISA*00*bad~"))
                .isInstanceOf(X12ReadException.class);
        assertThatThrownBy(() -> AcknowledgmentReader.read("hello"))
                .isInstanceOf(X12ReadException.class);
    }
}
