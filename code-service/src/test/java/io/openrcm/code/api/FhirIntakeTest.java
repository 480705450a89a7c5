package io.openrcm.code.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.code.support.Rows;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** FHIR R4 Bundle intake mapped to the encounter model; errors as OperationOutcome. */
@CodeServiceTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "ehr-integration", "coder"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
class FhirIntakeTest {

    @Inject
    MeterRegistry meters;
    @Inject
    AgroalDataSource db;

    static String bundle(String encounterId, String billingNpi) {
        return """
            {"resourceType": "Bundle", "type": "collection", "entry": [
              {"fullUrl": "urn:uuid:pat", "resource": {"resourceType": "Patient", "id": "pat",
                 "identifier": [{"system": "urn:mrn", "value": "MRN-FHIR-1"}],
                 "name": [{"family": "Example", "given": ["Jane"]}], "gender": "female", "birthDate": "1971-04-12"}},
              {"fullUrl": "urn:uuid:cov", "resource": {"resourceType": "Coverage", "id": "cov", "status": "active",
                 "subscriberId": "XGH123456789", "beneficiary": {"reference": "urn:uuid:pat"},
                 "payor": [{"identifier": {"value": "BCBS-IL"}}]}},
              {"fullUrl": "urn:uuid:doc", "resource": {"resourceType": "Practitioner", "id": "doc",
                 "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1245319599"}]}},
              {"fullUrl": "urn:uuid:org", "resource": {"resourceType": "Organization", "id": "org",
                 "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "%s"}]}},
              {"fullUrl": "urn:uuid:enc", "resource": {"resourceType": "Encounter", "id": "enc", "status": "finished",
                 "identifier": [{"system": "urn:ehr", "value": "%s"}],
                 "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
                 "subject": {"reference": "urn:uuid:pat"}, "period": {"start": "2026-11-02T10:00:00Z"},
                 "participant": [{"individual": {"reference": "urn:uuid:doc"}}],
                 "serviceProvider": {"reference": "urn:uuid:org"}}},
              {"fullUrl": "urn:uuid:c1", "resource": {"resourceType": "Condition", "id": "c1",
                 "subject": {"reference": "urn:uuid:pat"},
                 "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9"}]}}},
              {"fullUrl": "urn:uuid:c2", "resource": {"resourceType": "Condition", "id": "c2",
                 "subject": {"reference": "urn:uuid:pat"}, "code": {"text": "HTN"}}},
              {"fullUrl": "urn:uuid:p1", "resource": {"resourceType": "Procedure", "id": "p1", "status": "completed",
                 "subject": {"reference": "urn:uuid:pat"},
                 "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "99213"}]},
                 "reasonReference": [{"reference": "urn:uuid:c1"}, {"reference": "urn:uuid:c2"}]}}
            ]}
            """.formatted(billingNpi, encounterId);
    }

    @Test
    void mapsABundleToAnEncounter() {
        String ehrId = "FHIR-" + UUID.randomUUID();
        given().contentType("application/fhir+json").body(bundle(ehrId, "1234567893")).post("/fhir/Bundle").then()
                .statusCode(201).body("ehrEncounterId", equalTo(ehrId)).body("status", equalTo("CODED"))
                .body("diagnoses.code", contains("E119", "I10")).body("diagnoses.codedBy", contains("EHR", "AUTO"))
                .body("serviceLines[0].diagnosisPointers", contains(1, 2)).body("payerId", equalTo("BCBS-IL"))
                .body("billingProviderNpi", equalTo("1234567893")).body("placeOfService", equalTo("11"));
    }

    @Test
    void aBundleIsStoredThroughTheMicroBatcherAndAuditedAsItsCaller() {
        String ehrId = "FHIR-" + UUID.randomUUID();
        String correlationId = "fhir-micro-" + UUID.randomUUID();
        double groupedBefore = meters.counter("rcm.encounters.micro-batched").count();
        given().contentType("application/fhir+json").header("X-Correlation-Id", correlationId)
                .body(bundle(ehrId, "1234567893")).post("/fhir/Bundle").then().statusCode(201)
                .body("correlationId", equalTo(correlationId));
        // Grouped with whatever arrived with it, like POST /encounters; its audit row is still its own caller's.
        assertThat(meters.counter("rcm.encounters.micro-batched").count() - groupedBefore).isEqualTo(1);
        assertThat(Rows.count(db, "SELECT count(*) FROM audit_record WHERE"
                + " correlation_id = ? AND action = 'encounter.create' AND username = 'biller.test'"
                + " AND outcome = 'SUCCESS'", correlationId)).isEqualTo(1);
        assertThat(Rows.encountersFor(db, ehrId)).isEqualTo(1);
    }

    @Test
    void answersProblemsAsAnOperationOutcome() {
        given().contentType("application/fhir+json").body(bundle("FHIR-BAD-NPI", "1234567890")).post("/fhir/Bundle")
                .then().statusCode(400).contentType("application/fhir+json")
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue.expression.flatten()", hasItem("/billingProviderNpi"));
        given().contentType("application/fhir+json").body("{\"resourceType\": \"Bundle\", \"entry\": [").post(
                "/fhir/Bundle").then().statusCode(400).body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].severity", equalTo("error"));
    }

    @Test
    void aMemberIdCarryingX12DelimitersIsRefusedNotStripped() {
        // Written into the 837 as it was, XGH1*~ went out as XGH1: another member's claim.
        String bundle = bundle("FHIR-" + UUID.randomUUID(), "1234567893").replace("XGH123456789", "XGH1*~")
                .replace("\"given\": [\"Jane\"]", "\"given\": [\"Ja:ne\"]");
        given().contentType("application/fhir+json").body(bundle).post("/fhir/Bundle")
                .then().statusCode(400).contentType("application/fhir+json")
                .body("issue.expression.flatten()", contains("/patient/firstName", "/subscriber/memberId"));
    }
}
