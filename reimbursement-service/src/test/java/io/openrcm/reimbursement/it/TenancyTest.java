package io.openrcm.reimbursement.it;

import static io.restassured.RestAssured.given;

import io.openrcm.infra.KeycloakTestResource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.application.ExpectedClaims;
import io.openrcm.reimbursement.application.NewExpectedClaim;
import io.openrcm.testsupport.TenancyContract;
import io.openrcm.testsupport.TestPractices;
import io.openrcm.testsupport.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * reimbursement-service's tenancy with real tokens: Lakeside's remittances (posted, waiting for an unknown claim,
 * quarantined), payments, 999s, deposits, underpayments and audit records stay out of reach of Prairie's biller,
 * manager and auditor, and of a payer integration of another payer.
 */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "reimbursement"))
@WithTestResource(KeycloakTestResource.class)
class TenancyTest extends TenancyContract {

    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    /**
     * The payer of the files below (their TRN03 1223344556 is AETNA's in payer_edi_identifier): another payer than the
     * payer client's BCBS-IL, which is so a tenant of its own.
     */
    static final String PAYER = "AETNA";
    static final String CLAIM = UUID.randomUUID().toString();
    static final String UNKNOWN_CLAIM = UUID.randomUUID().toString();
    static final String PATIENT = "MRN-TEN-" + SUFFIX;
    /** ST02 of the posted file: the 999 that acknowledges it names it (AK2), so A's 999 is recognised. */
    static final String ST = Integer.toString(100_000_000 + new java.util.Random().nextInt(800_000_000));
    static String remittance;
    static String acknowledgment;

    @TestHTTPResource("/")
    URL root;
    @Inject
    ExpectedClaims expectedClaims;

    @Override
    protected String service() {
        return "reimbursement-service";
    }

