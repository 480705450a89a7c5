package io.openrcm.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast path without a transaction schema (a 999 as the claim service reads it): the same segments as StAEDI
 * gives for a clean file, and a refusal (false) wherever StAEDI has something to say or the tokenizer does not go.
 */
class FastReaderTest {

    private static final String ACK = """
            ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*OPENRCM        *261128*0931*^*00501*000000101*0*T*:~
            GS*FA*CLEARINGHOUSE*OPENRCM*20261128*0931*101*X*005010X231A1~
            ST*999*0001*005010X231A1~
            AK1*HC*5*005010X222A1~
            AK2*837*0001*005010X222A1~
            IK3*CLM*12**8~
            IK4*5:2*1331*7*B~
            IK5*R*5~
            AK9*R*1*1*0~
            SE*8*0001~
            GE*1*101~
            IEA*1*000000101~
            """;

    @Test
    void aCleanFileGivesTheSegmentsStaediGives() {
        Recorder fast = new Recorder();
        assertThat(new X12SegmentReader().readValidated(bytes(ACK), fast)).isTrue();
        Recorder staedi = new Recorder();
        new X12SegmentReader().read(new ByteArrayInputStream(bytes(ACK)), staedi);
        assertThat(staedi.errors).isEmpty();
        assertThat(fast.events).isEqualTo(staedi.events).hasSize(14);
        assertThat(fast.events.get(6)).contains("IK4", "[5, 2]", "position=5");
    }

    @Test
    void whatStaediReportsOrTheTokenizerDoesNotTakeGoesToStaedi() {
        assertRefusedAndStaediFinds(ACK.replace("SE*8*0001", "SE*7*0001"));        // SE01 count
        assertRefusedAndStaediFinds(ACK.replace("GE*1*101", "GE*1*102"));          // GE02 reference
        assertRefused(ACK.replace("IK5*R*5~", "IK5*R*5^6~"));                       // a repetition
        assertRefused(ACK.replace("AK9*R*1*1*0~", "AK9*R*1*1*0*~"));                // a trailing element separator
        assertRefused(ACK.replace("IK3*CLM", "IK3*CLÉ"));                           // not ASCII
        assertRefused(ACK + "  ");                                                  // trailing spaces
        assertRefused(ACK.replace("*00501*", "*00401*"));                           // another ISA12
    }

    private static void assertRefused(String file) {
        assertThat(new X12SegmentReader().readValidated(bytes(file), new Recorder())).isFalse();
    }

    private static void assertRefusedAndStaediFinds(String file) {
        assertRefused(file);
        Recorder staedi = new Recorder();
        new X12SegmentReader().read(new ByteArrayInputStream(bytes(file)), staedi);
        assertThat(staedi.errors).isNotEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final class Recorder implements X12Handler {
        final List<String> events = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public void segment(X12Segment segment) {
            events.add(segment.toString());
        }

        @Override
        public void endTransaction() {
            events.add("end transaction");
        }

        @Override
        public void endGroup() {
            events.add("end group");
        }

        @Override
        public void error(X12ReadError error) {
            errors.add(error.toString());
        }
    }
}
