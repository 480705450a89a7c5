package io.openrcm.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock every service injects instead of calling {@code Instant.now()}: UTC system time by default, replaceable
 * by any other {@link Clock} bean (a fixed clock in a test).
 */
@ApplicationScoped
public class SystemClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
