package io.openrcm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Posts generated encounters to code-service: flat out with a few workers mixing batches and single requests, or
 * paced at a fixed rate of single requests (an open model: a request is sent when it is due, whether or not earlier
 * ones have been answered).
 */
final class EncounterLoad {

    private static final String JSON = "application/json";
    private static final int MAX_IN_FLIGHT = 1024;

    private final Http http;
    private final ObjectMapper mapper;
    private final RoundRobin baseUrls;
    private final List<PostedEncounter> posted = Collections.synchronizedList(new ArrayList<>());

    EncounterLoad(Http http, ObjectMapper mapper, RoundRobin baseUrls) {
        this.http = http;
        this.mapper = mapper;
        this.baseUrls = baseUrls;
    }

    /** Sends chunks (a chunk of one goes as a single POST, larger ones through /encounters/batch) with workers. */
    List<PostedEncounter> flatOut(List<List<GeneratedEncounter>> chunks, int workers) throws InterruptedException {
        ConcurrentLinkedQueue<List<GeneratedEncounter>> queue = new ConcurrentLinkedQueue<>(chunks);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(() -> {
                for (List<GeneratedEncounter> chunk; (chunk = queue.poll()) != null; ) {
                    if (chunk.size() == 1) {
                        single(chunk.get(0));
                    } else {
                        batch(chunk);
                    }
                }
            }, "rcm-bench-poster-" + i);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return List.copyOf(posted);
    }

    /** Sends single POSTs at the given rate per second; returns once every answer is in. */
    List<PostedEncounter> paced(List<GeneratedEncounter> encounters, double rate) throws InterruptedException {
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        CountDownLatch done = new CountDownLatch(encounters.size());
        long start = System.nanoTime();
        for (int i = 0; i < encounters.size(); i++) {
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            GeneratedEncounter e = encounters.get(i);
            long sent = System.nanoTime();
            long lag = Math.max(0, (sent - due) / 1_000_000);
            http.postAsync(baseUrls.next() + "/encounters", JSON, bytes(e.body())).whenComplete((response, error) -> {
                long took = (System.nanoTime() - sent) / 1_000_000;
                if (error != null) {
                    posted.add(PostedEncounter.unanswered(e, error, took).late(lag));
                } else {
                    posted.add(single(e, response, took).late(lag));
                }
                inFlight.release();
                done.countDown();
            });
        }
        done.await(10, TimeUnit.MINUTES);
        return List.copyOf(posted);
    }

    private void single(GeneratedEncounter e) {
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.post(baseUrls.next() + "/encounters", JSON, bytes(e.body()));
            posted.add(single(e, response, (System.nanoTime() - sent) / 1_000_000));
        } catch (IOException ex) {
            posted.add(PostedEncounter.unanswered(e, ex, (System.nanoTime() - sent) / 1_000_000));
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private PostedEncounter single(GeneratedEncounter e, HttpResponse<String> response, long took) {
        long now = System.currentTimeMillis();
        String id = null;
        String status = "";
        if (response.statusCode() == 201 || response.statusCode() == 200) {
            JsonNode body = read(response.body());
            id = body.path("encounterId").asText(null);
            status = body.path("status").asText("");
        }
        return new PostedEncounter(e, response.statusCode(), id, status, now, took);
    }

    private void batch(List<GeneratedEncounter> chunk) {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode items = body.putArray("encounters");
        chunk.forEach(e -> items.add(e.body()));
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.post(baseUrls.next() + "/encounters/batch", JSON, bytes(body));
            long now = System.currentTimeMillis();
            long took = (System.nanoTime() - sent) / 1_000_000;
            if (response.statusCode() != 200) {
                chunk.forEach(e -> posted.add(new PostedEncounter(e, response.statusCode(), null, "", now, took)));
                return;
            }
            JsonNode results = read(response.body()).path("results");
            for (int i = 0; i < chunk.size(); i++) {
                JsonNode r = results.path(i);
                JsonNode encounter = r.path("encounter");
                posted.add(new PostedEncounter(chunk.get(i), r.path("status").asInt(), encounter.path("encounterId")
                        .asText(null), encounter.path("status").asText(""), now, took));
            }
        } catch (IOException ex) {
            chunk.forEach(e -> posted.add(PostedEncounter.unanswered(e, ex, 0)));
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private byte[] bytes(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return mapper.createObjectNode();
        }
    }
}
