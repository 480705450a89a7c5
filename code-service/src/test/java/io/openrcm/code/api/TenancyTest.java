package io.openrcm.code.api;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.agroal.api.AgroalDataSource;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.code.support.Hl7Messages;
import io.openrcm.infra.KeycloakTestResource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.testsupport.JsonStructure;
import io.openrcm.testsupport.TenancyContract;
import io.openrcm.testsupport.TestPractices;
import io.openrcm.testsupport.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * code-service's tenancy with real tokens: Lakeside's encounter (waiting for a coder) stays out of reach of Prairie's
 * EHR client, coder, biller, manager and auditor; Prairie's clients cannot post for Lakeside nor code its encounter.
 */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "code"))
@WithTestResource(KeycloakTestResource.class)
class TenancyTest extends TenancyContract {

    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    static final String EHR_ID = "EHR-TEN-" + SUFFIX;
    static final String PATIENT = "MRN-TEN-" + SUFFIX;
    static final String FIRST_NAME = "Tennaquist";
    static final String LAST_NAME = "Lakesidewick";
    static final String MEMBER = "TENMBR" + SUFFIX;
    static String encounter;

    @TestHTTPResource("/")
    URL root;
    @Inject
    AgroalDataSource db;

    @Override
    protected String service() {
        return "code-service";
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
        Map<String, Object> body = lakeside(EHR_ID);
        // A diagnosis as text: the encounter waits in the coding queue.
        body.put("diagnoses", List.of(Map.of("text", "sugar problem"), "I10"));
        encounter = given().auth().oauth2(TestTokens.forRole("ehr-integration")).contentType("application/json")
                .body(body).post("/encounters").then().statusCode(201).extract().path("encounterId");
        given().auth().oauth2(TestTokens.forRole("coder")).get("/coding-queue/{id}", encounter).then().statusCode(200);
    }

    private static Map<String, Object> lakeside(String ehrId) {
        Map<String, Object> body = EncounterRequests.json(ehrId);
        body.put("patient", Map.of("id", PATIENT, "firstName", FIRST_NAME, "lastName", LAST_NAME,
                "birthDate", "1971-04-12", "sex", "F"));
        body.put("subscriber", Map.of("memberId", MEMBER));
        return body;
    }

    private static String json(Object body) {
        try {
            return JsonStructure.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Set<String> practiceAMarkers() {
        return Set.of(encounter, EHR_ID, PATIENT, FIRST_NAME, LAST_NAME, MEMBER);
    }

    @Override
    protected List<Probe> probes() {
        String json = "application/json";
        String fresh = "EHR-TEN-B-" + SUFFIX;
        return List.of(
                Probe.forbidden("POST /encounters", "ehr-integration", "POST", "/encounters", json,
                        json(lakeside(fresh))),
                // Item by item: the batch answers 200 with the item refused (403) and stores nothing of it.
                Probe.unaffected("POST /encounters/batch", "ehr-integration", "POST", "/encounters/batch", json,
                        "{\"encounters\":[" + json(lakeside(fresh)) + "]}"),
                Probe.forbidden("POST /fhir/Bundle", "ehr-integration", "POST", "/fhir/Bundle",
                        "application/fhir+json", FhirIntakeTest.bundle(fresh, TestPractices.LAKESIDE)),
                Probe.forbidden("POST /fhir/Claim", "ehr-integration", "POST", "/fhir/Claim",
                        "application/fhir+json", FhirClaimTest.claim(fresh, TestPractices.LAKESIDE)),
                // An AR naming MSH-4, answered 403: Lakeside's facility is not among Prairie's practices.
                Probe.forbidden("POST /hl7/v2", "ehr-integration", "POST", "/hl7/v2", "x-application/hl7-v2+er7",
                        Hl7Messages.visit("TEN" + SUFFIX, fresh).er7()),
                Probe.notFound("GET /encounters", "ehr-integration", "/encounters?ehrEncounterId=" + EHR_ID),
                Probe.notFound("GET /encounters/{id}", "ehr-integration", "/encounters/" + encounter),
                Probe.notFound("GET /encounters/{id}", "coder", "/encounters/" + encounter),
                Probe.notFound("GET /encounters/{id}", "biller", "/encounters/" + encounter),
                Probe.absent("GET /coding-queue", "coder", "/coding-queue?limit=500"),
                Probe.absent("GET /coding-queue", "revenue-manager", "/coding-queue?limit=500"),
                Probe.notFound("GET /coding-queue/{id}", "coder", "/coding-queue/" + encounter),
                Probe.refused("POST /coding-queue/{id}/claim", "coder", "POST", "/coding-queue/" + encounter + "/claim",
                        json, "{}"),
                Probe.refused("POST /coding-queue/{id}/release", "coder", "POST",
                        "/coding-queue/" + encounter + "/release", json, "{}"),
                Probe.refused("POST /coding-queue/{id}/finalize", "coder", "POST",
                        "/coding-queue/" + encounter + "/finalize", json, "{\"diagnoses\":[\"E11.9\",\"I10\"]}"),
                Probe.absent("GET /audit", "auditor", "/audit?patientId=" + PATIENT));
    }

    @Override
    protected List<String> practiceAChanges() {
        List<String> changed = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT status, claimed_by,"
                        + " (SELECT count(*) FROM encounter WHERE ehr_encounter_id = ?) FROM encounter WHERE id = ?")) {
            ps.setString(1, "EHR-TEN-B-" + SUFFIX);
            ps.setObject(2, UUID.fromString(encounter));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!"NEEDS_REVIEW".equals(rs.getString(1)) || rs.getString(2) != null) {
                    changed.add("Lakeside's encounter is " + rs.getString(1) + ", claimed by " + rs.getString(2));
                }
                if (rs.getLong(3) != 0) {
                    changed.add("an encounter for Lakeside posted by practice B was stored");
                }
            }
        } catch (Exception e) {
            changed.add("could not read Lakeside's encounter: " + e);
        }
        return changed;
    }
}
