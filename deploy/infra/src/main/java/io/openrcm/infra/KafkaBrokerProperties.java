package io.openrcm.infra;

import java.nio.file.Path;
import java.util.Properties;

/** The settings of a single-node KRaft broker that is its own controller, listening on 127.0.0.1 only. */
final class KafkaBrokerProperties {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String BROKER_LISTENER = "PLAINTEXT";

    private KafkaBrokerProperties() {
    }

    static Properties singleNode(Path logDir, int brokerPort, int controllerPort, int defaultPartitions) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        // A static quorum: the voter set lives in config, so the controller port may change between restarts.
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listeners", BROKER_LISTENER + "://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", BROKER_LISTENER + "://127.0.0.1:" + brokerPort);
        props.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", BROKER_LISTENER);
        props.put("log.dirs", logDir.toAbsolutePath().toString());

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
        props.put("auto.create.topics.enable", "true");
        props.put("num.partitions", Integer.toString(defaultPartitions));
        return props;
    }
}
