package io.openrcm.code.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** FHIR R4 Claim: checked against the base R4 definitions, mapped by its standard elements, errors by FHIRPath. */
@CodeServiceTest
@TestSecurity(user = "ehr.test", roles = {"ehr-integration", "coder"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
class FhirClaimTest {

    /** A professional Claim with its Patient, two Coverages (the second a spouse's) and the rendering provider. */
    static String claim(String id, String billingNpi) {
        return """
            {"resourceType": "Claim", "status": "active",
             "identifier": [{"system": "urn:ehr:claim", "value": "%s"}],
             "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "professional"}]},
             "use": "claim", "created": "2025-06-03", "priority": {"coding": [{"code": "normal"}]},
             "contained": [
               {"resourceType": "Patient", "id": "pat", "identifier": [{"system": "urn:mrn", "value": "MRN-CLAIM-1"}],
                "name": [{"family": "Example", "given": ["Jane"]}], "gender": "female", "birthDate": "1971-04-12",
                "address": [{"line": ["100 Main St"], "city": "Chicago", "state": "IL", "postalCode": "60601"}]},
               {"resourceType": "RelatedPerson", "id": "spouse", "patient": {"reference": "#pat"},
                "name": [{"family": "Example", "given": ["John"]}], "gender": "male", "birthDate": "1969-02-01",
                "address": [{"line": ["100 Main St"], "city": "Chicago", "state": "IL", "postalCode": "60601"}]},
               {"resourceType": "Coverage", "id": "cov1", "status": "active", "subscriberId": "XGH123456789",
                "beneficiary": {"reference": "#pat"}, "payor": [{"identifier": {"value": "BCBS-IL"}}],
                "relationship": {"coding": [{"code": "self"}]}},
               {"resourceType": "Coverage", "id": "cov2", "status": "active", "subscriberId": "W987654321",
                "subscriber": {"reference": "#spouse"}, "beneficiary": {"reference": "#pat"},
                "payor": [{"identifier": {"value": "AETNA"}}], "relationship": {"coding": [{"code": "spouse"}]}}
             ],
             "patient": {"reference": "#pat"},
             "billablePeriod": {"start": "%s"},
             "provider": {"identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": "%s"}},
             "careTeam": [{"sequence": 1, "provider": {"identifier":
                 {"system": "http://hl7.org/fhir/sid/us-npi", "value": "1245319599"}},
                 "role": {"coding": [{"code": "primary"}]}}],
             "diagnosis": [
               {"sequence": 2, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I10"}]}},
               {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9"}]}}
             ],
             "insurance": [
               {"sequence": 2, "focal": false, "coverage": {"reference": "#cov2"}},
               {"sequence": 1, "focal": true, "coverage": {"reference": "#cov1"}}
             ],
             "item": [
               {"sequence": 1, "diagnosisSequence": [1, 2], "servicedDate": "%s",
                "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "99213"}]},
                "modifier": [{"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "25"}]}],
                "quantity": {"value": 1}},
               {"sequence": 2, "diagnosisSequence": [1], "servicedDate": "%s",
                "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "36415"}]},
                "quantity": {"value": 2}}
             ]}
            """.formatted(id, EncounterRequests.DATE_OF_SERVICE, billingNpi, EncounterRequests.DATE_OF_SERVICE,
                EncounterRequests.DATE_OF_SERVICE);
    }

    @Test
    void mapsAClaimByItsStandardElements() {
        String id = "CLAIM-" + UUID.randomUUID();
        given().contentType("application/fhir+json").body(claim(id, TestPractices.LAKESIDE)).post("/fhir/Claim")
                .then().statusCode(201).body("ehrEncounterId", equalTo(id)).body("status", equalTo("CODED"))
                .body("diagnoses.code", contains("E119", "I10"))
                .body("serviceLines.code", contains("99213", "36415"))
                .body("serviceLines[0].modifiers", contains("25"))
                .body("serviceLines[0].diagnosisPointers", contains(1, 2))
                .body("serviceLines[1].units", equalTo(2))
                .body("payerId", equalTo("BCBS-IL")).body("renderingProviderNpi", equalTo("1245319599"))
                .body("dateOfService", equalTo(EncounterRequests.DATE_OF_SERVICE));
        // The same Claim again: the first encounter.
        given().contentType("application/fhir+json").body(claim(id, TestPractices.LAKESIDE)).post("/fhir/Claim")
                .then().statusCode(200).body("ehrEncounterId", equalTo(id));
    }

    @Test
    void aClaimInsideABundleIsTakenAlike() {
        String id = "CLAIM-B-" + UUID.randomUUID();
        String bundle = "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"fullUrl\": "
                + "\"urn:uuid:claim\", \"resource\": " + claim(id, TestPractices.LAKESIDE) + "}]}";
        given().contentType("application/fhir+json").body(bundle).post("/fhir/Bundle").then().statusCode(201)
                .body("ehrEncounterId", equalTo(id)).body("serviceLines.code", contains("99213", "36415"));
    }

    @Test
    void theProjectModifierExtensionIsStillRead() {
        String id = "CLAIM-X-" + UUID.randomUUID();
        String body = claim(id, TestPractices.LAKESIDE).replace(
                "\"modifier\": [{\"coding\": [{\"system\": \"http://www.ama-assn.org/go/cpt\", \"code\": \"25\"}]}],",
                "\"extension\": [{\"url\": \"https://openrcm.io/fhir/StructureDefinition/procedure-modifier\", "
                        + "\"valueCode\": \"25\"}],");
        given().contentType("application/fhir+json").body(body).post("/fhir/Claim").then().statusCode(201)
                .body("serviceLines[0].modifiers", contains("25"));
    }

    @Test
    void aClaimThatBreaksBaseR4IsRefusedWithFhirPaths() {
        // No status (1..1 in R4), an element R4 does not know, and a use outside its required code list.
        String body = claim("CLAIM-BAD-" + UUID.randomUUID(), TestPractices.LAKESIDE)
                .replaceFirst("\"status\": \"active\",", "").replace("\"use\": \"claim\"", "\"use\": \"bill\"")
                .replace("\"quantity\": {\"value\": 2}", "\"quantity\": {\"value\": 2}, \"colour\": \"red\"");
        given().contentType("application/fhir+json").body(body).post("/fhir/Claim").then().log().ifValidationFails()
                .statusCode(400)
                .contentType("application/fhir+json").body("resourceType", equalTo("OperationOutcome"))
                .body("issue.expression.flatten()", hasItems("Claim", "Claim.item[1].colour", "Claim.use"))
                .body("issue.diagnostics", hasItem(org.hamcrest.Matchers.containsString("status")));
    }

    @Test
    void mappedProblemsNameTheElementByFhirPath() {
        String body = claim("CLAIM-NPI-" + UUID.randomUUID(), "1234567890")
                .replace("\"code\": \"36415\"", "\"code\": \"3641\"")
                .replace("\"diagnosisSequence\": [1], ", "\"diagnosisSequence\": [7], ");
        given().contentType("application/fhir+json").body(body).post("/fhir/Claim").then().statusCode(400)
                .body("issue.expression.flatten()", hasItems("Claim.provider", "Claim.item[1].productOrService",
                        "Claim.item[1].diagnosisSequence"));
    }

    @Test
    @OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ONLY_PRAIRIE, type = ClaimType.JSON_ARRAY))
    void anotherPracticesClaimIsForbidden() {
        given().contentType("application/fhir+json").body(claim("CLAIM-P-" + UUID.randomUUID(),
                TestPractices.LAKESIDE)).post("/fhir/Claim").then().statusCode(403)
                .body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void theCapabilityStatementNamesClaim() {
        given().get("/fhir/metadata").then().statusCode(200).body("resourceType", equalTo("CapabilityStatement"))
                .body("fhirVersion", equalTo("4.0.1")).body("rest[0].resource.type", hasItems("Claim", "Bundle"));
    }
}
