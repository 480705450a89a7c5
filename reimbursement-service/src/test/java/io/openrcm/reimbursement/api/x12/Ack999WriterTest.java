package io.openrcm.reimbursement.api.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The 999 as StAEDI writes it is, to the byte, the 999 the former string concatenation wrote. */
class Ack999WriterTest {

    @Test
    void aRefusedFileGetsItsIk3AndIk4WithEmptyLoopsAndComponentsAsBefore() {
        Era835File file = new Era835Reader().read(SampleFiles.bytes("linuxforhealth/secondary-payment.835"));
        String ack = Ack999Writer.write(file, ZonedDateTime.parse("2026-11-28T10:40:00Z"), 795862400);
        assertThat(ack).isEqualTo("""
                ISA*00*          *00*          *ZZ*12345          *ZZ*000000005      *261128*1040*^*00501*795862400*0*T*:~
                GS*FA*12345*000000005*20261128*1040*795862400*X*005010X231A1~
                ST*999*0001*005010X231A1~
                AK1*HP*1*005010X221A1~
                AK2*835*1234~
                IK3*BPR*2**8~
                IK4*16*373*1~
                IK3*SVC*27*2110*8~
                IK4*1:1*235*5~
                IK4*1:2*234*1~
                IK3*SVC*32*2110*8~
                IK4*1:1*235*5~
                IK4*1:2*234*1~
                IK5*R*5~
                AK9*R*1*1*0~
                SE*14*0001~
                GE*1*795862400~
                IEA*1*795862400~
                """);
    }

    @Test
    void theControlNumberGoesToIsa13OnNineDigitsAndToGs06AndTheTrailers() {
        Era835File file = new Era835Reader().read(SampleFiles.bytes("stupidedi/tertiary-payments.edi"));
        String ack = Ack999Writer.write(file, ZonedDateTime.parse("2026-11-28T10:40:00Z"), 42);
        assertThat(ack).contains("*00501*000000042*0*", "*1040*42*X*005010X231A1~", "GE*1*42~", "IEA*1*000000042~");
    }
}
