package io.openrcm.reimbursement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.openrcm.infra.KeycloakTestResource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.testsupport.TestPractices;
import io.openrcm.testsupport.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A payer integration posts a real 835, which names its payer by TRN03, N1*PR and REF*2U rather than by our payer id:
 * the identifiers resolve through payer_edi_identifier, and the real Keycloak token of client payer-bcbs-il (payer_id
 * BCBS-IL) is checked against the payer they name.
 */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "reimbursement"))
@WithTestResource(KeycloakTestResource.class)
class PayerEdiIdentifierTest {

    @Inject
    AgroalDataSource dataSource;

    private static String era(String trace, String trn03, String n1) {
        return era(trace, trn03, n1, "");
    }

    /** The README walk-through's 835 with this TRN03, N1*PR segment and optional REF (after N4, as loop 1000A wants). */
    private static String era(String trace, String trn03, String n1, String ref) {
        String d = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        String body = "BPR*I*90*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*888888888*DA*654321*" + d + "~"
                + "TRN*1*" + trace + "*" + trn03 + "~DTM*405*" + d + "~" + n1
                + "N3*300 E RANDOLPH ST~N4*CHICAGO*IL*60601~" + ref + "PER*BL*EDI*TE*8005551212~"
                + "N1*PE*DEMO CLINIC*XX*" + TestPractices.LAKESIDE + "~LX*1~"
                + "CLP*" + UUID.randomUUID() + "*1*135*90*15*12*PCN-" + trace + "~NM1*QC*1*EXAMPLE*JANE****MI*XGH1~"
                + "SVC*HC:99213*135*90**1~DTM*472*" + d + "~CAS*CO*45*30~CAS*PR*3*15~";
        int segments = body.split("~").length + 2;
        return "ISA*00*          *00*          *ZZ*BCBSIL         *ZZ*OPENRCM        *" + d.substring(2)
                + "*1200*^*00501*000000101*0*P*:~GS*HP*BCBSIL*OPENRCM*" + d + "*1200*101*X*005010X221A1~"
                + "ST*835*0001~" + body + "SE*" + segments + "*0001~GE*1*101~IEA*1*000000101~";
    }

    private static Response post(String token, String file) {
        return given().auth().oauth2(token).contentType("application/edi-x12")
                .body(file.getBytes(StandardCharsets.ISO_8859_1)).post("/remittances");
    }

    private static String payer() {
        return TestTokens.clientCredentials("payer-bcbs-il");
    }

    private long stored(String trace) {
        return ((Number) new Db(dataSource).value("SELECT count(*) FROM remittance WHERE trace_number = ?", trace))
                .longValue();
    }

    private long acknowledgments() {
        return ((Number) new Db(dataSource).value("SELECT count(*) FROM x12_acknowledgment")).longValue();
    }

    @Test
    void thePayerClientPostsTheReadme835AndReadsItBackAsBcbsIl() {
        String trace = "EFT-" + UUID.randomUUID();
        String file = era(trace, "1512345678", "N1*PR*BLUE CROSS BLUE SHIELD OF ILLINOIS~");
        String id = post(payer(), file)
                .then().statusCode(201).body("remittances", hasSize(1)).extract().path("remittances[0].remittanceId");
        given().auth().oauth2(payer()).get("/remittances/" + id).then().statusCode(200)
                .body("payerId", equalTo("BCBS-IL")).body("traceNumber", equalTo(trace));
        // Sent again: the same remittance (payer BCBS-IL and the trace number), nothing posted twice.
        post(payer(), file).then().statusCode(200);
        assertThat(stored(trace)).isEqualTo(1);
    }

    @Test
    void anN1PrPayerIdOrARef2uNamesThePayerWhenTrn03IsUnknown() {
        String trace = "EFT-" + UUID.randomUUID();
        post(payer(), era(trace, "1000000001", "N1*PR*BLUE CROSS*PI*BCBS-IL~")).then().statusCode(201);
        String other = "EFT-" + UUID.randomUUID();
        post(payer(), era(other, "1000000001", "N1*PR*BLUE CROSS~", "REF*2U*BCBS-IL~")).then().statusCode(201);
        assertThat(new Db(dataSource).value("SELECT string_agg(DISTINCT payer_id, ',') FROM remittance"
                + " WHERE trace_number IN (?, ?)", trace, other)).isEqualTo("BCBS-IL");
    }

