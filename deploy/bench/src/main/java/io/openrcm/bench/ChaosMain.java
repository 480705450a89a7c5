package io.openrcm.bench;

import io.openrcm.infra.FreePorts;
import io.openrcm.launcher.RepoRoot;
import io.openrcm.launcher.ServiceSpec;
import io.openrcm.launcher.Stack;
import io.openrcm.launcher.StackOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code deploy/bench.sh --chaos}: starts a stack of its own (the launcher's {@link Stack}, in this JVM: embedded
 * PostgreSQL and Kafka, the three services as child processes, on free loopback ports and a fresh data directory),
 * because it must kill, stop and restart its parts; runs {@link ChaosRun}; stops the stack.
 */
final class ChaosMain {

    private ChaosMain() {
    }

    static boolean run(BenchOptions options) throws Exception {
        List<ServiceSpec> services = ServiceSpec.defaults().stream()
                .filter(spec -> Fault.SERVICES.contains(spec.name()))
                .map(spec -> spec.withPort(FreePorts.pick())).toList();
        StackOptions stackOptions = StackOptions.builder(RepoRoot.locate()).dataDir(Path.of(options.text("chaos-data-dir")))
                .reset(true).services(services).kafkaPort(0).postgresPort(0)
                .readyTimeout(ChaosRun.SERVICE_READY_TIMEOUT).build();
        System.out.println("Starting a stack of its own in " + stackOptions.dataDir() + " (free ports)...");
        try (Stack stack = Stack.start(stackOptions)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "rcm-chaos-stop"));
            ChaosRun.Settings settings = new ChaosRun.Settings(options.integer("encounters"),
                    options.integer("kills-per-service"), options.integer("chaos-min-gap"),
                    options.integer("chaos-max-gap"), options.integer("seed"), List.of(
                    "--concurrency=" + options.integer("concurrency"), "--rate=" + options.text("rate"),
                    "--remit-format=" + options.text("remit-format")));
            return ChaosRun.run(stack, settings).passed();
        }
    }
}
