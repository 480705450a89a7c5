package io.openrcm.dashboard.api;

import io.openrcm.dashboard.domain.Figures;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * One reader of the stream. While the changes it missed are read from the database, live ones wait in a queue;
 * then both go out in sequence order, each once (a change whose sequence was already sent is skipped).
 */
final class StreamSession {

    static final String CHANGE_EVENT = "claim-status";
    static final String READY_EVENT = "ready";
    static final String RESET_EVENT = "reset";

    private final SseEventSink sink;
    private final Sse sse;
    private final Deque<Figures.FeedEntry> waiting = new ArrayDeque<>();
    private final Runnable onClose;
    private boolean replaying = true;
    private long lastSent;
    private boolean closed;

    StreamSession(SseEventSink sink, Sse sse, Runnable onClose) {
        this.sink = sink;
        this.sse = sse;
        this.onClose = onClose;
    }

    /** A change committed while this reader is connected. */
    synchronized void live(Figures.FeedEntry entry) {
        if (replaying) {
            waiting.add(entry);
        } else {
            send(entry);
        }
    }

    /** Sends the ready event, the missed changes after {@code after}, then whatever arrived meanwhile. */
    synchronized void start(long after, List<Figures.FeedEntry> missed) {
        lastSent = after;
        emit(sse.newEventBuilder().name(READY_EVENT).mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data("{\"after\":" + after + "}").build());
        missed.forEach(this::send);
        replaying = false;
        while (!waiting.isEmpty()) {
            send(waiting.poll());
        }
    }

    /** Too much was missed to send again: tells the reader to reload the summary, then streams from {@code now}. */
    synchronized void reset(long now) {
        lastSent = now;
        emit(sse.newEventBuilder().name(RESET_EVENT).mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data("{\"lastSequence\":" + now + "}").build());
        replaying = false;
        while (!waiting.isEmpty()) {
            send(waiting.poll());
        }
    }

    /** A comment line, so idle connections stay open and closed ones are noticed. */
    synchronized void heartbeat() {
        if (sink.isClosed()) {
            close();
        } else {
            emit(sse.newEventBuilder().comment("keep-alive").build());
        }
    }

    private void send(Figures.FeedEntry entry) {
        if (entry.sequence() <= lastSent) {
            return;
        }
        lastSent = entry.sequence();
        // The payload goes out byte for byte as the producer published it: the feed's schema is the event's schema.
        emit(sse.newEventBuilder().id(Long.toString(entry.sequence())).name(CHANGE_EVENT)
                .mediaType(MediaType.TEXT_PLAIN_TYPE).data(entry.payload()).build());
    }

    private void emit(OutboundSseEvent event) {
        if (closed) {
            return;
        }
        if (sink.isClosed()) {
            close();
            return;
        }
        sink.send(event).whenComplete((ignored, failure) -> {
            if (failure != null) {
                close();
            }
        });
    }

    private void close() {
        if (!closed) {
            closed = true;
            onClose.run();
            try {
                sink.close();
            } catch (RuntimeException e) {
                // already gone
            }
        }
    }
}
