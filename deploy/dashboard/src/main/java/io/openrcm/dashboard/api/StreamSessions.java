package io.openrcm.dashboard.api;

import io.openrcm.dashboard.application.ClaimStatusBroadcaster;
import io.openrcm.dashboard.config.DashboardConfig;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The open streams: each subscribed to the broadcaster, each sent a heartbeat now and then. */
@ApplicationScoped
public class StreamSessions {

    private final ClaimStatusBroadcaster broadcaster;
    private final Set<StreamSession> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeats;

    @Inject
    public StreamSessions(ClaimStatusBroadcaster broadcaster, DashboardConfig config) {
        this.broadcaster = broadcaster;
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dashboard-sse-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = config.sse().heartbeat().toMillis();
        heartbeats.scheduleWithFixedDelay(() -> open.forEach(StreamSession::heartbeat), every, every,
                TimeUnit.MILLISECONDS);
    }

    /** A new session, already receiving live changes (held back until it is started). */
    StreamSession open(SseEventSink sink, Sse sse, String payerId, String providerNpi, Set<String> practices) {
        ClaimStatusBroadcaster.Subscriber[] subscriber = new ClaimStatusBroadcaster.Subscriber[1];
        StreamSession[] self = new StreamSession[1];
        StreamSession session = new StreamSession(sink, sse, () -> {
            broadcaster.unsubscribe(subscriber[0]);
            open.remove(self[0]);
        });
        self[0] = session;
        subscriber[0] = broadcaster.subscribe(payerId, providerNpi, practices, session::live);
        open.add(session);
        return session;
    }

    /** How many streams are open. */
    public int count() {
        return open.size();
    }

    void stop(@Observes ShutdownEvent event) {
        heartbeats.shutdownNow();
    }
}
