package io.openrcm.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Envelopes written with StAEDI's control schema checking them, then read back. */
class EnvelopesTest {

    private static final InterchangeHeader HEADER = new InterchangeHeader("ZZ", "OPENRCM", "ZZ", "PAYER01",
            LocalDateTime.of(2026, 11, 28, 10, 40), 42, "T");

    private static String write(int transactions) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EDIOutputFactory factory = SegmentWriter.factory();
        List<String> errors = new ArrayList<>();
        factory.setErrorReporter((error, w, location, data, ref) -> errors.add(error + " at " + location));
        EDIStreamWriter w = factory.createEDIStreamWriter(out, StandardCharsets.UTF_8.name());
        w.setControlSchema(SchemaFactory.newFactory().getControlSchema(EDIStreamConstants.Standards.X12,
                new String[] {Envelopes.RELEASE}));
        SegmentWriter s = new SegmentWriter(w);
        w.startInterchange();
        Envelopes.isa(s, HEADER);
        Envelopes.gs(s, "FA", HEADER, "005010X231A1");
        for (int n = 1; n <= transactions; n++) {
            String control = Envelopes.transactionControl(n);
            Envelopes.st(s, "999", control, "005010X231A1");
            s.write("AK1", "HC", "28", "005010X222A1");
            s.write("AK9", "A", "0", "0", "0");
            Envelopes.se(s, control);
        }
        Envelopes.ge(s, transactions, HEADER);
        Envelopes.iea(s, HEADER);
        w.endInterchange();
        w.close();
        assertThat(errors).isEmpty();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesThePaddedIsaAndTheGroupWithTheSameControlNumber() throws Exception {
        String x12 = write(1);
        assertThat(x12).startsWith("ISA*00*          *00*          *ZZ*OPENRCM        *ZZ*PAYER01        *261128*1040"
                + "*^*00501*000000042*0*T*:~")
                .contains("GS*FA*OPENRCM*PAYER01*20261128*1040*42*X*005010X231A1~", "ST*999*0001*005010X231A1~",
                        "SE*4*0001~", "GE*1*42~", "IEA*1*000000042~");
    }

    @Test
    void whatIsWrittenReadsBackWithoutErrorAndTheSameHeaders() throws Exception {
        X12SegmentReader.X12Read read = new X12SegmentReader().readAll(write(2));
        assertThat(read.errors()).isEmpty();
        assertThat(InterchangeHeader.of(read.segments().get(0))).isEqualTo(HEADER);
        assertThat(GroupHeader.of(read.segments().get(1))).isEqualTo(new GroupHeader("FA", "42", "005010X231A1"));
        assertThat(read.segments().stream().filter(s -> s.tag().equals("ST")).map(TransactionHeader::of))
                .containsExactly(new TransactionHeader("999", "0001", "005010X231A1"),
                        new TransactionHeader("999", "0002", "005010X231A1"));
    }

    @Test
    void controlNumbersHaveTheirFixedWidths() {
        assertThat(Envelopes.interchangeControl(ControlNumbers.MAX)).isEqualTo("999999999");
        assertThat(Envelopes.interchangeControl(7)).isEqualTo("000000007");
        assertThat(Envelopes.transactionControl(12)).isEqualTo("0012");
        assertThat(Envelopes.pad("A-VERY-LONG-SENDER-ID", 15)).isEqualTo("A-VERY-LONG-SEN");
    }

    @Test
    void textIsMadePlainAndDelimitersAreRefused() throws Exception {
        assertThat(SegmentWriter.text("Zoë Smith\tjr", 60)).isEqualTo("ZOE SMITH JR");
        assertThat(SegmentWriter.text("abcdef", 3)).isEqualTo("ABC");
        // A delimiter in a value is refused, not stripped: "XGH1*~" must not go out as "XGH1" (issue 13).
        assertThat(SegmentWriter.text("Zoë*Smith~ jr:", 60)).isEqualTo("ZOE*SMITH~ JR:");
        SegmentWriter s = new SegmentWriter(SegmentWriter.factory().createEDIStreamWriter(new ByteArrayOutputStream()));
        assertThatThrownBy(() -> s.write("NM1", "IL", "1", "EXAMPLE", null, null, null, null, "MI", "XGH1*~"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("NM109 holds the X12 delimiter '*'");
        assertThatThrownBy(() -> s.write("SV1", new String[] {"HC", "99213:25"}, "135.00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("SV101 holds the X12 delimiter ':'");
    }
}
