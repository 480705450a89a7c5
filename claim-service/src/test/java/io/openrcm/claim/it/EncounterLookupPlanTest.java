package io.openrcm.claim.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.openrcm.claim.application.ClaimSummary;
import io.openrcm.claim.persistence.ClaimReadStore;
import io.openrcm.claim.persistence.PatientAccountQueries;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.infra.SequentialScans;
import io.openrcm.platform.eventing.outbox.OutboxRepository;
import io.openrcm.platform.eventing.outbox.ParkedOutboxRepository;
import io.openrcm.testsupport.OutboxPlans;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: an EHR looks its claims up by encounter (GET /claims?encounterId=...), and the copay of an encounter
 * finds the encounter's live claim; on a claim table of thousands of rows both read it through an index, as do the
 * outbox's timed queries. A benchmark found the encounter lookup scanning the whole table on every call. Each test
 * fills the tables in its own transaction, which is rolled back.
 */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class EncounterLookupPlanTest {

    private static final int CLAIMS = 5_000;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ClaimReadStore reads;
    @Inject
    PatientAccountQueries accounts;
    @Inject
    OutboxRepository outbox;
    @Inject
    ParkedOutboxRepository parkedOutbox;

    @Test
    @TestTransaction
    void theClaimsOfAnEncounterAreReadThroughAnIndex() throws Exception {
        UUID encounter = UUID.randomUUID();
        UUID original = UUID.randomUUID();
        UUID replacement = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            fillClaims(c, encounter, original, replacement);
            long before = SequentialScans.of(c, "claim");

            ClaimSummary.Page found = reads.search(new ClaimSummary.Filter(encounter, null, null, null, null,
                    Set.of(TestPractices.LAKESIDE)), 0, 20);
            var live = accounts.liveClaimOfEncounter(encounter);
            boolean unknownHasClaim = accounts.encounterHasClaim(UUID.randomUUID());

            assertThat(found.total()).isEqualTo(2);
            assertThat(found.items()).extracting(ClaimSummary::claimId)
                    .containsExactlyInAnyOrder(original, replacement);
            assertThat(live).map(PatientAccountQueries.EncounterClaim::claimId).contains(replacement);
            assertThat(unknownHasClaim).isFalse();
            assertThat(SequentialScans.of(c, "claim")).as("sequential scans of claim").isEqualTo(before);
        }
    }

    @Test
    @TestTransaction
    void theOutboxGaugesAndListingReadThroughAnIndex() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(OutboxPlans.sequentialScansOfTimedQueries(c, outbox, parkedOutbox))
                    .as("sequential scans of outbox_event").isZero();
        }
    }

    /**
     * Thousands of original claims of three practices, a few corrections, and the encounter looked up: its original
     * (corrected) and the replacement that took its place.
     */
    private static void fillClaims(Connection c, UUID encounter, UUID original, UUID replacement) throws Exception {
        String columns = "INSERT INTO claim (id, encounter_id, status, patient_id, patient_last_name,"
                + " patient_birth_date, patient_sex, subscriber_member_id, payer_id, billing_provider_npi,"
                + " place_of_service, date_of_service, total_charge, paid_amount, adjustment_amount,"
                + " patient_responsibility, created_at, updated_at, version, frequency_code, original_claim_id) ";
        try (Statement s = c.createStatement()) {
            s.execute(columns + "SELECT gen_random_uuid(), gen_random_uuid(), (ARRAY['SUBMITTED', 'ACCEPTED', 'PAID',"
                    + " 'READY'])[1 + g % 4], 'PLAN-' || (g % 900), 'Doe', DATE '1970-01-01' + g % 9000, 'F', 'M' || g,"
                    + " 'BCBS-IL', (ARRAY['" + TestPractices.LAKESIDE + "', '" + TestPractices.ADA + "', '"
                    + TestPractices.PRAIRIE + "'])[1 + g % 3], '11', DATE '2026-01-01' + g % 300, 100, 0, 0, 0,"
                    + " now() - g * interval '1 minute', now(), 0, '1', NULL::uuid FROM generate_series(1, " + CLAIMS
                    + ") g");
            s.execute(columns + "SELECT gen_random_uuid(), encounter_id, 'SUBMITTED', patient_id, 'Doe',"
                    + " patient_birth_date, 'F', 'M', payer_id, billing_provider_npi, '11', date_of_service, 100, 0,"
                    + " 0, 0, now(), now(), 0, '7', id FROM claim WHERE patient_id LIKE 'PLAN-%' LIMIT 30");
        }
        try (PreparedStatement ps = c.prepareStatement(columns + "VALUES (?, ?, ?, 'PLAN-X', 'Doe', DATE '1970-01-01',"
                + " 'F', 'M', 'BCBS-IL', ?, '11', DATE '2026-02-01', 100, 0, 0, 0, now() - ?::interval, now(), 0, ?,"
                + " ?)")) {
            row(ps, original, encounter, "CORRECTED", "1 day", "1", null);
            row(ps, replacement, encounter, "SUBMITTED", "1 hour", "7", original);
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE claim");
        }
    }

    private static void row(PreparedStatement ps, UUID id, UUID encounter, String status, String age,
            String frequency, UUID originalClaim) throws Exception {
        ps.setObject(1, id);
        ps.setObject(2, encounter);
        ps.setString(3, status);
        ps.setString(4, TestPractices.LAKESIDE);
        ps.setString(5, age);
        ps.setString(6, frequency);
        ps.setObject(7, originalClaim, Types.OTHER);
        ps.addBatch();
    }
}
