package io.openrcm.claim.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDomainEvent;
import io.openrcm.claim.domain.ClaimMother;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.ClaimStatusChanged;
import io.openrcm.claim.domain.Correction;
import io.openrcm.claim.domain.Finding;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.outbox.Outbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a claim's events put into its status history and what they put on its topics. */
class ClaimEventBatchTest {

    private static final Instant AT = ClaimMother.CREATED_AT;

    @Test
    void aNewClaimScrubbedCleanIsPublishedOnceAsReadyAndItsHistoryKeepsBothSteps() {
        Claim.Created created = Claim.create(UUID.randomUUID(), ClaimMother.goldenDetails(), Correction.ORIGINAL, AT);
        List<ClaimDomainEvent> events = new ArrayList<>(created.events());
        events.addAll(created.claim().scrubbed(List.of(), AT));

        ClaimEventBatch batch = batchOf(created.claim(), events);

        assertThat(batch.statusChanges()).extracting(ClaimStatusChanged::from, ClaimStatusChanged::to)
                .containsExactly(tuple(null, ClaimStatus.CREATED),
                        tuple(ClaimStatus.CREATED, ClaimStatus.READY));
        assertThat(batch.rows()).hasSize(1);
        ClaimStatusChangedPayload published = payload(batch.rows().get(0));
        assertThat(published.fromStatus()).isNull();
        assertThat(published.toStatus()).isEqualTo("READY");
        assertThat(published.reason()).isEqualTo("Claim created from encounter "
                + ClaimMother.goldenDetails().encounterId() + "; Scrubbed: no findings");
        assertThat(published.outstanding()).isEqualTo("160.00");
    }

    @Test
    void aNewClaimThatFailsTheScrubIsPublishedOnceWithTheFindings() {
        Claim.Created created = Claim.create(UUID.randomUUID(), ClaimMother.goldenDetails(), Correction.ORIGINAL, AT);
        List<ClaimDomainEvent> events = new ArrayList<>(created.events());
        events.addAll(created.claim().scrubbed(List.of(new Finding("SCR-CHG-001", "no fee")), AT));

        ClaimEventBatch batch = batchOf(created.claim(), events);

        assertThat(batch.statusChanges()).hasSize(2);
        assertThat(batch.rows()).singleElement().satisfies(row -> {
            ClaimStatusChangedPayload published = payload(row);
            assertThat(published.fromStatus()).isNull();
            assertThat(published.toStatus()).isEqualTo("SCRUB_FAILED");
            assertThat(published.reasonCodes()).containsExactly("SCR-CHG-001");
            assertThat(published.reason()).endsWith("Scrubbed: 1 finding(s): SCR-CHG-001 no fee");
        });
    }

    @Test
    void changesOfAClaimThatExistedArePublishedOneByOne() {
        Claim claim = ClaimMother.ready();
        List<ClaimDomainEvent> events = claim.submit(UUID.randomUUID(), AT);

        ClaimEventBatch batch = batchOf(claim, events);

        assertThat(batch.statusChanges()).hasSize(1);
        assertThat(batch.rows()).extracting(Outbox.NewEvent::topic)
                .containsExactly(Topics.CLAIM_STATUS, Topics.CLAIM_SUBMITTED);
        assertThat(payload(batch.rows().get(0)).fromStatus()).isEqualTo("READY");
    }

    @Test
    void aNewClaimAloneIsPublishedAsCreated() {
        Claim.Created created = Claim.create(UUID.randomUUID(), ClaimMother.goldenDetails(), Correction.ORIGINAL, AT);

        ClaimEventBatch batch = batchOf(created.claim(), created.events());

        assertThat(batch.rows()).singleElement().satisfies(row -> assertThat(payload(row).toStatus())
                .isEqualTo("CREATED"));
    }

    @Test
    void aLongFoldedReasonIsCutToFiveHundredCharacters() {
        Claim.Created created = Claim.create(UUID.randomUUID(), ClaimMother.goldenDetails(), Correction.ORIGINAL, AT);
        List<ClaimDomainEvent> events = new ArrayList<>(created.events());
        events.addAll(created.claim().scrubbed(List.of(new Finding("SCR-X", "x".repeat(480))), AT));

        String reason = payload(batchOf(created.claim(), events).rows().get(0)).reason();

        assertThat(reason).hasSize(500).endsWith("...");
    }

    private static ClaimEventBatch batchOf(Claim claim, List<ClaimDomainEvent> events) {
        ClaimEventBatch batch = new ClaimEventBatch();
        batch.add(claim, events, "corr-1", null, id -> List.of());
        return batch;
    }

    private static ClaimStatusChangedPayload payload(Outbox.NewEvent row) {
        assertThat(row.topic()).isEqualTo(Topics.CLAIM_STATUS);
        return (ClaimStatusChangedPayload) row.payload();
    }
}