    @Test
    void anotherPayersFileIsRefusedWith403AndNothingIsStored() {
        String trace = "EFT-" + UUID.randomUUID();
        long acks = acknowledgments();
        // TRN03 1223344556 is AETNA's: the BCBS-IL client may not post it.
        post(payer(), era(trace, "1223344556", "N1*PR*AETNA~")).then().statusCode(403)
                .contentType(containsString("application/problem+json"))
                .body("type", endsWith("payer-not-permitted")).body("detail", containsString("not AETNA"));
        assertThat(stored(trace)).isZero();
        assertThat(acknowledgments()).isEqualTo(acks);
        // A biller of the payee practice may still key it (the remittance is AETNA's).
        post(TestTokens.forRole("biller"), era(trace, "1223344556", "N1*PR*AETNA~")).then().statusCode(201);
        assertThat(new Db(dataSource).value("SELECT payer_id FROM remittance WHERE trace_number = ?", trace))
                .isEqualTo("AETNA");
    }

    @Test
    void anUnknownPayerIs422NamingTheSegmentAndNothingIsStored() {
        String trace = "EFT-" + UUID.randomUUID();
        long acks = acknowledgments();
        for (String token : new String[] {payer(), TestTokens.forRole("biller")}) {
            post(token, era(trace, "1999999999", "N1*PR*NOBODY WE KNOW~")).then().statusCode(422)
                    .contentType(containsString("application/problem+json"))
                    .body("type", endsWith("unknown-payer"))
                    .body("detail", containsString("TRN03 1999999999"))
                    .body("violations[0].pointer", equalTo("ST 0001 / segment 3 TRN / element 03"));
        }
        assertThat(stored(trace)).isZero();
        assertThat(acknowledgments()).isEqualTo(acks);
    }

    @Test
    void migrationV12_3ReKeysEarlierX12RemittancesFromTrn03ToThePayerUnlessThatCollides() throws Exception {
        Db db = new Db(dataSource);
        String moved = "OLD-" + UUID.randomUUID();
        String clash = "OLD-" + UUID.randomUUID();
        String insert = "INSERT INTO remittance (id, payer_id, trace_number, payment_date, payment_method, total_paid,"
                + " fingerprint, received_at, source) VALUES (?::uuid, ?, ?, current_date, 'ACH', 1.00, 'f', now(), ?)";
        db.update(insert, UUID.randomUUID().toString(), "1512345678", moved, "X12");
        db.update(insert, UUID.randomUUID().toString(), "1512345678", clash, "X12");
        db.update(insert, UUID.randomUUID().toString(), "BCBS-IL", clash, "JSON");
        String sql;
        try (var in = getClass().getResourceAsStream(
                "/db/migration/V12_3__x12_remittances_keyed_by_resolved_payer.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        }
        db.update(sql);
        assertThat(db.value("SELECT payer_id FROM remittance WHERE trace_number = ?", moved)).isEqualTo("BCBS-IL");
        assertThat(db.count("SELECT count(*) FROM remittance WHERE trace_number = ? AND payer_id = '1512345678'",
                clash)).isEqualTo(1);
    }

    @Test
    void identifiersNamingTwoPayersAre422NamingBothSegments() {
        String trace = "EFT-" + UUID.randomUUID();
        post(payer(), era(trace, "1512345678", "N1*PR*AETNA*PI*AETNA~")).then().statusCode(422)
                .body("type", endsWith("unknown-payer"))
                .body("violations.pointer", org.hamcrest.Matchers.contains("ST 0001 / segment 3 TRN / element 03",
                        "ST 0001 / segment 5 N1 / element 04"));
        assertThat(stored(trace)).isZero();
    }
}
