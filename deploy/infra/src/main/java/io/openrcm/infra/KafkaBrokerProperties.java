package io.openrcm.infra;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The settings of a single-node KRaft broker that is its own controller, listening on 127.0.0.1 only. Clients speak
 * SASL/SCRAM-SHA-512 over TLS and are held to their ACLs (deny when no ACL matches). The broker's own listeners (the
 * controller's, and the internal one brokers replicate over) take TLS connections with a client certificate only,
 * and only the broker's own certificate is a superuser there.
 */
final class KafkaBrokerProperties {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String CLIENT_LISTENER = "CLIENT";
    static final String INTERNAL_LISTENER = "INTERNAL";

    private KafkaBrokerProperties() {
    }

    static Properties singleNode(Path logDir, int brokerPort, int internalPort, int controllerPort, int defaultPartitions,
            KafkaBrokerSecurity security) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        // A static quorum: the voter set lives in config, so the controller port may change between restarts.
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listeners", CLIENT_LISTENER + "://127.0.0.1:" + brokerPort + "," + INTERNAL_LISTENER + "://127.0.0.1:"
                + internalPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", CLIENT_LISTENER + "://127.0.0.1:" + brokerPort + "," + INTERNAL_LISTENER + "://127.0.0.1:" + internalPort);
        props.put("listener.security.protocol.map", CLIENT_LISTENER + ":SASL_SSL," + INTERNAL_LISTENER + ":SSL," + CONTROLLER_LISTENER + ":SSL");
        props.put("inter.broker.listener.name", INTERNAL_LISTENER);
        props.put("log.dirs", logDir.toAbsolutePath().toString());
        secure(props, security);

        // One node: every internal topic must accept replication factor 1, or consumer groups and transactions stall.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        // Nobody else will join a group here: waiting 3 s for more members only slows every test's first poll.
        props.put("group.initial.rebalance.delay.ms", "0");
        // 50 offset partitions by default: on one node with a handful of groups they only slow the first group's join
        // and the log recovery after a crash. Applies when the topic is created, so kept data keeps its count.
        props.put("offsets.topic.num.partitions", "5");
        // The default 128 MiB dedupe buffer is heap allocated up front; compaction of our small topics needs little.
        props.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        // A client may still create a topic by using it, but only one its CREATE ACL names.
        props.put("auto.create.topics.enable", "true");
        props.put("num.partitions", Integer.toString(defaultPartitions));
        return props;
    }

    private static void secure(Properties props, KafkaBrokerSecurity security) {
        String client = "listener.name." + CLIENT_LISTENER.toLowerCase() + ".";
        // Every listener presents the broker's certificate from the local CA and trusts that CA.
        for (String listener : new String[] {CLIENT_LISTENER, INTERNAL_LISTENER, CONTROLLER_LISTENER}) {
            security.tlsClient("listener.name." + listener.toLowerCase() + ".").forEach((key, value) -> {
                if (!key.endsWith("security.protocol")) {
                    props.put(key, value);
                }
            });
        }
        // The broker's own listeners are no back door: a TLS client certificate is required (the broker's own, as it
        // talks to its controller and to itself there). SCRAM cannot serve the controller (its users live in the
        // metadata that listener serves), and a static password would be one more secret in this configuration.
        // Every other certificate of the local CA (the services' HTTPS ones) names a principal without any ACL.
        props.put("listener.name." + CONTROLLER_LISTENER.toLowerCase() + ".ssl.client.auth", "required");
        props.put("listener.name." + INTERNAL_LISTENER.toLowerCase() + ".ssl.client.auth", "required");
        props.put("sasl.enabled.mechanisms", KafkaCredentials.SASL_MECHANISM);
        props.put(client + "sasl.enabled.mechanisms", KafkaCredentials.SASL_MECHANISM);
        // The server side of SCRAM needs a login module but no credentials of its own (the broker never logs in there).
        props.put(client + KafkaCredentials.SASL_MECHANISM.toLowerCase() + ".sasl.jaas.config", KafkaCredentials.LOGIN_MODULE + " required;");
        props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        props.put("allow.everyone.if.no.acl.found", "false");
        props.put("super.users", "User:" + KafkaAccessTable.ADMIN + ";User:" + security.brokerPrincipal());
    }
}
