package io.openrcm.claim.messaging;

import io.openrcm.claim.application.ClaimIntakeService;
import io.openrcm.claim.domain.ClaimRuleException;
import io.openrcm.platform.eventing.RejectedEventException;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.consumer.EventContext;
import io.openrcm.platform.eventing.consumer.TypedEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Consumer {@code claim-service.encounter-coded}: each EncounterCoded event becomes a submitted claim. An encounter
 * that cannot be billed (missing or malformed fields, unknown payer or billing provider) is dead-lettered with the
 * reason; a second event for the same encounter changes nothing.
 */
@ApplicationScoped
public class EncounterCodedHandler implements TypedEventHandler<EncounterCodedPayload> {

    static final String CONSUMER = "claim-service.encounter-coded";
    static final String EVENT_TYPE = "EncounterCoded";

    private final ClaimIntakeService intake;

    @Inject
    public EncounterCodedHandler(ClaimIntakeService intake) {
        this.intake = intake;
    }

    @Override
    public String consumerName() {
        return CONSUMER;
    }

    @Override
    public String topic() {
        return Topics.ENCOUNTER_CODED;
    }

    @Override
    public String eventType() {
        return EVENT_TYPE;
    }

    @Override
    public Class<EncounterCodedPayload> payloadClass() {
        return EncounterCodedPayload.class;
    }

    @Override
    public void apply(EncounterCodedPayload payload, EventContext context) {
        try {
            intake.createFromEncounter(payload.toCodedEncounter(), context.correlationIdOrEventId());
        } catch (ClaimRuleException e) {
            throw new RejectedEventException(e.getMessage(), e);
        }
    }
}
