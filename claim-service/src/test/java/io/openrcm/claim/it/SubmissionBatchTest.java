package io.openrcm.claim.it;

import static io.openrcm.claim.it.ClaimFlow.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.openrcm.claim.application.ClaimEventPublisher;
import io.openrcm.claim.application.Submission;
import io.openrcm.claim.application.SubmissionScheduler;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimDomainEvent;
import io.openrcm.claim.domain.ClaimMother;
import io.openrcm.claim.domain.CobMother;
import io.openrcm.claim.domain.Correction;
import io.openrcm.claim.persistence.ClaimBatchStore;
import io.openrcm.claim.persistence.ClaimChanges;
import io.openrcm.claim.persistence.ClaimStore;
import io.openrcm.claim.persistence.SubmissionStore;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.kernel.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The scheduled run sends many READY claims and leaves, claim for claim, the rows and events the per-claim path left
 * before it was made set-based (reproduced here with the store's and publisher's per-claim methods for each claim's
 * state, history and events).
 */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class SubmissionBatchTest {

    private static final int CLAIMS = 60;

    @Inject
    ClaimStore claims;
    @Inject
    ClaimBatchStore batchStore;
    @Inject
    SubmissionStore submissions;
    @Inject
    ClaimEventPublisher publisher;
    @Inject
    DataSource dataSource;
    @Inject
    SubmissionScheduler scheduler;

    @Test
    void aScheduledRunOverManyReadyClaimsWritesWhatThePerClaimPathWrote() {
        ClaimRows rows = new ClaimRows(dataSource);
        List<ClaimDetails> details = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            details.add(ClaimRows.twin(i % 3 == 0 ? CobMother.commercialWithSpouseSecondary()
                    : ClaimMother.goldenDetails()));
        }
        List<UUID> expected = sentOneByOne(details);
        List<UUID> scheduled = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (ClaimDetails d : details) {
                Claim claim = ClaimMother.ready(ClaimRows.twin(d), Correction.ORIGINAL);
                claims.insert(claim);
                scheduled.add(claim.id());
            }
        });

        await().atMost(PATIENCE).until(() -> scheduled.stream().allMatch(id -> "SUBMITTED".equals(rows.status(id))));

        for (int i = 0; i < CLAIMS; i++) {
            assertThat(rows.of(scheduled.get(i))).as("claim %d", i).isEqualTo(rows.of(expected.get(i)));
        }
        // Committed together, they went out together: one interchange, one link per claim it carries.
        UUID submissionId = lastSubmissionOf(scheduled.get(0));
        assertThat(scheduled.stream().map(this::lastSubmissionOf).distinct()).containsExactly(submissionId);
        Map<String, Object> submission = rows.query("SELECT s.claim_count, s.content, (SELECT count(*) FROM"
                + " submission_claim sc WHERE sc.submission_id = s.id) AS links FROM submission s WHERE s.id = ?",
                submissionId).get(0);
        assertThat(((Number) submission.get("claim_count")).longValue()).isEqualTo(submission.get("links"))
                .isGreaterThanOrEqualTo(CLAIMS);
        assertThat((String) submission.get("content")).startsWith("ISA*");
    }

    @Test
    void aCommitThatMakesAClaimReadyStartsARunWithoutWaitingForTheInterval() {
        ClaimRows rows = new ClaimRows(dataSource);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long before = scheduler.readyCommits();
        Claim.Created created = Claim.create(UUID.randomUUID(), ClaimRows.twin(ClaimMother.goldenDetails()),
                Correction.ORIGINAL, now);
        Claim claim = created.claim();
        QuarkusTransaction.requiringNew().run(() -> {
            List<ClaimDomainEvent> events = new ArrayList<>(created.events());
            events.addAll(claim.scrubbed(List.of(), now));
            claims.insert(claim);
            publisher.publish(claim, events, claim.details().correlationId());
            assertThat(scheduler.readyCommits()).as("no run is asked for before the commit").isEqualTo(before);
        });

        assertThat(scheduler.readyCommits()).as("asked for once the transaction committed").isGreaterThan(before);
        await().atMost(PATIENCE).until(() -> "SUBMITTED".equals(rows.status(claim.id())));
    }

    @Test
    void aRolledBackTransactionAsksForNoRun() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long before = scheduler.readyCommits();
        Claim.Created created = Claim.create(UUID.randomUUID(), ClaimRows.twin(ClaimMother.goldenDetails()),
                Correction.ORIGINAL, now);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            Claim claim = created.claim();
            List<ClaimDomainEvent> events = new ArrayList<>(created.events());
            events.addAll(claim.scrubbed(List.of(), now));
            claims.insert(claim);
            publisher.publish(claim, events, claim.details().correlationId());
            throw new IllegalStateException("rolled back");
        })).hasMessageContaining("rolled back");

        assertThat(scheduler.readyCommits()).isEqualTo(before);
        assertThat(new ClaimRows(dataSource).query("SELECT id FROM claim WHERE id = ?", created.claim().id()))
                .isEmpty();
    }

    private UUID lastSubmissionOf(UUID claimId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT last_submission_id FROM claim WHERE id = ?")) {
            ps.setObject(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The claims sent claim by claim: READY and sent in one transaction (so the scheduler never sees them), each with
     * its state written through the entity ({@link ClaimStore#update}, as a payment posted alone), its own status
     * history entry and outbox insert; its link and submission count through {@link ClaimChanges}, the only way main
     * code writes them.
     */
    private List<UUID> sentOneByOne(List<ClaimDetails> details) {
        List<UUID> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            for (ClaimDetails d : details) {
                Claim claim = ClaimMother.ready(ClaimRows.twin(d), Correction.ORIGINAL);
                claims.insert(claim);
                ids.add(claim.id());
            }
            Submission submission = new Submission(UUID.randomUUID(), "BCBS-IL", 999_000_000 + details.size(),
                    999_000_000 + details.size(), details.size(), Money.ZERO, "ISA*reference", now);
            submissions.insert(submission);
            ClaimChanges links = batchStore.changes();
            int control = 1;
            for (Claim claim : batchStore.loadAll(ids)) {
                links.recordLink(submission.id(), claim.id(), String.format("%04d", control++));
                links.recordSubmission(claim.id(), submission.id());
                List<ClaimDomainEvent> events = claim.submit(submission.id(), now);
                claims.update(claim);
                publisher.publish(claim, events, claim.details().correlationId());
            }
            links.write();
        });
        return ids;
    }
}
