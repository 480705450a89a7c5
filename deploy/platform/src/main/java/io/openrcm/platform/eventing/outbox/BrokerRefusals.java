package io.openrcm.platform.eventing.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;

/**
 * Tells a record the broker will never take (whatever the retries) from a passing failure. Only refusals of the
 * record or its topic count: a broker that is away or refuses this client altogether is waited out, not parked.
 */
final class BrokerRefusals {

    private BrokerRefusals() {
    }

    static boolean isForGood(Throwable failure) {
        return failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidTopicException || failure instanceof TopicAuthorizationException
                || failure instanceof InvalidRecordException || failure instanceof SerializationException;
    }
}
