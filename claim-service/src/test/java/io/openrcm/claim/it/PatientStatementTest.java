package io.openrcm.claim.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Statements of two patients of one practice, one owing and one not yet paid at all: each PDF carries its own
 * patient's name, account, visits and amounts and nothing of the other's; a run makes one per patient who owes and
 * keeps it, and a second run of the same date makes none again.
 */
@QuarkusTest
// Not a test of authentication: a signed-in biller of the seeded practices (administrator: its own payer).
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class PatientStatementTest {

    static final String LAKESIDE = TestPractices.LAKESIDE;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void eachStatementCarriesItsOwnPatientOnly() throws Exception {
        String payer = "STMT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().contentType(ContentType.JSON).body(Map.of("name", "Statement Test Payer", "claimFilingIndicator",
                "CI", "timelyFilingDays", 3650)).put("/payers/{id}", payer).then().statusCode(201);
        PatientClaims.Made ann = PatientClaims.paidByInsurance(bootstrapServers, payer, "Annabel", "20.00");
        PatientClaims.Made ben = PatientClaims.paidByInsurance(bootstrapServers, payer, "Benedikt", "35.00");
        given().contentType(ContentType.JSON).body(Map.of("reference", "RCPT-" + UUID.randomUUID(),
                "amount", "7.50")).post("/claims/{id}/patient-payments", ann.claimId()).then().statusCode(201);

        String annText = text(given().queryParam("date", "2026-12-01")
                .get("/patient-accounts/{npi}/{patient}/statement", LAKESIDE, ann.patientId()).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray());

        assertThat(annText).contains("PATIENT STATEMENT", "Statement date: 2026-12-01",
                "Account number: " + ann.patientId(), "Annabel Example", "2026-11-02", ann.claimId().substring(0, 8),
                "Service 99213-25", "135.00", "Service G0008", "25.00", "Charges 160.00", "Insurance paid 100.00",
                "Insurance adjustments 40.00", "You paid 7.50", "You owe for this visit 12.50", "Amount due: $12.50",
                "How to pay");
        assertThat(annText).doesNotContain("Benedikt", ben.patientId(), ben.claimId().substring(0, 8));

        JsonPath run = given().queryParam("date", "2026-12-31").post("/patient-accounts/{npi}/statement-runs",
                LAKESIDE).then().statusCode(201).extract().jsonPath();
        Map<String, Object> annRow = row(run, ann.patientId());
        Map<String, Object> benRow = row(run, ben.patientId());
        assertThat(annRow).containsEntry("amountDue", "12.50").containsEntry("created", true);
        assertThat(benRow).containsEntry("amountDue", "35.00").containsEntry("claims", 1);

        String benText = text(given().get("/patient-statements/{id}", benRow.get("statementId")).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray());
        assertThat(benText).contains("Benedikt Example", ben.patientId(), "Amount due: $35.00",
                "You owe for this visit 35.00");
        assertThat(benText).doesNotContain("Annabel", ann.patientId(), ann.claimId().substring(0, 8));

        JsonPath again = given().queryParam("date", "2026-12-31").post("/patient-accounts/{npi}/statement-runs",
                LAKESIDE).then().statusCode(201).extract().jsonPath();
        assertThat(row(again, ben.patientId())).containsEntry("statementId", benRow.get("statementId"))
                .containsEntry("created", false);
        given().get("/patient-accounts/{npi}/{patient}/statement", "9999999995", ann.patientId()).then()
                .statusCode(403);
        given().get("/patient-accounts/{npi}/{patient}/statement", LAKESIDE, "MRN-NOBODY").then().statusCode(404);
    }

    private static Map<String, Object> row(JsonPath run, String patientId) {
        List<Map<String, Object>> rows = run.getList("statements.findAll { it.patientId == '" + patientId + "' }");
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
