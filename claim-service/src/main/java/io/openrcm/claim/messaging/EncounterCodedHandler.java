package io.openrcm.claim.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.claim.application.ClaimIntakeService;
import io.openrcm.claim.application.EncounterCodedPayload;
import io.openrcm.claim.domain.ClaimRuleException;
import io.openrcm.platform.eventing.RejectedEventException;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.consumer.EventHandler;
import io.openrcm.platform.eventing.consumer.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Consumer {@code claim-service.encounter-coded}: each EncounterCoded event becomes a submitted claim. An encounter
 * that cannot be billed (unknown payer or billing provider, a code without a fee, missing data) is dead-lettered
 * with the reason; a second event for the same encounter changes nothing.
 */
@ApplicationScoped
public class EncounterCodedHandler implements EventHandler {

    static final String CONSUMER = "claim-service.encounter-coded";
    static final String EVENT_TYPE = "EncounterCoded";

    private final ObjectMapper mapper;
    private final ClaimIntakeService intake;

    @Inject
    public EncounterCodedHandler(ObjectMapper mapper, ClaimIntakeService intake) {
        this.mapper = mapper;
        this.intake = intake;
    }

    @Override
    public String consumerName() {
        return CONSUMER;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.ENCOUNTER_CODED);
    }

    @Override
    public void handle(IncomingEvent event) throws Exception {
        EncounterCodedPayload payload = EventPayloads.read(mapper, event, EVENT_TYPE, EncounterCodedPayload.class);
        try {
            intake.createFromEncounter(payload, EventPayloads.correlationId(event));
        } catch (ClaimRuleException e) {
            throw new RejectedEventException(e.getMessage(), e);
        }
    }
}
