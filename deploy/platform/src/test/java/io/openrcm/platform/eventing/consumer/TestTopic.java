package io.openrcm.platform.eventing.consumer;

import io.openrcm.infra.KafkaTestAccess;
import io.openrcm.platform.eventing.CloudEventHeaders;
import io.openrcm.platform.eventing.EventEnvelope;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** A fresh topic on the test broker, filled with numbered events, and a handler stub that names it. */
final class TestTopic {

    private TestTopic() {
    }

    /** Sends {@code count} events with CloudEvents headers, spread over the topic's partitions by key. */
    static void fill(String bootstrap, String topic, int count) throws Exception {
        Map<String, Object> cfg = KafkaTestAccess.clientProperties(bootstrap);
        cfg.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(cfg, new StringSerializer(),
                new StringSerializer())) {
            Future<?> last = null;
            for (int i = 0; i < count; i++) {
                String key = "k" + i;
                EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "Counted", 1, "/test", Instant.now(),
                        key, "corr-" + i);
                last = producer.send(new ProducerRecord<>(topic, null, key, "{\"n\":" + i + "}",
                        CloudEventHeaders.of(envelope)));
            }
            producer.flush();
            last.get();
        }
    }

    /** A handler that only names its consumer and topic: the fault tests apply through their own BatchApplier. */
    static EventHandler handlerOf(String consumer, String topic) {
        return new EventHandler() {
            @Override
            public String consumerName() {
                return consumer;
            }

            @Override
            public Set<String> topics() {
                return Set.of(topic);
            }

            @Override
            public void handle(IncomingEvent event) {
                throw new UnsupportedOperationException("not called in this test");
            }
        };
    }
}
