package io.openrcm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Sends generated encounters to code-service as HL7 v2 DFT^P03 over MLLP, flat out, one connection per worker (an
 * interface engine's way: the next message leaves once the previous one's ACK is in). The response time is the ACK's;
 * after an AA the encounter id is looked up by its visit number (PV1-19) for the verification that follows.
 */
final class MllpLoad {

    private final Http http;
    private final ObjectMapper mapper;
    private final String codeUrl;
    private final String host;
    private final int port;
    private final List<PostedEncounter> posted = Collections.synchronizedList(new ArrayList<>());

    MllpLoad(Http http, ObjectMapper mapper, String codeUrl, String host, int port) {
        this.http = http;
        this.mapper = mapper;
        this.codeUrl = codeUrl;
        this.host = host;
        this.port = port;
    }

    List<PostedEncounter> flatOut(List<GeneratedEncounter> encounters, int workers) throws InterruptedException {
        ConcurrentLinkedQueue<GeneratedEncounter> queue = new ConcurrentLinkedQueue<>(encounters);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(() -> work(queue), "rcm-bench-mllp-" + i);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return List.copyOf(posted);
    }

    private void work(ConcurrentLinkedQueue<GeneratedEncounter> queue) {
        MllpClient client = null;
        for (GeneratedEncounter e; (e = queue.poll()) != null; ) {
            long sent = System.nanoTime();
            try {
                if (client == null) {
                    client = new MllpClient(host, port, 60_000);
                }
                String ack = client.send(Hl7Dft.write(e.body(), e.ehrEncounterId()));
                long took = (System.nanoTime() - sent) / 1_000_000;
                int status = statusOf(MllpClient.ackCode(ack));
                JsonNode stored = status == 201 ? lookUp(e.ehrEncounterId()) : null;
                posted.add(new PostedEncounter(e, stored == null && status == 201 ? 0 : status,
                        stored == null ? null : stored.path("encounterId").asText(null),
                        stored == null ? "" : stored.path("status").asText(""), System.currentTimeMillis(), took));
            } catch (IOException ex) {
                posted.add(PostedEncounter.unanswered(e, ex, 0));
                client = close(client);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close(client);
    }

    /** The HTTP status an ACK stands for in the report: AA 201, AE 400, AR 403, no MSA 0. */
    static int statusOf(String ackCode) {
        return switch (ackCode) {
            case "AA" -> 201;
            case "AE" -> 400;
            case "AR" -> 403;
            default -> 0;
        };
    }

    private JsonNode lookUp(String ehrEncounterId) throws IOException, InterruptedException {
        HttpResponse<String> response = http.get(codeUrl + "/encounters?ehrEncounterId="
                + URLEncoder.encode(ehrEncounterId, StandardCharsets.UTF_8));
        return response.statusCode() == 200 ? mapper.readTree(response.body()) : null;
    }

    private static MllpClient close(MllpClient client) {
        if (client != null) {
            try {
                client.close();
            } catch (IOException ignored) {
                // The connection is gone either way; the next message opens a new one.
            }
        }
        return null;
    }
}
