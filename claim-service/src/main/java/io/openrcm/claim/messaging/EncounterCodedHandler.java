package io.openrcm.claim.messaging;

import io.openrcm.claim.application.ClaimIntakeService;
import io.openrcm.claim.domain.ClaimRuleException;
import io.openrcm.platform.eventing.RejectedEventException;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.consumer.EventContext;
import io.openrcm.platform.eventing.consumer.TypedEvent;
import io.openrcm.platform.eventing.consumer.TypedEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Consumer {@code claim-service.encounter-coded}: each EncounterCoded event becomes a submitted claim. An encounter
 * that cannot be billed (missing or malformed fields, unknown payer or billing provider) is dead-lettered with the
 * reason; a second event for the same encounter changes nothing. A batch of events is applied in one pass.
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
        applyAll(List.of(new TypedEvent<>(payload, context)));
    }

    /**
     * The batch's encounters become claims in one pass. An encounter that cannot be billed rejects the whole batch,
     * which the platform then applies again one event at a time, so only that event is dead-lettered.
     */
    @Override
    public void applyAll(List<TypedEvent<EncounterCodedPayload>> events) {
        List<ClaimIntakeService.EncounterToBill> batch = events.stream()
                .map(e -> new ClaimIntakeService.EncounterToBill(e.payload().toCodedEncounter(),
                        e.context().correlationIdOrEventId())).toList();
        try {
            intake.createFromEncounters(batch);
        } catch (ClaimRuleException e) {
            throw new RejectedEventException(e.getMessage(), e);
        }
    }

    @Override
    public boolean setBased() {
        return true;
    }
}
