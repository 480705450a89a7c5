package io.openrcm.platform.eventing.consumer;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What a consumer loop does with a batch: applies it, or throws when it could not (the loop then retries). */
interface BatchApplier {

    /** Applies the records; throws on a failure the caller must retry. */
    void process(List<ConsumerRecord<String, String>> batch) throws Exception;
}
