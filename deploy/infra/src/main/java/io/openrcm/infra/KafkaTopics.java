package io.openrcm.infra;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates topics on any broker (embedded or external) through the Admin client, leaving existing ones alone. */
public final class KafkaTopics {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private KafkaTopics() {
    }

    /**
     * Creates each missing topic with the given partitions and replication factor 1 (a single-node broker), as the
     * client the properties describe (bootstrap servers and security: an administrator's, see {@link KafkaCredentials}).
     */
    public static void createIfMissing(Map<String, Object> clientProperties, Collection<String> names, int partitions) {
        String bootstrapServers = String.valueOf(clientProperties.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        if (names.isEmpty()) {
            return;
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("A topic needs at least one partition, got " + partitions);
        }
        List<NewTopic> topics = names.stream().distinct().map(name -> new NewTopic(name, partitions, (short) 1)).toList();
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.putAll(timeouts());
        props.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "rcm-infra-admin");
        try (Admin admin = Admin.create(props)) {
            Map<String, KafkaFuture<Void>> results = admin.createTopics(topics).values();
            for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
                awaitCreated(result.getKey(), result.getValue(), bootstrapServers);
            }
        }
    }

    /** Short timeouts: the infrastructure's own calls should fail in seconds, not in the client's default minute. */
    static Map<String, Object> timeouts() {
        return Map.of(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000", AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
    }

    private static void awaitCreated(String topic, KafkaFuture<Void> future, String bootstrapServers) {
        try {
            future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(
                        "Could not create topic " + topic + " on " + bootstrapServers + ": " + e.getCause().getMessage(),
                        e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out after " + TIMEOUT + " creating topic " + topic + " on " + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topic, e);
        }
    }
}
