package io.openrcm.claim.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.openrcm.claim.application.ClaimSummary;
import io.openrcm.claim.persistence.ClaimReadStore;
import io.openrcm.claim.persistence.PatientAccountQueries;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.infra.TableOwner;
import io.openrcm.infra.TableReads;
import io.openrcm.platform.eventing.outbox.OutboxRepository;
import io.openrcm.platform.eventing.outbox.ParkedOutboxRepository;
import io.openrcm.testsupport.OutboxPlans;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: an EHR looks its claims up by encounter (GET /claims?encounterId=...), and the copay of an encounter
 * finds the encounter's live claim; on a claim table of thousands of rows both read it through an index, as do the
 * outbox's timed queries. A benchmark found the encounter lookup scanning the whole table on every call.
 */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class EncounterLookupPlanTest {

    private static final int CLAIMS = 5_000;
    private static final String PATIENTS = "PLAN-";

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
    void theClaimsOfAnEncounterAreReadThroughAnIndex() throws Exception {
        UUID encounter = UUID.randomUUID();
        UUID original = UUID.randomUUID();
        UUID replacement = UUID.randomUUID();
        try (Connection c = TableOwner.connect()) {
            fillClaims(c, encounter, original, replacement);
        }
        try {
            Lookups found = QuarkusTransaction.requiringNew().call(() -> lookUp(encounter));

            assertThat(found.page().total()).isEqualTo(2);
            assertThat(found.page().items()).extracting(ClaimSummary::claimId)
                    .containsExactlyInAnyOrder(original, replacement);
            assertThat(found.live()).map(PatientAccountQueries.EncounterClaim::claimId).contains(replacement);
            assertThat(found.unknownHasClaim()).isFalse();
            assertThat(found.sequentialScans()).as("sequential scans of claim").isZero();
            assertThat(found.rowsRead()).as("rows of claim read, of " + CLAIMS).isLessThan(50);
        } finally {
            try (Connection c = TableOwner.connect(); Statement s = c.createStatement()) {
                s.execute("DELETE FROM claim WHERE patient_id LIKE '" + PATIENTS + "%'");
                s.execute("ANALYZE claim");
            }
        }
    }

    /** What the lookups found, and how they read the claim table. */
    private record Lookups(ClaimSummary.Page page, Optional<PatientAccountQueries.EncounterClaim> live,
            boolean unknownHasClaim, long sequentialScans, long rowsRead) {
    }

    /** The encounter's lookups in one transaction, whose connection counts how they read the table. */
    private Lookups lookUp(UUID encounter) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long scansBefore = TableReads.sequentialScans(c, "claim");
            long rowsBefore = TableReads.rowsRead(c, "claim");
            ClaimSummary.Page page = reads.search(new ClaimSummary.Filter(encounter, null, null, null, null,
                    Set.of(TestPractices.LAKESIDE)), 0, 20);
            var live = accounts.liveClaimOfEncounter(encounter);
            boolean unknownHasClaim = accounts.encounterHasClaim(UUID.randomUUID());
            return new Lookups(page, live, unknownHasClaim, TableReads.sequentialScans(c, "claim") - scansBefore,
                    TableReads.rowsRead(c, "claim") - rowsBefore);
        }
    }

    @Test
    @TestTransaction
    void theOutboxGaugesAndListingReadThroughAnIndex() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            OutboxPlans.Reads reads = OutboxPlans.readsOfTimedQueries(c, outbox, parkedOutbox);
            assertThat(reads.sequentialScans()).as("sequential scans of outbox_event").isZero();
            assertThat(reads.rowsRead()).as("rows of outbox_event read, of 20,000").isLessThan(1_000);
        }
    }

    /**
     * Thousands of original claims of three practices, a few corrections, and the encounter looked up: its original
     * (corrected) and the replacement that took its place. Committed and analyzed by the owner, so the planner sees
     * them as it would in production; none is READY, so no submission run picks one up before the test deletes them.
     */
    private static void fillClaims(Connection c, UUID encounter, UUID original, UUID replacement) throws Exception {
        String columns = "INSERT INTO claim (id, encounter_id, status, patient_id, patient_last_name,"
                + " patient_birth_date, patient_sex, subscriber_member_id, payer_id, billing_provider_npi,"
                + " place_of_service, date_of_service, total_charge, paid_amount, adjustment_amount,"
                + " patient_responsibility, created_at, updated_at, version, frequency_code, original_claim_id) ";
        try (Statement s = c.createStatement()) {
            s.execute(columns + "SELECT gen_random_uuid(), gen_random_uuid(), (ARRAY['SUBMITTED', 'ACCEPTED',"
                    + " 'PAID', 'PAID'])[1 + g % 4], '" + PATIENTS + "' || (g % 900), 'Doe', DATE '1970-01-01'"
                    + " + g % 9000, 'F', 'M' || g,"
                    + " 'BCBS-IL', (ARRAY['" + TestPractices.LAKESIDE + "', '" + TestPractices.ADA + "', '"
                    + TestPractices.PRAIRIE + "'])[1 + g % 3], '11', DATE '2026-01-01' + g % 300, 100, 0, 0, 0,"
                    + " now() - g * interval '1 minute', now(), 0, '1', NULL::uuid FROM generate_series(1, " + CLAIMS
                    + ") g");
            s.execute(columns + "SELECT gen_random_uuid(), encounter_id, 'SUBMITTED', patient_id, 'Doe',"
                    + " patient_birth_date, 'F', 'M', payer_id, billing_provider_npi, '11', date_of_service, 100, 0,"
                    + " 0, 0, now(), now(), 0, '7', id FROM claim WHERE patient_id LIKE '" + PATIENTS + "%' LIMIT 30");
        }
        try (PreparedStatement ps = c.prepareStatement(columns + "VALUES (?, ?, ?, '" + PATIENTS + "X', 'Doe',"
                + " DATE '1970-01-01', 'F', 'M', 'BCBS-IL', ?, '11', DATE '2026-02-01', 100, 0, 0, 0,"
                + " now() - ?::interval, now(), 0, ?, ?)")) {
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
