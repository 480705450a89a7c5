package io.openrcm.launcher;

import java.util.Objects;

/**
 * One copy of a service in the stack: the service (with the port this copy listens on) and which copy it is. The
 * first copy is named like the service ({@code claim-service}); the others get their number ({@code claim-service-2}),
 * which also names their log and pid files. Every copy shares the service's database, certificate and Kafka principal,
 * and so its consumer groups.
 *
 * @param spec   the service, on this copy's port
 * @param number 1 for the first copy
 */
public record ServiceInstance(ServiceSpec spec, int number) {

    public ServiceInstance {
        Objects.requireNonNull(spec, "spec");
        if (number < 1) {
            throw new IllegalArgumentException("Instance numbers start at 1, got " + number);
        }
    }

    /** The name of copy number of a service, e.g. {@code claim-service} (1) or {@code claim-service-2}. */
    public static String name(String service, int number) {
        return number == 1 ? service : service + "-" + number;
    }

    /** {@code claim-service} for the first copy, {@code claim-service-2} for the second. */
    public String name() {
        return name(spec.name(), number);
    }

    /** The name of the service this is a copy of. */
    public String service() {
        return spec.name();
    }

    public int port() {
        return spec.port();
    }

    public String baseUrl() {
        return spec.baseUrl();
    }
}