    @Override
    protected URI baseUri() {
        try {
            return root.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void seedPracticeA() {
        LocalDate dos = LocalDate.now().minusDays(3);
        expectedClaims.record(new NewExpectedClaim(CLAIM, null, PAYER, TestPractices.LAKESIDE, PATIENT, dos,
                Money.parse("135.00"), List.of(new NewExpectedClaim.Line(1, "99213", List.of(), 1,
                        Money.parse("135.00"), dos)), "corr-" + CLAIM, UUID.randomUUID()));
        // A contract above what the payer allows makes the posted line an underpayment of Lakeside's.
        given().auth().oauth2(TestTokens.forRole("administrator")).contentType("application/json")
                .body(Map.of("payerId", PAYER, "code", "99213", "expectedAllowed", "200.00",
                        "effectiveFrom", "2020-01-01")).post("/contracts");
        JsonPath posted = post(era("TEN-" + SUFFIX + "-1", CLAIM, "90", ST)).then().statusCode(201).extract().jsonPath();
        remittance = posted.getString("remittances[0].remittanceId");
        acknowledgment = posted.getString("acknowledgmentId");
        post(era("TEN-" + SUFFIX + "-2", UNKNOWN_CLAIM, "90", "0002")).then().statusCode(201);
        // Paid 95 against claims that pay 90: quarantined, of the payee's practice.
        post(era("TEN-" + SUFFIX + "-3", CLAIM, "95", "0003")).then().statusCode(201);
    }

    private static io.restassured.response.Response post(String file) {
        return given().auth().oauth2(TestTokens.forRole("biller")).contentType("application/edi-x12")
                .body(file.getBytes(StandardCharsets.ISO_8859_1)).post("/remittances");
    }

    /** The README's 835: one claim paid 90 of 135 (CO-45 30, PR-3 15), payee Lakeside; BPR02 = total. */
    private static String era(String trace, String claimId, String total, String st) {
        String d = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        String dos = LocalDate.now().minusDays(3).format(DateTimeFormatter.BASIC_ISO_DATE);
        return "ISA*00*          *00*          *ZZ*BCBSIL         *ZZ*OPENRCM        *" + d.substring(2)
                + "*1200*^*00501*000000101*0*P*:~GS*HP*BCBSIL*OPENRCM*" + d + "*1200*101*X*005010X221A1~"
                + "ST*835*" + st + "~BPR*I*" + total + "*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*888888888*DA*654321*"
                + d + "~TRN*1*" + trace + "*1223344556~DTM*405*" + d + "~N1*PR*TENANCY TEST PAYER~"
                + "N3*300 E RANDOLPH ST~N4*CHICAGO*IL*60601~PER*BL*EDI*TE*8005551212~N1*PE*LAKESIDE*XX*"
                + TestPractices.LAKESIDE + "~LX*1~CLP*" + claimId + "*1*135*90*15*12*PCN-" + trace + "~"
                + "NM1*QC*1*EXAMPLE*JANE****MI*XGH" + SUFFIX + "~SVC*HC:99213*135*90**1~DTM*472*" + dos + "~"
                + "CAS*CO*45*30~CAS*PR*3*15~SE*17*" + st + "~GE*1*101~IEA*1*000000101~";
    }

    @Override
    protected Set<String> practiceAMarkers() {
        return Set.of(CLAIM, UNKNOWN_CLAIM, PATIENT, "TEN-" + SUFFIX, remittance, acknowledgment, "AK2*835*" + ST);
    }

    @Override
    protected List<Probe> probes() {
        String json = RemittanceBodies.remittance(PAYER, "TEN-B-" + SUFFIX, "100.00",
                List.of(RemittanceBodies.goldenClaim(CLAIM)));
        return List.of(
                Probe.forbidden("POST /remittances", "biller", "POST", "/remittances", "application/json", json),
                Probe.forbidden("POST /remittances", "payer-integration", "POST", "/remittances", "application/json",
                        json),
                // The 835 names AETNA (TRN03): the BCBS-IL client may not post it, nothing is stored.
                Probe.forbidden("POST /remittances", "payer-integration", "POST", "/remittances", "application/edi-x12",
                        era("TEN-B-X-" + SUFFIX, CLAIM, "90", "0004")),
                Probe.absent("GET /remittances", "biller", "/remittances?status=QUARANTINED"),
                Probe.notFound("GET /remittances/{id}", "biller", "/remittances/" + remittance),
                Probe.notFound("GET /remittances/{id}", "payer-integration", "/remittances/" + remittance).noControl(),
                Probe.notFound("GET /remittances/{id}/999", "biller", "/remittances/" + remittance + "/999"),
                Probe.notFound("GET /remittances/{id}/999", "payer-integration", "/remittances/" + remittance + "/999")
                        .noControl(),
                Probe.notFound("GET /acknowledgments/{id}", "biller", "/acknowledgments/" + acknowledgment),
                Probe.notFound("GET /acknowledgments/{id}", "payer-integration", "/acknowledgments/" + acknowledgment)
                        .noControl(),
                Probe.notFound("GET /payments", "biller", "/payments?claimId=" + CLAIM),
                Probe.notFound("GET /payments", "revenue-manager", "/payments?claimId=" + CLAIM),
                // claim-service runs in no service test: A's claims make the report ask it (503); B's must not.
                Probe.absent("GET /reconciliation", "biller", "/reconciliation").controlStatus(503),
                Probe.absent("GET /exceptions", "biller", "/exceptions?limit=5000"),
                Probe.absent("GET /exceptions", "revenue-manager", "/exceptions?limit=5000"),
                Probe.absent("GET /underpayments", "revenue-manager", "/underpayments?limit=5000"),
                Probe.absent("GET /deposits", "biller", "/deposits?limit=5000"),
                Probe.absent("GET /deposits", "revenue-manager", "/deposits?limit=5000"),
                Probe.absent("GET /audit", "auditor", "/audit?patientId=" + PATIENT));
    }
}
