package io.openrcm.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reader: segments with one rule for missing values, positions a 999 can quote, errors with their place. */
class X12SegmentReaderTest {

    private final X12SegmentReader reader = new X12SegmentReader();

    private X12Segment first(List<X12Segment> segments, String tag) {
        return segments.stream().filter(s -> s.tag().equals(tag)).findFirst().orElseThrow();
    }

    @Test
    void anAbsentOrEmptyElementReadsNull() {
        X12Segment ik3 = first(reader.readAll(Samples.ack999("8")).segments(), "IK3");
        assertThat(ik3.element(1)).isEqualTo("NM1");
        assertThat(ik3.element(3)).as("empty").isNull();
        assertThat(ik3.element(9)).as("absent").isNull();
        assertThat(ik3.component(1, 2)).isNull();
        assertThat(ik3.has(3)).isFalse();
        assertThat(ik3.has(4)).isTrue();
    }

    @Test
    void aCompositeKeepsItsComponents() {
        X12Segment ik4 = first(reader.readAll(Samples.ack999("8")).segments(), "IK4");
        assertThat(ik4.element(1)).isEqualTo("3");
        assertThat(ik4.component(1, 2)).isEqualTo("2");
        assertThat(ik4.components(1, 1, 4)).containsExactly("3", "2");
        assertThat(ik4.element(2)).isEqualTo("782");
    }

    @Test
    void positionsCountFromStInsideATransactionSet() {
        List<X12Segment> segments = reader.readAll(Samples.ack999("8")).segments();
        assertThat(segments).extracting(X12Segment::tag).startsWith("ISA", "GS", "ST").endsWith("SE", "GE", "IEA");
        assertThat(first(segments, "ST").position()).isEqualTo(1);
        assertThat(first(segments, "IK3").position()).isEqualTo(4);
        assertThat(first(segments, "SE").position()).isEqualTo(8);
        assertThat(first(segments, "IK3").loop()).as("no transaction schema, no loops").isNull();
    }

    @Test
    void aWrongTrailerCountIsAnErrorWithItsPlaceAndTheFileIsStillRead() {
        X12SegmentReader.X12Read read = reader.readAll(Samples.ack999("9"));
        assertThat(read.segments()).hasSize(12);
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(X12ReadError.Kind.ELEMENT);
            assertThat(e.type()).isEqualTo(EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT);
            assertThat(e.segmentTag()).isEqualTo("SE");
            assertThat(e.segmentPosition()).isEqualTo(8);
            assertThat(e.elementPosition()).isEqualTo(1);
            assertThat(e.value()).isEqualTo("9");
            assertThat(e).hasToString("segment 8 SE, element 01: control count does not match actual count");
        });
    }

    @Test
    void theHandlerHearsEveryEnd() {
        StringBuilder heard = new StringBuilder();
        reader.read(new java.io.ByteArrayInputStream(Samples.ack999("8").getBytes()), new X12Handler() {
            @Override
            public void segment(X12Segment segment) {
                heard.append(segment.tag()).append(' ');
            }

            @Override
            public void endTransaction() {
                heard.append("/ST ");
            }

            @Override
            public void endGroup() {
                heard.append("/GS ");
            }
        });
        assertThat(heard.toString()).contains("SE /ST GE /GS IEA");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> reader.readAll("ISA*00*bad~")).isInstanceOf(X12ReadException.class)
                .hasMessageContaining("offset 11");
        String cut = Samples.ack999("8").replace("AK2*837*0028~", "AK2*837*0028~IK3*NM1*5**8~~");
        assertThatThrownBy(() -> reader.readAll(cut)).isInstanceOf(X12ReadException.class)
                .satisfies(e -> assertThat(((X12ReadException) e).segmentPosition()).as(e.getMessage()).isPositive());
        assertThatThrownBy(() -> reader.readAll("hello")).isInstanceOf(X12ReadException.class);
    }

    @Test
    void aByteOrderMarkAndLineBreaksAreNoPartOfTheFile() {
        String withBreaks = "\uFEFF" + Samples.ack999("8").replace("~", "~\r\n");
        assertThat(reader.readAll(withBreaks).segments()).hasSize(12);
        assertThat(reader.readAll(withBreaks).errors()).isEmpty();
    }
}
