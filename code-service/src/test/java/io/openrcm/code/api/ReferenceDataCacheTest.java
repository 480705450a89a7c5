package io.openrcm.code.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.platform.reference.ReferenceVersions;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The edit tables are read from memory (issue 14): a row written behind the service's back with the table's version
 * left as it was is never seen, so no encounter queried the table; a load through the admin endpoint is seen by the
 * very next encounter. J1885 is a starter code no other test uses.
 */
@CodeServiceTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "ehr-integration", "coder"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
class ReferenceDataCacheTest {

    private static final String CODE = "J1885";

    @Inject
    AgroalDataSource db;
    @Inject
    ReferenceVersions versions;

    @Test
    void aCachedTableIsNotQueriedAndAnAdminLoadIsSeenByTheNextEncounter() throws Exception {
        // No encounter asked for the code yet, so this first read of it sees the table as it is now. The cache is
        // told of the delete (as a write through this instance tells it): otherwise it still holds the version
        // from before it, and its next periodic check, if it falls between the two encounters below, reloads the
        // table and sees the row written behind its back.
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM ncci_mue WHERE code = '" + CODE + "'");
        }
        versions.changed("ncci_mue");
        post(3).statusCode(201).body("findings.editId", not(hasItem("MUE-LINE")));

        // Behind the service's back: a limit of 1 per line, and the table's version put back as it was.
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO ncci_mue (code, mue_value, adjudication_indicator, rationale, source)"
                        + " VALUES ('" + CODE + "', 1, '1', 'test', 'behind the back')");
                st.executeUpdate("UPDATE reference_version SET version = version - 1 WHERE name = 'ncci_mue'");
            }
            c.commit();
        }
        post(3).statusCode(201).body("findings.editId", not(hasItem("MUE-LINE")));

        given().contentType("application/octet-stream")
                .body((CODE + ",2,1 Line Edit,Clinical: Data\n").getBytes(StandardCharsets.UTF_8))
                .post("/admin/edit-tables/mue?source=cache-test").then().statusCode(200).body("rows", equalTo(1));
        post(3).statusCode(201).body("findings.editId", hasItem("MUE-LINE"));
        post(2).statusCode(201).body("findings.editId", not(hasItem("MUE-LINE")));
    }

    private static ValidatableResponse post(int units) {
        Map<String, Object> body = EncounterRequests.json(EncounterRequests.newEhrId());
        EncounterRequests.line(body, 1).put("code", CODE);
        EncounterRequests.line(body, 1).put("units", units);
        return given().contentType(ContentType.JSON).body(body).post("/encounters").then();
    }
}
