package io.openrcm.reimbursement.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.platform.eventing.consumer.EventContext;
import io.openrcm.reimbursement.application.NewExpectedClaim;
import io.openrcm.kernel.Money;
import io.openrcm.testsupport.EventContracts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClaimSubmittedV1Test {

    /** The producer's golden example, as published in rcm-event-contracts. */
    static final String GOLDEN = EventContracts.exampleText(EventContracts.CLAIM_SUBMITTED);

    private final ObjectMapper mapper = new ObjectMapper();
    private final EventContext envelope = new EventContext(UUID.randomUUID(), "ClaimSubmitted", 1, Instant.now(),
            "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "corr-1", "rcm.claims.claim-submitted.v1", "{}");

    @Test
    void readsWhatItNeedsFromTheProducersGoldenExample() throws Exception {
        ClaimSubmittedV1 event = mapper.readValue(GOLDEN, ClaimSubmittedV1.class);

        NewExpectedClaim claim = event.toExpectedClaim(envelope);

        assertThat(claim.claimId()).isEqualTo("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");
        assertThat(claim.payerId()).isEqualTo("BCBS-IL");
        assertThat(claim.billingProviderNpi()).isEqualTo("1234567893");
        assertThat(claim.dateOfService()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(claim.totalCharge()).isEqualTo(Money.parse("160.00"));
        assertThat(claim.lines()).extracting(NewExpectedClaim.Line::code).containsExactly("99213", "G0008");
        assertThat(claim.lines().get(0).modifiers()).containsExactly("25");
        assertThat(claim.correlationId()).isEqualTo("corr-1");
        assertThat(claim.sourceEventId()).isEqualTo(envelope.eventId());
    }

    @Test
    void ignoresFieldsItDoesNotKnow() throws Exception {
        ClaimSubmittedV1 event = mapper.readValue("{\"claimId\":\"C-1\",\"payerId\":\"P\",\"totalCharge\":\"1.00\","
                + "\"somethingNew\":{\"x\":1},\"lines\":[]}", ClaimSubmittedV1.class);

        assertThat(event.violations()).isEmpty();
        assertThat(event.toExpectedClaim(envelope).claimId()).isEqualTo("C-1");
    }

    @Test
    void rejectsAnEventMissingWhatItNeedsNamingEveryProblem() {
        ClaimSubmittedV1 event = new ClaimSubmittedV1(null, null, null, "P", null, "2026-13-01", "1.005",
                List.of(new ClaimSubmittedV1.Line(1, null, List.of(), 1, "10.00", null)));

        assertThat(String.join("; ", event.violations())).contains("claimId is missing",
                "dateOfService is not an ISO date", "totalCharge must have at most 2 decimals",
                "lines[0].code is missing");
        assertThatThrownBy(() -> event.toExpectedClaim(envelope)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claimId is missing");
    }
}
