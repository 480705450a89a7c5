package io.openrcm.platform.eventing.consumer;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What a consumer loop does with a batch: applies it, or throws when it could not (the loop then retries). */
interface BatchApplier {

    /** Applies the records; throws on a failure the caller must retry. */
    void process(List<ConsumerRecord<String, String>> batch) throws Exception;

    /**
     * Applies the records one by one after the batch failed too often, parking each record that still fails; throws
     * only when even that is impossible (an outage: the parking itself could not be written).
     */
    default void processEachOrPark(List<ConsumerRecord<String, String>> batch, FailureHistory history)
            throws Exception {
        process(batch);
    }
}
