package io.openrcm.reimbursement.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.infra.TableOwner;
import io.openrcm.infra.TableReads;
import io.openrcm.platform.eventing.outbox.OutboxRepository;
import io.openrcm.platform.eventing.outbox.ParkedOutboxRepository;
import io.openrcm.reimbursement.application.RemittanceQueries;
import io.openrcm.reimbursement.domain.ExpectedClaim;
import io.openrcm.reimbursement.persistence.ExpectedClaimRows;
import io.openrcm.testsupport.OutboxPlans;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: on tables of thousands of rows, the outbox's timed queries and the lookups of expected claims by id (the
 * posting of a remittance batch, the owner check of GET /payments?claimId=...) read through an index. A benchmark
 * found the outbox's parked gauge scanning outbox_event every 5 s.
 */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "reimbursement"))
class PostingLookupPlanTest {

    private static final int CLAIMS = 20_000;
    private static final String IDS = "PLAN-";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ExpectedClaimRows expectedClaims;
    @Inject
    RemittanceQueries queries;
    @Inject
    OutboxRepository outbox;
    @Inject
    ParkedOutboxRepository parkedOutbox;

    @Test
    @TestTransaction
    void theOutboxGaugesAndListingReadThroughAnIndex() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            OutboxPlans.Reads reads = OutboxPlans.readsOfTimedQueries(c, outbox, parkedOutbox);
            assertThat(reads.sequentialScans()).as("sequential scans of outbox_event").isZero();
            assertThat(reads.rowsRead()).as("rows of outbox_event read, of 20,000").isLessThan(1_000);
        }
    }

    @Test
    void expectedClaimsAreLookedUpByIdThroughTheirPrimaryKeys() throws Exception {
        List<String> batch = IntStream.rangeClosed(1, 50).mapToObj(i -> IDS + (i * 97)).toList();
        try (Connection c = TableOwner.connect()) {
            fillExpectedClaims(c);
        }
        try {
            Lookups found = QuarkusTransaction.requiringNew().call(() -> lookUp(batch));

            assertThat(found.known()).hasSize(50);
            assertThat(found.known().get(IDS + 97).lines()).hasSize(2);
            assertThat(found.ownerFound()).isTrue();
            assertThat(found.claimScans()).as("sequential scans of expected_claim").isZero();
            assertThat(found.lineScans()).as("sequential scans of expected_claim_line").isZero();
            assertThat(found.claimRows()).as("expected claims read, of " + CLAIMS).isLessThan(500);
            assertThat(found.lineRows()).as("expected claim lines read, of " + 2 * CLAIMS).isLessThan(500);
        } finally {
            try (Connection c = TableOwner.connect(); Statement s = c.createStatement()) {
                s.execute("DELETE FROM expected_claim_line WHERE claim_id LIKE '" + IDS + "%'");
                s.execute("DELETE FROM expected_claim WHERE claim_id LIKE '" + IDS + "%'");
                s.execute("ANALYZE expected_claim, expected_claim_line");
            }
        }
    }

    /** What the lookups found, and how they read the two tables. */
    private record Lookups(Map<String, ExpectedClaim> known, boolean ownerFound,
            long claimScans, long lineScans, long claimRows, long lineRows) {
    }

    /** A posting batch's lookups and an owner check in one transaction, whose connection counts the reads. */
    private Lookups lookUp(List<String> batch) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long claimScans = TableReads.sequentialScans(c, "expected_claim");
            long lineScans = TableReads.sequentialScans(c, "expected_claim_line");
            long claimRows = TableReads.rowsRead(c, "expected_claim");
            long lineRows = TableReads.rowsRead(c, "expected_claim_line");
            Map<String, ExpectedClaim> known = expectedClaims.findKnown(batch);
            boolean ownerFound = queries.owner(IDS + 4242).isPresent();
            return new Lookups(known, ownerFound,
                    TableReads.sequentialScans(c, "expected_claim") - claimScans,
                    TableReads.sequentialScans(c, "expected_claim_line") - lineScans,
                    TableReads.rowsRead(c, "expected_claim") - claimRows,
                    TableReads.rowsRead(c, "expected_claim_line") - lineRows);
        }
    }

    /**
     * Claims submitted over months: thousands of expected claims of three practices, two lines each. Committed and
     * analyzed by the owner, so the planner sees them as it would in production; no remittance pays them, and the
     * test deletes them.
     */
    private static void fillExpectedClaims(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO expected_claim (claim_id, encounter_id, payer_id, billing_provider_npi, patient_id,"
                    + " date_of_service, total_charge, source_event_id, recorded_at) SELECT '" + IDS + "' || g,"
                    + " 'E-' || g, 'BCBS-IL', (ARRAY['" + TestPractices.LAKESIDE + "', '" + TestPractices.ADA + "', '"
                    + TestPractices.PRAIRIE + "'])[1 + g % 3], 'P-' || g % 900, DATE '2026-01-01' + g % 300, 100,"
                    + " gen_random_uuid(), now() - g * interval '1 minute' FROM generate_series(1, " + CLAIMS + ") g");
            s.execute("INSERT INTO expected_claim_line (claim_id, line_number, code, modifiers, units, charge,"
                    + " date_of_service) SELECT claim_id, n, '99213', '', 1, 50, date_of_service FROM expected_claim,"
                    + " generate_series(1, 2) n WHERE claim_id LIKE '" + IDS + "%'");
            s.execute("ANALYZE expected_claim, expected_claim_line");
        }
    }

}
