package io.openrcm.claim.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimMother;
import io.openrcm.claim.domain.Correction;
import io.openrcm.claim.domain.Patient;
import io.openrcm.claim.persistence.ClaimIntakeQueries;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.infra.TableOwner;
import io.openrcm.infra.TableReads;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the intake's duplicate check (one query for a batch of new claims) reads the claim table through its
 * (practice, patient, date of service) index even when the table has grown since it was last analyzed, as it does
 * under load between two autovacuum rounds. A benchmark found it scanning the whole table for every batch.
 */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class DuplicateLookupPlanTest {

    private static final int CLAIMS = 5_000;
    private static final int NEW_CLAIMS = 100;
    private static final String PATIENTS = "DUP-PLAN-";
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ClaimIntakeQueries intake;

    @Test
    void aBatchOfNewClaimsFindsItsEarlierDuplicatesThroughTheIndexOnATableGrownSinceItsLastAnalyze()
            throws Exception {
        List<Claim> batch = new ArrayList<>();
        for (int i = 0; i < NEW_CLAIMS; i++) {
            batch.add(newClaim(PATIENTS + i, FIRST_DAY.plusDays(i % 30)));
        }
        try (Connection c = TableOwner.connect(); Statement s = c.createStatement()) {
            // Analyzed while small; then thousands of rows arrive before the next analyze.
            s.execute("ANALYZE claim");
            s.execute("INSERT INTO claim (id, encounter_id, status, patient_id, patient_last_name, patient_birth_date,"
                    + " patient_sex, subscriber_member_id, payer_id, billing_provider_npi, place_of_service,"
                    + " date_of_service, total_charge, paid_amount, adjustment_amount, patient_responsibility,"
                    + " created_at, updated_at, version, frequency_code, service_signature)"
                    + " SELECT gen_random_uuid(), gen_random_uuid(), 'SUBMITTED', '" + PATIENTS + "' || (g % 2500),"
                    + " 'Doe', DATE '1970-01-01', 'F', 'M' || g, 'BCBS-IL', '" + TestPractices.LAKESIDE + "', '11',"
                    + " DATE '" + FIRST_DAY + "' + g % 30, 160, 0, 0, 0, now() - interval '1 day', now(), 0, '1', '"
                    + batch.get(0).details().serviceSignature() + "' FROM generate_series(0, " + (CLAIMS - 1)
                    + ") g");
        }
        try {
            Lookup found = QuarkusTransaction.requiringNew().call(() -> lookUp(batch));

            // Each new claim i has one earlier claim of the same patient, practice, day and services (row g = i).
            assertThat(found.duplicates()).hasSize(NEW_CLAIMS);
            assertThat(found.sequentialScans()).as("sequential scans of claim").isZero();
            assertThat(found.rowsRead()).as("rows of claim read, of " + CLAIMS).isLessThan(5 * NEW_CLAIMS);
        } finally {
            try (Connection c = TableOwner.connect(); Statement s = c.createStatement()) {
                s.execute("DELETE FROM claim WHERE patient_id LIKE '" + PATIENTS + "%'");
                s.execute("ANALYZE claim");
            }
        }
    }

    private record Lookup(Map<UUID, UUID> duplicates, long sequentialScans, long rowsRead) {
    }

    private Lookup lookUp(List<Claim> batch) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long scansBefore = TableReads.sequentialScans(c, "claim");
            long rowsBefore = TableReads.rowsRead(c, "claim");
            Map<UUID, UUID> duplicates = intake.earlierDuplicatesOf(batch);
            return new Lookup(duplicates, TableReads.sequentialScans(c, "claim") - scansBefore,
                    TableReads.rowsRead(c, "claim") - rowsBefore);
        }
    }

    /** The golden claim (99213-25 and G0008) of another patient on another day, billed by Lakeside. */
    private static Claim newClaim(String patientId, LocalDate day) {
        ClaimDetails golden = ClaimMother.goldenDetails();
        ClaimDetails details = new ClaimDetails(UUID.randomUUID(), "EHR-" + patientId,
                new Patient(patientId, "Jane", "Doe", LocalDate.of(1970, 1, 1), "F"), golden.subscriberMemberId(),
                golden.payerId(), TestPractices.LAKESIDE, golden.renderingProviderNpi(), golden.placeOfService(), day,
                golden.diagnoses(), golden.lines(), "corr-" + patientId);
        return Claim.create(UUID.randomUUID(), details, Correction.ORIGINAL, Instant.now()).claim();
    }

}
