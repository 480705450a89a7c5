package io.openrcm.code.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An ACK gets its own control id and leaves nothing behind in the working directory. */
class Hl7AcksTest {

    @Test
    void anAckWritesNoCounterFileIntoTheWorkingDirectory() throws Exception {
        Path counter = Path.of("id_file");
        Files.deleteIfExists(counter);

        String ack = Hl7Acks.ack(null, "AA", List.of());

        assertThat(counter).as("HAPI's file-based id generator's counter file").doesNotExist();
        String msh10 = ack.split("\r")[0].split("\\|")[9];
        assertThat(msh10).matches("[0-9a-f]{20}");
        assertThat(Hl7Acks.ack(null, "AA", List.of()).split("\r")[0].split("\\|")[9]).isNotEqualTo(msh10);
    }
}
