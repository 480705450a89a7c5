package io.openrcm.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * One fault the chaos run injects: a service killed with SIGKILL (and started again), the broker or PostgreSQL
 * stopped and started again, or a second instance of a service started and later stopped (two rebalances).
 *
 * @param kind what happens
 * @param target the service, or {@code kafka} / {@code postgresql}
 */
public record Fault(Kind kind, String target) {

    /** The kinds of fault. */
    public enum Kind {
        KILL, RESTART_KAFKA, RESTART_POSTGRES, SECOND_INSTANCE,
        /** One copy of a service run with several (e.g. {@code claim-service-2}) killed with SIGKILL and left dead. */
        KILL_INSTANCE
    }

    public static final List<String> SERVICES = List.of("code-service", "claim-service", "reimbursement-service");

    /**
     * The faults of one run in a seeded random order: each service killed killsPerService times, the broker and
     * PostgreSQL restarted once each, a second instance of each service started and stopped.
     */
    public static List<Fault> plan(int killsPerService, long seed) {
        List<Fault> faults = new ArrayList<>();
        for (String service : SERVICES) {
            for (int i = 0; i < killsPerService; i++) {
                faults.add(new Fault(Kind.KILL, service));
            }
            faults.add(new Fault(Kind.SECOND_INSTANCE, service));
        }
        faults.add(new Fault(Kind.RESTART_KAFKA, "kafka"));
        faults.add(new Fault(Kind.RESTART_POSTGRES, "postgresql"));
        Collections.shuffle(faults, new Random(seed));
        return List.copyOf(faults);
    }

    /** Kills one copy of a service (a stack with several) and leaves it dead: the other copies take over its work. */
    public static Fault killInstance(String instance) {
        return new Fault(Kind.KILL_INSTANCE, instance);
    }

    /** How the fault reads in the report, e.g. {@code kill -9 claim-service}. */
    public String describe() {
        return switch (kind) {
            case KILL -> "kill -9 " + target;
            case RESTART_KAFKA -> "restart Kafka broker";
            case RESTART_POSTGRES -> "restart PostgreSQL";
            case SECOND_INSTANCE -> "2nd " + target + " up and down";
            case KILL_INSTANCE -> "kill -9 " + target + " for good";
        };
    }
}
