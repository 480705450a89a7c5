package io.openrcm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every published golden example is valid against its own published schema. */
class EventContractsTest {

    @ParameterizedTest
    @ValueSource(strings = {EventContracts.ENCOUNTER_CODED, EventContracts.CLAIM_SUBMITTED,
        EventContracts.CLAIM_STATUS_CHANGED, EventContracts.PAYMENT_POSTED})
    void theGoldenExampleMeetsItsSchema(String event) {
        assertThat(EventContracts.violations(event, EventContracts.example(event))).isEmpty();
        assertThat(EventContracts.exampleResource(event)).startsWith("contracts/").contains("/examples/");
    }
}
