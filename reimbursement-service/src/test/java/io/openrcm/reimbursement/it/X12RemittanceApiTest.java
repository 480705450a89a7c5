package io.openrcm.reimbursement.it;

import static org.hamcrest.Matchers.greaterThan;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.api.x12.SampleFiles;
import io.openrcm.reimbursement.application.ExpectedClaims;
import io.openrcm.reimbursement.application.NewExpectedClaim;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** X12 835 files through POST /remittances: posted to the cent, quarantined, refused with a 999, exactly once. */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "reimbursement"))
class X12RemittanceApiTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ExpectedClaims expectedClaims;

    private void expect(String claimId, String payerId, NewExpectedClaim.Line... lines) {
        // Of a practice the test caller carries: a claim's payments are read by its practice's callers only.
        expectedClaims.record(new NewExpectedClaim(claimId, null, payerId, TestPractices.LAKESIDE, "MRN-X12", null,
                Money.parse("1.00"),
                List.of(lines), "corr-" + claimId, UUID.randomUUID()));
    }

    private static Response post(String file) {
        return given().contentType("application/edi-x12").body(ofLakeside(file).getBytes(StandardCharsets.ISO_8859_1))
                .post("/remittances");
    }

    /**
     * The file with Lakeside as its payee (N1*PE): a payment waiting for its claim, or a quarantined remittance, is
     * of the payee's practice, and the sample files' ACME payee is no practice of the test caller.
     */
    private static String ofLakeside(String file) {
        return file.replaceAll("N1\\*PE\\*([^*~]*)\\*(XX|FI)\\*[0-9]+", "N1*PE*$1*XX*" + TestPractices.LAKESIDE);
    }

    private BigDecimal ledger(String remittanceId, String category) {
        Object sum = new Db(dataSource).value("SELECT coalesce(sum(e.amount), 0) FROM ledger_entry e JOIN claim_payment p"
                + " ON p.id = e.claim_payment_id WHERE p.remittance_id = ?::uuid AND e.category = ?", remittanceId,
                category);
        return ((BigDecimal) sum).setScale(2);
    }

    @Test
    void fiveSamplesPostTheirHandWorkedTotals() {
        for (String id : List.of("5554555444", "8765432112", "666123", "777777", "2005555A", "7722337",
                "L0004828311", "0001000053")) {
            expect(id, "PAYER-" + id);
        }
        // Figures worked out from the files (see Era835ReaderTest for the arithmetic).
        String separate = post(SampleFiles.text("stupidedi/dollars-and-data-sent-separate.edi")).then()
                .statusCode(201).body("remittances[0].status", equalTo("POSTED"))
                .body("remittances[0].claims", equalTo(2)).body("ack999", containsString("IK5*A~"))
                .extract().path("remittances[0].remittanceId");
        assertThat(ledger(separate, "PAYMENT")).isEqualByComparingTo("945.00");
        assertThat(ledger(separate, "CONTRACTUAL")).isEqualByComparingTo("155.00"); // 50 + 55 + 50
        assertThat(ledger(separate, "DEDUCTIBLE")).isEqualByComparingTo("900.00"); // 300 + 600

        String demo = post(SampleFiles.text("linuxforhealth/demo.835")).then().statusCode(201)
                .body("remittances[0].providerAdjustmentTotal", equalTo("-1.27"))
                .extract().path("remittances[0].remittanceId");
        assertThat(ledger(demo, "PAYMENT")).isEqualByComparingTo("149998.73");
        assertThat(ledger(demo, "CONTRACTUAL")).isEqualByComparingTo("76368.24"); // 73348.57 + 3019.67
        // The PLB stays at provider level: posted 149998.73 on claims + 1.27 interest = the deposit, 150000.00.
        given().get("/deposits").then().statusCode(200)
                .body("items.find { it.remittanceId == '" + demo + "' }.posted", equalTo("150000.00"))
                .body("items.find { it.remittanceId == '" + demo + "' }.unposted", equalTo("0.00"));

        String denied = post(SampleFiles.text("pyx12/835_mult_loops.txt")).then().statusCode(201)
                .extract().path("remittances[0].remittanceId");
        assertThat(ledger(denied, "PAYMENT")).isEqualByComparingTo("0.00");
        assertThat(ledger(denied, "CONTRACTUAL")).isEqualByComparingTo("500.04");
        assertThat(ledger(denied, "OTHER_ADJUSTMENT")).isEqualByComparingTo("415.35"); // 127.80 + 287.55
        assertThat(new Db(dataSource).value("SELECT denial_category FROM claim_payment WHERE remittance_id = ?::uuid",
                denied)).isEqualTo("CODING"); // CO-16 carries the largest amount

        // This file reuses demo's payer and trace number (1512345678 / 12345) for another payment: a conflict.
        String nineFile = SampleFiles.text("stupidedi/multiple-claims-single-check.edi");
        post(nineFile).then().statusCode(409).body("type", equalTo("https://openrcm.io/problems/remittance-conflict"));
        String nine = post(nineFile.replace("TRN*1*12345*", "TRN*1*12346*")).then().statusCode(201)
                .body("remittances[0].claims", equalTo(9)).extract().path("remittances[0].remittanceId");
        assertThat(ledger(nine, "PAYMENT")).isEqualByComparingTo("810.80");
        assertThat(ledger(nine, "CONTRACTUAL")).isEqualByComparingTo("1038.00");
        assertThat(ledger(nine, "COPAY")).isEqualByComparingTo("970.20"); // every PR is PR-3 here

        String secondary = post(SampleFiles.text("stupidedi/secondary-payments.edi")).then().statusCode(201)
                .extract().path("remittances[0].remittanceId");
        assertThat(ledger(secondary, "PAYMENT")).isEqualByComparingTo("1222.00");
        assertThat(ledger(secondary, "OTHER_ADJUSTMENT")).isEqualByComparingTo("9548.14");
        assertThat(ledger(secondary, "DEDUCTIBLE")).isEqualByComparingTo("150.00");
        assertThat(ledger(secondary, "COINSURANCE")).isEqualByComparingTo("70.00");
        assertThat(ledger(secondary, "CONTRACTUAL")).isEqualByComparingTo("85.00");

        // The same file again posts nothing and answers with the first result.
        post(SampleFiles.text("stupidedi/secondary-payments.edi")).then().statusCode(200)
                .body("remittances[0].remittanceId", equalTo(secondary));
        assertThat(ledger(secondary, "PAYMENT")).isEqualByComparingTo("1222.00");
    }

    @Test
    void unbalancedTransactionIsQuarantinedWithTheDifferenceAndPostsNothing() {
        String trace = "Q" + System.nanoTime();
        String file = SampleFiles.text("stupidedi/dollars-and-data-sent-separate.edi")
                .replace("TRN*1*71700666555*", "TRN*1*" + trace + "*").replace("CAS*CO*A2*55~", "CAS*CO*A2*54~");
        String id = post(file).then().statusCode(201).body("remittances[0].status", equalTo("QUARANTINED"))
                .body("remittances[0].imbalances[0].rule", equalTo("CLAIM_ADJUSTMENTS"))
                .body("remittances[0].imbalances[0].location", equalTo("claim 1"))
                .body("remittances[0].imbalances[0].claimId", equalTo("8765432112"))
                .body("remittances[0].imbalances[0].difference", equalTo("1.00"))
                .extract().path("remittances[0].remittanceId");
        Db db = new Db(dataSource);
        assertThat(db.count("SELECT count(*) FROM claim_payment WHERE remittance_id = ?::uuid", id)).isZero();
        given().queryParam("status", "QUARANTINED").get("/remittances").then().statusCode(200)
                .body("items.remittanceId", hasItem(id));
        post(file).then().statusCode(200).body("remittances[0].remittanceId", equalTo(id));
        given().get("/deposits").then()
                .body("items.find { it.remittanceId == '" + id + "' }.unposted", equalTo("945.00"));
        // The corrected file under the same trace number is taken.
        post(file.replace("CAS*CO*A2*54~", "CAS*CO*A2*55~")).then().statusCode(201)
                .body("remittances[0].status", equalTo("UNMATCHED"));
    }

    @Test
    void brokenFileIsRefusedWithPlaceAnd999AndStoresNothing() {
        Db db = new Db(dataSource);
        long before = db.count("SELECT count(*) FROM remittance");
        post(SampleFiles.text("linuxforhealth/managed-care.835")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://openrcm.io/problems/invalid-x12"))
                .body("violations[0].pointer", equalTo("ST 112233 / segment 2 BPR / element 16"))
                .body("violations[0].message", containsString("invalid date"))
                .body("ack999", containsString("IK4*16*373*8~"))
                .body("ack999", containsString("AK9*R*1*1*0~"));
        given().contentType("text/plain").body(SampleFiles.bytes("linuxforhealth/tertiary-payment.835.997"))
                .post("/remittances").then().statusCode(400)
                .body("violations.message", hasItem("transaction set 999 is not taken here: send an 835"));
        assertThat(db.count("SELECT count(*) FROM remittance")).isEqualTo(before);
    }

    @Test
    void unmatchedClaimWaitsThenPostsAndAReversalTakesItBack() {
        String claimId = "T" + System.nanoTime();
        String first = tertiary(claimId, "A" + System.nanoTime(), "187.50",
                claimLoop(claimId, "3", "1766.50", "187.50", "1579.00"));
        post(first).then().statusCode(201).body("remittances[0].status", equalTo("UNMATCHED"));
        given().get("/exceptions").then().statusCode(200)
                .body("items.find { it.claimId == '" + claimId + "' }.reason", equalTo("claim not yet known"));

        given().contentType("application/json").body("""
                {"payerId":"TAXDOLLARS","code":"24599","expectedAllowed":"1800.00","effectiveFrom":"2005-01-01"}""")
                .post("/contracts").then().statusCode(201);
        expect(claimId, "TAXDOLLARS", new NewExpectedClaim.Line(1, "24599", List.of("26"), 1,
                Money.parse("1766.50"), LocalDate.of(2005, 1, 20)));
        Db db = new Db(dataSource);
        assertThat(db.value("SELECT status FROM claim_payment WHERE claim_id = ?", claimId)).isEqualTo("POSTED");
        // The payer dropped modifier 26: the line still matches our line 1.
        assertThat(db.value("SELECT l.line_number FROM claim_payment_line l JOIN claim_payment p"
                + " ON p.id = l.claim_payment_id WHERE p.claim_id = ?", claimId)).isEqualTo(1);
        // Allowed 1766.50 (no CO) against 1800.00 expected: 33.50 short.
        given().get("/underpayments").then().statusCode(200)
                .body("items.find { it.claimId == '" + claimId + "' }.underpaidAmount", equalTo("33.50"))
                .body("items.find { it.claimId == '" + claimId + "' }.expectedAllowed", equalTo("1800.00"));

        // Reversal of 187.50 and the corrected claim paying 200.00, in one check of 12.50.
        String correction = tertiary(claimId, "R" + System.nanoTime(), "12.50",
                claimLoop(claimId, "22", "-1766.50", "-187.50", "-1579.00")
                        + claimLoop(claimId, "1", "1766.50", "200.00", "1566.50"));
        post(correction).then().statusCode(201).body("remittances[0].status", equalTo("POSTED"));
        Object original = db.value("SELECT id FROM claim_payment WHERE claim_id = ? AND claim_status_code = '3'",
                claimId);
        assertThat(db.value("SELECT reversal_of FROM claim_payment WHERE claim_id = ? AND claim_status_code = '22'",
                claimId)).isEqualTo(original);
        assertThat(db.value("SELECT sum(amount) FROM ledger_entry WHERE claim_id = ? AND entry_type = 'PAYMENT'",
                claimId)).isEqualTo(new BigDecimal("200.00"));
    }

    @Test
    void unknownCodesAreKeptAndTheShippedCodeListsAreLoaded() {
        // The lists shipped in src/main/resources/codes are loaded at start-up.
        given().get("/codesets").then().statusCode(200)
                .body("CARC", greaterThan(250))
                .body("RARC", greaterThan(800));
        String claimId = "U" + System.nanoTime();
        expect(claimId, "TAXDOLLARS");
        post(tertiary(claimId, "U" + System.nanoTime(), "187.50",
                claimLoop(claimId, "19", "1766.50", "187.50", "1579.00").replace("CAS*OA*23*", "CAS*OA*Q99*")
                        + "LQ*HE*N14~LQ*HE*ZZ123~")).then().statusCode(201)
                .body("remittances[0].status", equalTo("POSTED"));
        given().queryParam("claimId", claimId).get("/payments").then().statusCode(200)
                .body("payments[0].claimStatusCode", equalTo("19"))
                .body("payments[0].unknownCodes", equalTo(List.of("CARC:Q99", "RARC:ZZ123")))
                .body("payments[0].ledgerEntries.category", equalTo(List.of("PAYMENT", "OTHER_ADJUSTMENT")))
                .body("payments[0].ledgerEntries[1].reason", equalTo("Q99"))
                .body("payments[0].ledgerEntries[1].lineIndex", equalTo(0))
                .body("payments[0].allowed", equalTo("1766.50"));
    }

    @Test
    void everyAckHasItsOwnControlNumberAndIsStoredToBeFetchedAgain() {
        String refused = SampleFiles.text("linuxforhealth/managed-care.835");
        List<String> isa13 = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Response answer = post(refused);
            answer.then().statusCode(400);
            String ack = answer.path("ack999");
            isa13.add(ack.split("\\*")[13]);
            given().get("/acknowledgments/" + answer.path("acknowledgmentId")).then().statusCode(200)
                    .contentType(containsString("application/edi-x12")).body(equalTo(ack));
        }
        assertThat(isa13).doesNotHaveDuplicates(); // three files within a second: the clock gave them one number
        String trace = "K" + System.nanoTime();
        Response taken = post(SampleFiles.text("stupidedi/dollars-and-data-sent-separate.edi")
                .replace("TRN*1*71700666555*", "TRN*1*" + trace + "*"));
        taken.then().statusCode(201);
        given().get("/remittances/" + taken.path("remittances[0].remittanceId") + "/999").then().statusCode(200)
                .body(equalTo(taken.path("ack999")));
        given().get("/acknowledgments/" + taken.path("acknowledgmentId")).then().statusCode(200)
                .body(equalTo(taken.path("ack999")));
        given().get("/acknowledgments/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aByteOrderMarkAndBlankLinesBeforeTheIsaAreTaken() {
        String trace = "B" + System.nanoTime();
        String file = "\uFEFF\r\n\r\n" + SampleFiles.text("stupidedi/dollars-and-data-sent-separate.edi")
                .replace("TRN*1*71700666555*", "TRN*1*" + trace + "*");
        given().contentType("application/edi-x12").body(file.getBytes(StandardCharsets.UTF_8)).post("/remittances")
                .then().statusCode(201).body("remittances[0].traceNumber", equalTo(trace));
    }

    @Test
    void anotherVersionIsRefusedWithOneErrorNamingBothVersions() {
        String file = SampleFiles.text("stupidedi/dollars-and-data-sent-separate.edi")
                .replace("*>*00501*", "*U*00401*").replace("005010X221A1", "004010X091A1");
        post(file).then().statusCode(400).body("violations.size()", equalTo(1))
                .body("detail", containsString("004010X091A1")).body("detail", containsString("005010X221A1"))
                .body("ack999", containsString("AK9*R*1*1*0*2~"));
    }

    @Test
    void hugeUnitsAreALocated400WithA999NotA500() {
        String file = SampleFiles.text("stupidedi/dollars-and-data-sent-separate.edi")
                .replace("TRN*1*71700666555*", "TRN*1*U" + System.nanoTime() + "*")
                .replace("SVC*HC:99211*800*500~", "SVC*HC:99211*800*500**1E600000000~");
        post(file).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].pointer", equalTo("ST 112233 / segment 15 SVC / element 05"))
                .body("ack999", containsString("IK4*5*380*6~"));
        given().contentType("application/json").body("""
                {"payerId":"P1","traceNumber":"T%d","paymentDate":"2026-11-20","paymentMethod":"ACH",
                 "totalPaid":"100.00","claims":[{"claimId":"C1","statusCode":"1",
                 "payerClaimControlNumber":"PCN1","chargeAmount":"100.00","paidAmount":"100.00",
                 "lines":[{"code":"99213","chargeAmount":"100.00","paidAmount":"100.00","units":"1E600000000"}]}]}"""
                .formatted(System.nanoTime())).post("/remittances").then().statusCode(400)
                .body("violations[0].pointer", equalTo("/claims/0/lines/0/units"));
    }

    @Test
    // The file pays claims never submitted here (of no practice): its own payer's integration posts and reads it.
    @TestSecurity(user = "payer.tolerant", roles = "payer-integration")
    @OidcSecurity(claims = @Claim(key = "payer_id", value = "TOLERANT01"))
    void aBadCheckDateIsAcceptedWithErrorsForAPayerSetSoAndKeptWithTheRemittance() {
        // managed-care.835: BPR16 20002316 is not a date. Payer 1935665544 refuses such files (see above);
        // TOLERANT01 is set to rcm.x12.accept-with-errors.TOLERANT01=true in the test profile.
        String file = SampleFiles.text("linuxforhealth/managed-care.835")
                .replace("TRN*1*7170066655*1935665544~", "TRN*1*E" + System.nanoTime() + "*TOLERANT01~");
        Response answer = post(file);
        answer.then().statusCode(201).body("ack999", containsString("IK5*E~"))
                .body("ack999", containsString("AK9*E*1*1*1~"))
                .body("remittances[0].paymentDate", equalTo("2002-03-14"))
                .body("remittances[0].acceptedWithErrors[0].location",
                        equalTo("ST 112233 / segment 2 BPR / element 16"));
        given().get("/remittances/" + answer.path("remittances[0].remittanceId")).then().statusCode(200)
                .body("payerId", equalTo("TOLERANT01"))
                .body("acceptedWithErrors[0].location", equalTo("ST 112233 / segment 2 BPR / element 16"))
                .body("acceptedWithErrors[0].message", containsString("invalid date"));
    }

    private static String claimLoop(String id, String status, String charge, String paid, String otherAdjustment) {
        return "CLP*" + id + "*" + status + "*" + charge + "*" + paid + "**12*50580155533~"
                + "NM1*QC*1*ISLAND*ELLIS*E***MI*789123456~DTM*232*20050120~"
                + "SVC*HC:24599*" + charge + "*" + paid + "**1~DTM*472*20050120~CAS*OA*23*" + otherAdjustment + "~";
    }

    /** The header of stupidedi's tertiary-payments.edi with our trace, total and claim loops, and a right SE count. */
    private static String tertiary(String claimId, String trace, String total, String claims) {
        String text = SampleFiles.text("stupidedi/tertiary-payments.edi");
        String head = text.substring(0, text.indexOf("CLP*")).replace("BPR*I*187.50*", "BPR*I*" + total + "*")
                .replace("TRN*1*0012524879*", "TRN*1*" + trace + "*");
        String body = head.substring(head.indexOf("ST*835")) + claims;
        int segments = body.split("~").length + 1;
        return head + claims + "SE*" + segments + "*0001~GE*1*20213~IEA*1*000010216~";
    }
}
