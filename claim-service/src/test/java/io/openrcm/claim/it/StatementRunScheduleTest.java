package io.openrcm.claim.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.claim.application.StatementRunService;
import io.openrcm.claim.application.StoredStatement;
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
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * The scheduled statement run: accounts owing more than the threshold (15.00 in the test profile) get a statement,
 * once per practice and month, even when two instances fire at the same moment (the month's guard row).
 */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class StatementRunScheduleTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    StatementRunService runs;

    @Test
    void aMonthIsRunOncePerPracticeForTheAccountsOverTheThresholdEvenWhenTwoInstancesFire() throws Exception {
        String payer = "STMT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().contentType(ContentType.JSON).body(Map.of("name", "Statement Test Payer", "claimFilingIndicator",
                "CI", "timelyFilingDays", 3650)).put("/payers/{id}", payer).then().statusCode(201);
        PatientClaims.Made over = PatientClaims.paidByInsurance(bootstrapServers, payer, "Ivy", "20.00");
        PatientClaims.Made under = PatientClaims.paidByInsurance(bootstrapServers, payer, "Jon", "10.00");
        // A month of its own, so other tests' statements and runs do not meet this one.
        LocalDate day = LocalDate.of(2040 + (int) (Math.random() * 50), 1 + (int) (Math.random() * 12), 1);

        assertThat(runs.practices()).contains(TestPractices.LAKESIDE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Optional<List<StoredStatement>>> fired = new ArrayList<>();
        try {
            List<Future<Optional<List<StoredStatement>>>> instances = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                instances.add(pool.submit(() -> runs.runMonth(TestPractices.LAKESIDE, day)));
            }
            for (Future<Optional<List<StoredStatement>>> instance : instances) {
                fired.add(instance.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(fired).filteredOn(Optional::isPresent).as("one instance ran the month").hasSize(1);
        List<StoredStatement> made = fired.stream().flatMap(Optional::stream).findFirst().orElseThrow();
        assertThat(made).extracting(StoredStatement::patientId).contains(over.patientId())
                .doesNotContain(under.patientId());
        assertThat(made).allSatisfy(s -> assertThat(s.statementDate()).isEqualTo(day));
        assertThat(runs.runMonth(TestPractices.LAKESIDE, day.plusDays(14))).as("a later firing of the month")
                .isEmpty();
        assertThat(runs.runMonth(TestPractices.LAKESIDE, day.plusMonths(1))).as("the next month").isPresent();
    }
}
