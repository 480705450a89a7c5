package io.openrcm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Generated encounters as DFT^P03 (one FT1 per line, DG1 per diagnosis, IN1 per coverage) and their MLLP framing. */
class Hl7DftTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode sendableEncounter() {
        EncounterGenerator generator = new EncounterGenerator(JSON, 11, "H", 0.0, LocalDate.of(2026, 11, 28));
        for (int i = 0; i < 1000; i++) {
            JsonNode body = generator.next().body();
            if (Hl7Dft.sendable(body)) {
                return body;
            }
        }
        throw new AssertionError("no encounter of a practice with a sending facility");
    }

    private static List<String> fields(String er7, String segment, int occurrence) {
        return Arrays.stream(er7.split("\r")).filter(s -> s.startsWith(segment + "|")).skip(occurrence)
                .findFirst().map(s -> Arrays.asList(s.split("\\|", -1))).orElseThrow();
    }

    @Test
    void writesOneSegmentPerLineDiagnosisAndCoverage() {
        JsonNode body = sendableEncounter();
        String er7 = Hl7Dft.write(body, "CTRL1");
        List<String> msh = fields(er7, "MSH", 0);
        // MSH-n is at index n - 1 (MSH-1 is the field separator itself).
        assertThat(msh.get(3)).isEqualTo(Hl7Dft.FACILITIES.get(body.get("billingProviderNpi").asText()));
        assertThat(msh.get(8)).isEqualTo("DFT^P03^DFT_P03");
        assertThat(msh.get(9)).isEqualTo("CTRL1");
        assertThat(fields(er7, "PV1", 0).get(19)).isEqualTo(body.get("ehrEncounterId").asText());
        assertThat(er7.split("\rFT1\\|", -1)).hasSize(body.get("serviceLines").size() + 1);
        assertThat(er7.split("\rDG1\\|", -1)).hasSize(body.get("diagnoses").size() + 1);
        List<String> ft1 = fields(er7, "FT1", 0);
        JsonNode line = body.get("serviceLines").get(0);
        assertThat(ft1.get(4)).isEqualTo(body.get("dateOfService").asText().replace("-", ""));
        assertThat(ft1.get(6)).isEqualTo("CG");
        assertThat(ft1.get(7)).isEqualTo(line.get("code").asText() + "^^CPT");
        assertThat(ft1.get(10)).isEqualTo(line.get("units").asText());
        String firstDx = body.get("diagnoses").get(line.get("diagnosisPointers").get(0).asInt() - 1).isTextual()
                ? body.get("diagnoses").get(line.get("diagnosisPointers").get(0).asInt() - 1).asText() : null;
        if (firstDx != null) {
            assertThat(ft1.get(19).split("~")[0]).isEqualTo(firstDx);
        }
        int coverages = body.has("coverages") ? body.get("coverages").size() : 1;
        assertThat(er7.split("\rIN1\\|", -1)).hasSize(coverages + 1);
        assertThat(fields(er7, "IN1", 0).get(36)).isEqualTo(body.has("coverages")
                ? body.get("coverages").get(0).get("memberId").asText() : body.get("subscriber").get("memberId").asText());
    }

    @Test
    void aSpousesCoverageCarriesTheInsuredInIn1Fields16To19And43() {
        EncounterGenerator generator = new EncounterGenerator(JSON, 5, "S", 0.0, LocalDate.of(2026, 11, 28), 1.0);
        JsonNode body = generator.next().body();
        JsonNode spouse = body.get("coverages").get(1);
        List<String> in1 = fields(Hl7Dft.write(body, "C2"), "IN1", 1);
        assertThat(in1.get(3)).isEqualTo(spouse.get("payerId").asText());
        assertThat(in1.get(16)).isEqualTo(spouse.get("subscriber").get("lastName").asText() + "^"
                + spouse.get("subscriber").get("firstName").asText());
        assertThat(in1.get(17)).isEqualTo("SPO");
        assertThat(in1.get(18)).isEqualTo(spouse.get("subscriber").get("birthDate").asText().replace("-", ""));
        assertThat(in1.get(36)).isEqualTo(spouse.get("memberId").asText());
        assertThat(in1.get(43)).isEqualTo(spouse.get("subscriber").get("sex").asText());
    }

    @Test
    void escapesDelimitersInValues() {
        assertThat(Hl7Dft.esc("A|B^C~D\\E&F")).isEqualTo("A\\F\\B\\S\\C\\R\\D\\E\\E\\T\\F");
    }

    @Test
    void sendsAFrameAndReadsTheAck() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> {
                try (Socket s = listener.accept()) {
                    InputStream in = s.getInputStream();
                    ByteArrayOutputStream message = new ByteArrayOutputStream();
                    for (int b = in.read(); b != 0x1C; b = in.read()) {
                        if (b != 0x0B) {
                            message.write(b);
                        }
                    }
                    in.read();
                    OutputStream out = s.getOutputStream();
                    out.write(0x0B);
                    out.write("MSH|^~\\&|OPENRCM|X\rMSA|AA|C9\r".getBytes(StandardCharsets.UTF_8));
                    out.write(new byte[] {0x1C, 0x0D});
                    out.flush();
                    return message.toString(StandardCharsets.UTF_8);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try (MllpClient client = new MllpClient("127.0.0.1", listener.getLocalPort(), 30_000)) {
                String ack = client.send("MSH|^~\\&|RCM-BENCH|LAKESIDE\r");
                assertThat(MllpClient.ackCode(ack)).isEqualTo("AA");
            }
            assertThat(received.get()).isEqualTo("MSH|^~\\&|RCM-BENCH|LAKESIDE\r");
        }
    }

    @Test
    void anAckStandsForTheStatusTheReportCounts() {
        assertThat(MllpLoad.statusOf(MllpClient.ackCode("MSH|^~\\&|OPENRCM\rMSA|AA|C1\r"))).isEqualTo(201);
        assertThat(MllpLoad.statusOf(MllpClient.ackCode("MSH|^~\\&|OPENRCM\rMSA|AE|C1\rERR||FT1^1^7\r")))
                .isEqualTo(400);
        assertThat(MllpLoad.statusOf(MllpClient.ackCode("MSH|^~\\&|OPENRCM\rMSA|AR\r"))).isEqualTo(403);
        assertThat(MllpLoad.statusOf(MllpClient.ackCode("garbage"))).isZero();
    }

    @Test
    void mllpIntakeIsAnOptionThatSendsFlatOut() {
        assertThat(BenchOptions.parse(new String[] {"--intake=mllp"}, java.util.Map.of()).text("mllp-port")).isEqualTo("2575");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--intake=mllp",
                "--rate=10"}, java.util.Map.of())).hasMessageContaining("flat out");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--intake=x"}, java.util.Map.of()))
                .hasMessageContaining("json or mllp");
    }
}
