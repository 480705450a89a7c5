package io.openrcm.reimbursement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.agroal.api.AgroalDataSource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.reimbursement.application.ReasonCodes;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CARC and RARC lists ship with the service and load at start-up with no folder configured (this test profile
 * sets none, and reads nothing from the shared data); the user's current lists still load over them.
 */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "reimbursement"))
class ShippedCodeListsTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ReasonCodes reasonCodes;

    @Test
    void theShippedListsAreLoadedAtStartUp() {
        given().get("/codesets").then().statusCode(200)
                .body("CARC", greaterThanOrEqualTo(345)).body("RARC", greaterThanOrEqualTo(998));
        Db db = new Db(dataSource);
        assertThat(db.value("SELECT source FROM reason_code WHERE code_type = 'CARC' AND code = '45'"))
                .isEqualTo("codes/carc.txt");
        assertThat(db.value("SELECT source FROM reason_code WHERE code_type = 'RARC' AND code = 'N130'"))
                .isEqualTo("codes/rarc.txt");
        // Loading them again (a restart) adds nothing.
        assertThat(reasonCodes.loadShipped()).isZero();
    }

    @Test
    void theUsersCurrentListsLoadFromTheConfiguredFolderAndTheApi(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("carc_2026-11.txt"), "45\nZ91\n");
        Files.writeString(folder.resolve("rarc_2026-11.txt"), "N130\nZZ901\n");
        reasonCodes.loadDirectory(folder);
        Db db = new Db(dataSource);
        assertThat(db.value("SELECT source FROM reason_code WHERE code_type = 'CARC' AND code = 'Z91'"))
                .isEqualTo("carc_2026-11.txt");
        assertThat(db.value("SELECT source FROM reason_code WHERE code_type = 'RARC' AND code = 'ZZ901'"))
                .isEqualTo("rarc_2026-11.txt");

        given().contentType("text/plain").body("Z92\n45\n").post("/codesets/CARC").then().statusCode(200)
                .body("added", equalTo(1));
    }

    @Test
    void twoInstancesLoadingTheSameNewListsAtOnceBothStartAndAddEachCodeOnce() throws Exception {
        // Two copies of the service on one database load their lists at the same moment; in opposite orders here,
        // which with row-by-row inserts (and the reference_version bump of each) deadlocked one of them.
        List<String> codes = IntStream.range(0, 200).mapToObj(n -> "QX" + n).toList();
        String forward = String.join("\n", codes);
        List<String> reversed = new ArrayList<>(codes);
        Collections.reverse(reversed);
        String backward = String.join("\n", reversed);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService copies = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = copies.submit(() -> {
                go.await();
                return QuarkusTransaction.requiringNew().call(() -> reasonCodes.load("RARC", forward, "copy-1"));
            });
            Future<Integer> second = copies.submit(() -> {
                go.await();
                return QuarkusTransaction.requiringNew().call(() -> reasonCodes.load("RARC", backward, "copy-2"));
            });
            go.countDown();

            assertThat(first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS)).isEqualTo(codes.size());
        } finally {
            copies.shutdownNow();
        }
        assertThat(new Db(dataSource).value("SELECT count(*) FROM reason_code WHERE code LIKE 'QX%'"))
                .isEqualTo((long) codes.size());
        assertThat(reasonCodes.load("RARC", forward, "copy-3")).isZero();
    }
}
