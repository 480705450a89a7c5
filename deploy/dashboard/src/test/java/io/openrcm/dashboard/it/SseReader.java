package io.openrcm.dashboard.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads a text/event-stream the way a browser's EventSource does: one event per blank-line-terminated block. */
final class SseReader implements AutoCloseable {

    /** One event: its id (null when none), name and data. */
    record Event(String id, String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;

    SseReader(String url, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            lines = r.body();
            Thread reader = new Thread(() -> parse(r.body()), "sse-test-reader");
            reader.setDaemon(true);
            reader.start();
        });
    }

    private void parse(Stream<String> body) {
        String[] current = new String[3];
        List<String> data = new ArrayList<>();
        try {
            body.forEach(line -> {
                if (line.isEmpty()) {
                    if (current[1] != null || !data.isEmpty()) {
                        events.add(new Event(current[0], current[1] == null ? "message" : current[1],
                                String.join("\n", data)));
                    }
                    current[0] = null;
                    current[1] = null;
                    data.clear();
                } else if (line.startsWith("id:")) {
                    current[0] = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    current[1] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.add(line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5));
                }
            });
        } catch (RuntimeException closed) {
            // the test closed the stream
        }
    }

    int status() throws Exception {
        return response.get(10, TimeUnit.SECONDS).statusCode();
    }

    /** The next event of that name within the time, skipping others; null when none came. */
    Event next(String name, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            Event e = events.poll(left, TimeUnit.NANOSECONDS);
            if (e == null) {
                return null;
            }
            if (e.name().equals(name)) {
                return e;
            }
        }
    }

    @Override
    public void close() {
        response.cancel(true);
        Stream<String> l = lines;
        if (l != null) {
            l.close();
        }
    }
}
