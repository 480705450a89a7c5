package io.openrcm.reimbursement.api.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** What real payers send at the edges of X12: a byte order mark, another version, huge numbers, tolerable errors. */
class Era835EdgesTest {

    private final Era835Reader reader = new Era835Reader();

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String separate() {
        return SampleFiles.text("stupidedi/dollars-and-data-sent-separate.edi");
    }

    @Test
    void aByteOrderMarkAndBlankLinesBeforeTheIsaAreRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = bytes("\r\n\r\n  " + separate());
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        Era835File read = reader.read(file);
        assertThat(read.allErrors()).isEmpty();
        assertThat(read.remittances()).hasSize(1);
    }

    @Test
    void anStWhereNoSetCanStartIsAFileErrorNotACrash() {
        // Two sets, the first one's SE lost: StAEDI refuses a schema there (it threw IllegalStateException, a 500).
        String one = separate();
        String set = one.substring(one.indexOf("ST*"), one.indexOf("GE*"));
        String file = one.replace(set, set.substring(0, set.indexOf("SE*")) + set.replace("ST*835*", "ST*835*9"))
                .replaceFirst("GE\\*1\\*", "GE*2*");
        Era835File read = reader.read(bytes(file));
        assertThat(read.accepted()).isFalse();
        assertThat(read.allErrors()).anySatisfy(e -> assertThat(e.reason()).contains("is the SE before it missing"));
        assertThat(Ack999Writer.write(read, ZonedDateTime.now(), 1)).contains("AK9*R");
    }

    @Test
    void anotherVersionIsRefusedWithOneErrorNamingBothVersions() {
        String file = separate().replace("*>*00501*", "*U*00401*").replace("005010X221A1", "004010X091A1");
        Era835File read = reader.read(bytes(file));
        assertThat(read.accepted()).isFalse();
        assertThat(read.allErrors()).hasSize(1);
        assertThat(read.allErrors().get(0).reason()).contains("004010X091A1", "005010X221A1");
        String ack = Ack999Writer.write(read, ZonedDateTime.now(), 1);
        assertThat(ack).contains("AK1*HP*", "*004010X091A1~", "AK9*R*1*1*0*2~");
    }

    @Test
    void unitsBeyondAnyServiceAreAnElementErrorAtTheirPlace() {
        String file = separate().replaceFirst("(SVC\\*HC:[^*~]*\\*[^*~]*\\*[^*~]*)~", "$1**1E600000000~");
        Era835File read = reader.read(bytes(file));
        assertThat(read.accepted()).isFalse();
        assertThat(read.allErrors()).singleElement().satisfies(e -> {
            assertThat(e.segmentTag()).isEqualTo("SVC");
            assertThat(e.elementPosition()).isEqualTo(5);
            assertThat(e.reason()).contains("units");
        });
        assertThat(Ack999Writer.write(read, ZonedDateTime.now(), 1)).contains("IK4*5*380*");
    }

    @Test
    void aBadCheckDateIsToleratedOnlyForAPayerThatAllowsIt() {
        // managed-care.835: BPR16 20002316 is not a date; it touches neither money nor matching.
        Era835File read = reader.read(SampleFiles.bytes("linuxforhealth/managed-care.835"));
        assertThat(read.accepted()).isFalse();
        assertThat(read.tolerating(payer -> false).accepted()).isFalse();
        Era835File tolerated = read.tolerating("1935665544"::equals);
        assertThat(tolerated.accepted()).isTrue();
        assertThat(tolerated.remittances()).singleElement().satisfies(r ->
                assertThat(r.paymentDate()).isEqualTo(LocalDate.of(2002, 3, 14))); // DTM*405, the production date
        assertThat(Ack999Writer.write(tolerated, ZonedDateTime.now(), 1))
                .contains("IK3*BPR*2**8~", "IK4*16*373*8~", "IK5*E~", "AK9*E*1*1*1~");
    }

    @Test
    void aMalformedContactNumberIsToleratedButAMoneyErrorNeverIs() {
        String badPhone = separate().replace("*TE*8005551212", "*TE*" + "8".repeat(300));
        Era835File read = reader.read(bytes(badPhone));
        assertThat(read.accepted()).isFalse();
        assertThat(read.tolerating(p -> true).accepted()).isTrue();
        assertThat(read.tolerating(p -> true).transactions().get(0).errors()).singleElement()
                .satisfies(e -> assertThat(e.segmentTag()).isEqualTo("PER"));
        Era835File badMoney = reader.read(bytes(separate().replace("BPR*I*945*", "BPR*I*945.001*")));
        assertThat(badMoney.tolerating(p -> true).accepted()).isFalse();
    }
}
