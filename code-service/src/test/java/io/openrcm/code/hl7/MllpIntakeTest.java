package io.openrcm.code.hl7;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.app.Initiator;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;
import io.agroal.api.AgroalDataSource;
import io.openrcm.code.support.CodeServiceTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.code.support.Hl7Messages;
import io.openrcm.code.support.Rows;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DFT^P03 over MLLP from HAPI's own client, against the real database: AA only once stored (into the same encounter
 * model and coder queue as JSON), the first ACK again for a resent control id, AE/AR naming the field at fault.
 */
@CodeServiceTest
@TestSecurity(user = "ehr.test", roles = {"ehr-integration", "coder"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
class MllpIntakeTest {

    static HapiContext hapi;

    @Inject
    MllpServer server;
    @Inject
    AgroalDataSource db;
    @Inject
    MeterRegistry meters;

    @BeforeAll
    static void client() {
        hapi = new DefaultHapiContext();
    }

    @AfterAll
    static void close() throws Exception {
        hapi.close();
    }

    private Message send(String er7) throws Exception {
        Connection connection = hapi.newClient("127.0.0.1", server.port(), false);
        try {
            Initiator initiator = connection.getInitiator();
            initiator.setTimeout(120, TimeUnit.SECONDS);
            return initiator.sendAndReceive(hapi.getPipeParser().parse(er7));
        } finally {
            connection.close();
        }
    }

    /** Sends bytes as framed MLLP on a plain socket: for messages HAPI's client would not send. */
    private String sendRaw(String er7) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(0x0B);
            out.write(er7.getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {0x1C, 0x0D});
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream ack = new ByteArrayOutputStream();
            for (int b = in.read(); b != 0x1C && b >= 0; b = in.read()) {
                if (b != 0x0B) {
                    ack.write(b);
                }
            }
            return ack.toString(StandardCharsets.UTF_8);
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }

    @Test
    void aVisitOverMllpIsStoredAndAcknowledgedAa() throws Exception {
        String control = unique();
        String visit = "V-HL7-" + control;
        Message ack = send(Hl7Messages.visit(control, visit).er7());
        Terser t = new Terser(ack);
        assertThat(t.get("/MSA-1")).isEqualTo("AA");
        assertThat(t.get("/MSA-2")).isEqualTo(control);
        assertThat(t.get("/MSH-5")).isEqualTo("EPIC");
        given().queryParam("ehrEncounterId", visit).get("/encounters").then().statusCode(200)
                .body("status", equalTo("CODED"))
                .body("billingProviderNpi", equalTo(TestPractices.LAKESIDE))
                .body("serviceLines.code", contains("99213", "36415", "85025"))
                .body("serviceLines[2].units", equalTo(1))
                .body("serviceLines[0].modifiers", contains("25"))
                .body("diagnoses.code", contains("E119", "I10"));
        try (var c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v.payer_id, v.relationship, v.member_id FROM encounter_coverage v"
                        + " JOIN encounter e ON e.id = v.encounter_id WHERE e.ehr_encounter_id = '" + visit + "'"
                        + " ORDER BY v.position")) {
            rs.next();
            assertThat(rs.getString(1) + " " + rs.getString(2)).isEqualTo("BCBS-IL 18");
            rs.next();
            assertThat(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                    .isEqualTo("AETNA 01 W987654321");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void aResentControlIdGetsTheFirstAnswerAndStoresNothingNew() throws Exception {
        String control = unique();
        String visit = "V-HL7-" + control;
        String first = sendRaw(Hl7Messages.visit(control, visit).er7());
        // The same control id with other charges: a resend is answered from the log, never processed again.
        String again = sendRaw(Hl7Messages.visit(control, visit)
                .replace("FT1", 1, Hl7Messages.ft1(2, "CG", "93000", "1", "E11.9", "")).er7());
        assertThat(first).contains("MSA|AA|" + control);
        assertThat(again).isEqualTo(first);
        try (var c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM encounter e JOIN encounter_service_line l"
                        + " ON l.encounter_id = e.id WHERE e.ehr_encounter_id = '" + visit + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(3);
        }
    }

    @Test
    void messagesOnConcurrentConnectionsAreStoredInSharedTransactionsEachWithItsOwnAck() throws Exception {
        // Twelve visits on twelve connections at once, and one more visit sent twice at the same moment on two
        // connections under one control id (a sender's resend racing its first try).
        List<String> controls = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String control = unique();
            controls.add(control);
            messages.add(Hl7Messages.visit(control, "V-HL7-" + control).er7());
        }
        String raced = unique();
        controls.add(raced);
        controls.add(raced);
        messages.add(Hl7Messages.visit(raced, "V-HL7-" + raced).er7());
        messages.add(Hl7Messages.visit(raced, "V-HL7-" + raced).er7());
        double groupedBefore = meters.counter("rcm.encounters.micro-batched").count();

        ExecutorService pool = Executors.newFixedThreadPool(messages.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> acks = new ArrayList<>();
        for (String message : messages) {
            acks.add(pool.submit(() -> {
                start.await();
                return sendRaw(message);
            }));
        }
        start.countDown();
        List<String> answers = new ArrayList<>();
        for (Future<String> ack : acks) {
            answers.add(ack.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        for (int i = 0; i < answers.size(); i++) {
            String control = controls.get(i);
            assertThat(answers.get(i)).as(control).contains("MSA|AA|" + control);
            assertThat(Rows.encountersFor(db, "V-HL7-" + control)).as(control).isEqualTo(1);
            // The log row that answers a resend holds exactly the ACK this connection got.
            assertThat(Rows.count(db, "SELECT count(*) FROM hl7_message WHERE control_id = ?"
                    + " AND btrim(ack, E'\\r\\n') = ?", control, answers.get(i).strip())).as(control).isEqualTo(1);
            // Audited once, as the MLLP sender, in the transaction that stored it.
            assertThat(Rows.count(db, "SELECT count(*) FROM audit_record r JOIN encounter e ON r.resource_id ="
                    + " e.id::text WHERE e.ehr_encounter_id = ? AND r.action = 'encounter.create'"
                    + " AND r.username = 'mllp:loopback'", "V-HL7-" + control)).as(control).isEqualTo(1);
        }
        assertThat(answers.get(12)).isEqualTo(answers.get(13));
        // Every message that was stored went through the micro-batcher (a group that fails, as the raced pair's
        // may, then hands its messages back to be stored one by one). The raced twin that arrives after its pair
        // has committed is answered from the message log without reaching the batcher, so 13 or 14.
        assertThat(meters.counter("rcm.encounters.micro-batched").count() - groupedBefore).isBetween(13.0, 14.0);
    }

    @Test
    void aMessageWithoutControlIdIsRejectedAtMsh10() throws Exception {
        String ack = sendRaw(Hl7Messages.visit("", "V-X").er7());
        assertThat(ack).contains("\rMSA|AR\r").contains("ERR||MSH^1^10|101^Required field missing^HL70357|E");
    }

    @Test
    void anotherTriggerEventIsRejectedAtMsh9() throws Exception {
        String control = unique();
        String er7 = Hl7Messages.visit(control, "V-" + control).er7().replace("DFT^P03^DFT_P03", "ADT^A01^ADT_A01");
        String ack = sendRaw(er7);
        assertThat(ack).contains("MSA|AR|" + control).contains("ERR||MSH^1^9|200^");
        String p11 = sendRaw(Hl7Messages.visit(unique(), "V-P11").er7().replace("DFT^P03^DFT_P03", "DFT^P11"));
        assertThat(p11).contains("MSA|AR|").contains("ERR||MSH^1^9|201^Unsupported event code");
    }

    @Test
    void aBrokenSegmentGetsAnErrorAtItsField() throws Exception {
        String control = unique();
        String visit = "V-" + control;
        // The second FT1 has lost its date and carries a quantity that is no number.
        String er7 = Hl7Messages.visit(control, visit)
                .replace("FT1", 1, Hl7Messages.seg("FT1", 1, 2, 6, "CG", 7, "36415", 10, "1x")).er7();
        String ack = sendRaw(er7);
        assertThat(ack).contains("MSA|AE|" + control).contains("ERR||FT1^2^4|101^").contains("ERR||FT1^2^10|102^");
        given().queryParam("ehrEncounterId", visit).get("/encounters").then().statusCode(404);
    }

    @Test
    void aCodeThatIsNoCptIsAnErrorAtFt1Dash7AndAnUnknownOneWaitsForACoder() throws Exception {
        String control = unique();
        String bad = sendRaw(Hl7Messages.visit(control, "V-" + control)
                .replace("FT1", 1, Hl7Messages.ft1(2, "CG", "3641", "1", "E11.9", "")).er7());
        assertThat(bad).contains("MSA|AE|" + control).contains("ERR||FT1^2^7|103^Table value not found");

        String known = unique();
        String visit = "V-" + known;
        String ack = sendRaw(Hl7Messages.visit(known, visit)
                .replace("FT1", 1, Hl7Messages.ft1(2, "CG", "99499", "1", "E11.9", "")).er7());
        // Well formed but not in the code set: stored, AA, a warning at the field, and the coder queue.
        assertThat(ack).contains("MSA|AA|" + known).contains("ERR||FT1^2^7|103^").contains("|W|");
        given().queryParam("ehrEncounterId", visit).get("/encounters").then().statusCode(200)
                .body("status", equalTo("NEEDS_REVIEW"));
    }

    @Test
    void anUnknownFacilityIsRejectedAtMsh4() throws Exception {
        String control = unique();
        String ack = sendRaw(Hl7Messages.visit(control, "V-" + control).er7().replace("|EPIC|LAKESIDE|",
                "|EPIC|ELSEWHERE|"));
        assertThat(ack).contains("MSA|AR|" + control).contains("ERR||MSH^1^4|204^");
    }

    @Test
    void overHttpsTheTokenMustCarryTheFacilitysPractice() {
        String control = unique();
        String visit = "V-" + control;
        given().contentType("x-application/hl7-v2+er7")
                .body(Hl7Messages.visit(control, visit).er7().getBytes(StandardCharsets.UTF_8))
                .post("/hl7/v2").then().statusCode(200).contentType("x-application/hl7-v2+er7")
                .body(org.hamcrest.Matchers.containsString("MSA|AA|" + control));
        given().queryParam("ehrEncounterId", visit).get("/encounters").then().statusCode(200);
    }

    @Test
    @OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ONLY_PRAIRIE, type = ClaimType.JSON_ARRAY))
    void overHttpsAnotherPracticesFacilityIsRefusedAndNothingStored() {
        String control = unique();
        String visit = "V-" + control;
        given().contentType("text/plain; charset=UTF-8")
                .body(Hl7Messages.visit(control, visit).er7().replace('\r', '\n').getBytes(StandardCharsets.UTF_8))
                .post("/hl7/v2").then().statusCode(403)
                .body(org.hamcrest.Matchers.containsString("MSA|AR|" + control))
                .body(org.hamcrest.Matchers.containsString("ERR||MSH^1^4|204^"));
    }
}
