package io.openrcm.launcher;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;

/**
 * Which copies of the services run and on which ports: the first copy of each service on its own (documented) port,
 * the others on the next free ports from a base upward, or on any free port when the base is 0 (tests).
 */
final class InstancePlan {

    private InstancePlan() {
    }

    /**
     * The copies to start, all first copies first (in the services' order), then every second copy, and so on.
     *
     * @param services       the services with the ports of their first copies
     * @param instances      copies of each service
     * @param singleInstance services that run once whatever instances says
     * @param portsFrom      the lowest port of the further copies; 0 picks any free port
     * @param isFree         whether a port can be bound now
     * @param anyFreePort    a free port chosen by the system
     */
    static List<ServiceInstance> plan(List<ServiceSpec> services, int instances, Set<String> singleInstance,
                                      int portsFrom, IntPredicate isFree, IntSupplier anyFreePort) {
        List<ServiceInstance> plan = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (ServiceSpec spec : services) {
            plan.add(new ServiceInstance(spec, 1));
            taken.add(spec.port());
        }
        int next = portsFrom;
        for (int number = 2; number <= instances; number++) {
            for (ServiceSpec spec : services) {
                if (singleInstance.contains(spec.name())) {
                    continue;
                }
                int port;
                if (portsFrom == 0) {
                    do {
                        port = anyFreePort.getAsInt();
                    } while (taken.contains(port));
                } else {
                    while (next <= 65535 && (taken.contains(next) || !isFree.test(next))) {
                        next++;
                    }
                    if (next > 65535) {
                        throw new StackException("No free port from " + portsFrom + " up for " + ServiceInstance.name(spec.name(), number));
                    }
                    port = next;
                }
                taken.add(port);
                plan.add(new ServiceInstance(spec.withPort(port), number));
            }
        }
        return List.copyOf(plan);
    }
}
