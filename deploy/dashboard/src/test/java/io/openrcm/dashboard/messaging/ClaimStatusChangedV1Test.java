package io.openrcm.dashboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openrcm.dashboard.domain.ClaimStatusChange;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.testsupport.EventContracts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dashboard reads the claim-service's own golden example, and tolerates what may be added to it. */
class ClaimStatusChangedV1Test {

    private final ObjectMapper mapper = new ObjectMapper();

    /** The producer's golden example, as published in rcm-event-contracts. */
    static final String GOLDEN = EventContracts.exampleText(EventContracts.CLAIM_STATUS_CHANGED);

    @Test
    void readsTheProducersGoldenExample() throws Exception {
        ClaimStatusChangedV1 payload = mapper.readValue(GOLDEN, ClaimStatusChangedV1.class);
        assertThat(payload.violations()).isEmpty();
        ClaimStatusChange c = payload.toChange(UUID.randomUUID());
        assertThat(c.claimId()).isEqualTo("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");
        assertThat(c.payerId()).isEqualTo("BCBS-IL");
        assertThat(c.fromStatus()).isEqualTo("SUBMITTED");
        assertThat(c.toStatus()).isEqualTo("PARTIALLY_PAID");
        assertThat(c.reasonCodes()).containsExactly("CO-45", "PR-2");
        assertThat(c.amounts().outstanding()).isEqualByComparingTo("20.00");
        assertThat(c.changedAt()).isEqualTo(Instant.parse("2026-11-20T09:30:00Z"));
        assertThat(c.dateOfService()).isEqualTo(LocalDate.parse("2026-11-02"));
    }

    @Test
    void usesAddedFieldsWhenPresentAndIgnoresUnknownOnes() throws Exception {
        ObjectNode event = (ObjectNode) mapper.readTree(GOLDEN);
        event.put("dateOfService", "2026-11-01");
        event.put("denialCategory", "CODING");
        event.putObject("somethingNew").put("x", 1);
        String json = mapper.writeValueAsString(event);
        ClaimStatusChange c = mapper.readValue(json, ClaimStatusChangedV1.class).toChange(UUID.randomUUID());
        assertThat(c.dateOfService()).isEqualTo(LocalDate.parse("2026-11-01"));
        assertThat(c.denialCategory()).isEqualTo("CODING");
    }

    @Test
    void readsWhoHasTheClaimAndThePatientBalanceAndToleratesEventsWithoutThem() throws Exception {
        ClaimStatusChange golden = mapper.readValue(GOLDEN, ClaimStatusChangedV1.class).toChange(UUID.randomUUID());
        assertThat(golden.responsibility()).isEqualTo("PRIMARY");
        assertThat(golden.patientBalance()).isEqualByComparingTo("0.00");

        ObjectNode patientOnly = (ObjectNode) mapper.readTree(GOLDEN);
        patientOnly.put("fromStatus", "PAID").put("toStatus", "PAID").put("responsibility", "PATIENT")
                .put("patientBalance", "8.00");
        ClaimStatusChange paid = mapper.readValue(mapper.writeValueAsString(patientOnly), ClaimStatusChangedV1.class)
                .toChange(UUID.randomUUID());
        assertThat(paid.patientBalance()).isEqualByComparingTo("8.00");
        assertThat(paid.isPatientOnly()).isTrue();

        ObjectNode before = (ObjectNode) mapper.readTree(GOLDEN);
        before.remove("responsibility");
        before.remove("patientBalance");
        ClaimStatusChangedV1 older = mapper.readValue(mapper.writeValueAsString(before), ClaimStatusChangedV1.class);
        assertThat(older.violations()).isEmpty();
        ClaimStatusChange c = older.toChange(UUID.randomUUID());
        assertThat(c.responsibility()).isNull();
        assertThat(c.patientBalance()).isNull();
        assertThat(c.isPatientOnly()).isFalse();

        before.put("patientBalance", "8.001");
        assertThat(mapper.readValue(mapper.writeValueAsString(before), ClaimStatusChangedV1.class).violations())
                .contains("patientBalance has fractions of a cent");
    }

    @Test
    void refusesAChangeWithoutAmounts() throws Exception {
        ClaimStatusChangedV1 payload = mapper.readValue("{\"claimId\": \"c\", \"payerId\": \"p\"}",
                ClaimStatusChangedV1.class);
        assertThat(payload.violations()).contains("totalCharge is missing", "changedAt is missing",
                "billingProviderNpi is missing");
        assertThatThrownBy(() -> payload.toChange(UUID.randomUUID())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("totalCharge");
    }
}
