package io.openrcm.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What real files put before their ISA: a UTF-8 byte order mark, blank lines, spaces. */
class X12SegmentReaderTest {

    private static List<String> tags(String file) {
        List<String> tags = new ArrayList<>();
        List<X12ReadError> errors = new ArrayList<>();
        new X12SegmentReader().read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                new X12Handler() {
                    @Override
                    public void segment(X12Segment segment) {
                        tags.add(segment.tag());
                    }

                    @Override
                    public void error(X12ReadError error) {
                        errors.add(error);
                    }
                });
        assertThat(errors).isEmpty();
        return tags;
    }

    @Test
    void aByteOrderMarkAndBlankLinesBeforeTheIsaAreSkippedWhenStreaming() {
        String file = Samples.ack999("8");
        assertThat(tags("\uFEFF" + file)).startsWith("ISA", "GS").endsWith("IEA");
        assertThat(tags("\r\n\r\n  \t" + file)).startsWith("ISA", "GS").endsWith("IEA");
        assertThat(tags("\uFEFF\n\n" + file + "\n")).startsWith("ISA", "GS").endsWith("IEA");
    }

    @Test
    void identifiersCarryingDelimitersAreFound() {
        assertThat(SegmentWriter.delimiterIn("XGH1*~")).isEqualTo('*');
        assertThat(SegmentWriter.delimiterIn("A:B")).isEqualTo(':');
        assertThat(SegmentWriter.delimiterIn("A^B")).isEqualTo('^');
        assertThat(SegmentWriter.delimiterIn("XGH1")).isNull();
        assertThat(SegmentWriter.delimiterIn(null)).isNull();
    }
}
