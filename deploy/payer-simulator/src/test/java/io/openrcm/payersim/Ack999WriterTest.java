package io.openrcm.payersim;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.claim.edi.Acknowledgment;
import io.openrcm.claim.edi.AcknowledgmentReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is structurally wrong in an 837P is rejected by the 999, located by IK3/IK4 (read back by claim-service's
 * acknowledgment reader), and gets no 277CA; a clean file is accepted.
 */
class Ack999WriterTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 2, 14, 0);

    @TempDir
    Path dir;

    private final Claim837Reader reader = new Claim837Reader();

    private static String clean() {
        return Claims837.file(51, Claims837.BCBS, List.of(Claims837.claim(1, "BCBS-IL", Claims837.LAKESIDE)));
    }

    private String ack(String file) {
        return Ack999Writer.write(reader.read(file.getBytes(StandardCharsets.US_ASCII)), "CLEARINGHOUSE", AT, 9);
    }

    @Test
    void aCleanFileIsAccepted() {
        String x12 = ack(clean());
        assertThat(x12).contains("AK1*HC*51*005010X222A1~", "AK2*837*0001*005010X222A1~", "IK5*A~", "AK9*A*1*1*1~",
                "GS*FA*CLEARINGHOUSE*OPENRCM*");
        Acknowledgment ack = AcknowledgmentReader.read(x12);
        assertThat(ack.transactions()).singleElement().satisfies(t -> assertThat(t.accepted()).isTrue());
    }

    @Test
    void aBadAmountIsLocatedBySegmentAndElement() {
        String broken = clean().replaceFirst("(CLM\\*[^*]+\\*)160\\.00\\*", "$116O.00*");
        String x12 = ack(broken);

        Acknowledgment ack = AcknowledgmentReader.read(x12);
        assertThat(ack.transactions()).singleElement().satisfies(t -> {
            assertThat(t.accepted()).isFalse();
            assertThat(t.codes()).contains("999:IK3:CLM:8", "999:IK4:2:6", "999:IK5:5");
        });
        assertThat(ack.groups()).singleElement().satisfies(g -> assertThat(g.code()).isEqualTo("R"));
        int clmPosition = segmentPosition(broken, "CLM");
        assertThat(x12).contains("IK3*CLM*" + clmPosition + "*2300*8~", "IK4*2*782*6~");
    }

    @Test
    void aTruncatedFileIsRejectedWhole() {
        String whole = clean();
        String x12 = ack(whole.substring(0, whole.indexOf("CLM*") + 20));
        Acknowledgment ack = AcknowledgmentReader.read(x12);
        assertThat(ack.groups()).singleElement().satisfies(g -> assertThat(g.accepted()).isFalse());
        assertThat(ack.transactions()).allSatisfy(t -> assertThat(t.accepted()).isFalse());
    }

    @Test
    void anotherVersionIsNotSupported() {
        String x12 = ack(clean().replace("005010X222A1", "005010X223A2"));
        assertThat(x12).contains("IK5*R*I6~", "AK9*R*1*1*0*2~");
    }

    @Test
    void aRejectedFileGetsA999AndNo277() throws IOException {
        Payer payer = new Payer(SimulatorConfig.defaults(), new Mailbox(dir.resolve("home")), dir.resolve("state"),
                new MutableClock(Instant.parse("2026-12-02T14:00:00Z")));
        Files.writeString(dir.resolve("home/inbound/bad.837"), clean().replace("005010X222A1", "005010X223A2"));
        assertThat(payer.cycle()).singleElement().satisfies(p -> assertThat(p.toString()).endsWith(".999"));
    }

    /** The 1-based position in its transaction set (ST = 1) of the first segment with this tag. */
    private static int segmentPosition(String x12, String tag) {
        String[] segments = x12.split("~");
        int st = -1;
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i].strip();
            if (s.startsWith("ST*")) {
                st = i;
            }
            if (s.startsWith(tag + "*")) {
                return i - st + 1;
            }
        }
        throw new AssertionError(tag + " not found");
    }
}
