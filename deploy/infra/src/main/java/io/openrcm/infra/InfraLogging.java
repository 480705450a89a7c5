package io.openrcm.infra;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns the embedded broker's and database's chatty INFO logging down to warnings. */
public final class InfraLogging {

    /**
     * The broker logs through SLF4J, which in every JVM of ours ends in java.util.logging (plain JUL in the launcher,
     * JBoss LogManager under Quarkus), so JUL levels quiet it wherever it runs.
     */
    private static final Map<String, Level> LEVELS = Map.of(
            "kafka", Level.WARNING,
            "org.apache.kafka", Level.WARNING,
            "state.change.logger", Level.WARNING,
            "io.zonky.test", Level.WARNING,
            // Warns on every start of a fresh single-node controller ("Performing controller activation"): nothing to act on.
            "org.apache.kafka.controller.QuorumController", Level.SEVERE);

    // JUL holds loggers weakly: a logger collected with its level set would come back at the default level.
    private static final List<Logger> QUIETED = new CopyOnWriteArrayList<>();

    private InfraLogging() {
    }

    /** Sets the broker and database categories to WARNING unless someone configured a level for them already. */
    public static synchronized void quietEmbeddedInfrastructure() {
        if (!QUIETED.isEmpty()) {
            return;
        }
        LEVELS.forEach((category, level) -> {
            Logger logger = Logger.getLogger(category);
            if (logger.getLevel() == null) {
                logger.setLevel(level);
            }
            QUIETED.add(logger);
        });
    }
}
