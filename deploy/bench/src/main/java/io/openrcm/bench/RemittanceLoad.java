package io.openrcm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Posts remittances to reimbursement-service, as X12 835 files or in the JSON form, with a few workers. */
final class RemittanceLoad {

    /**
     * One posted remittance.
     *
     * @param remittance what was sent
     * @param httpStatus the answer's status (201 or 200 when taken), 0 when the request failed
     * @param sentAtMillis when it was sent
     * @param acceptedAtMillis when the answer arrived
     * @param bytes the size of the body sent
     * @param problem the answer's body when it was refused
     */
    record Posted(Remittance remittance, int httpStatus, long sentAtMillis, long acceptedAtMillis, int bytes,
            String problem) {

        boolean accepted() {
            return httpStatus == 201 || httpStatus == 200;
        }
    }

    private final Http http;
    private final ObjectMapper mapper;
    private final RoundRobin baseUrls;
    private final boolean x12;
    private final Edi835Writer writer = new Edi835Writer();

    RemittanceLoad(Http http, ObjectMapper mapper, RoundRobin baseUrls, boolean x12) {
        this.http = http;
        this.mapper = mapper;
        this.baseUrls = baseUrls;
        this.x12 = x12;
    }

    /** Renders every body first (so rendering is not timed), then posts them with the given number of workers. */
    List<Posted> post(List<Remittance> remittances, int workers) throws InterruptedException {
        ConcurrentLinkedQueue<Object[]> queue = new ConcurrentLinkedQueue<>();
        for (Remittance r : remittances) {
            queue.add(new Object[] {r, body(r)});
        }
        List<Posted> posted = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(() -> {
                for (Object[] item; (item = queue.poll()) != null; ) {
                    posted.add(send((Remittance) item[0], (byte[]) item[1]));
                }
            }, "rcm-bench-remitter-" + i);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return List.copyOf(posted);
    }

    byte[] body(Remittance r) {
        if (x12) {
            return writer.write(r, LocalDateTime.now()).getBytes(StandardCharsets.US_ASCII);
        }
        try {
            return mapper.writeValueAsBytes(RemittanceJson.of(mapper, r));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Posted send(Remittance r, byte[] body) {
        long sent = System.currentTimeMillis();
        try {
            HttpResponse<String> response = http.post(baseUrls.next() + "/remittances",
                    x12 ? "application/edi-x12" : "application/json", body);
            boolean ok = response.statusCode() == 201 || response.statusCode() == 200;
            return new Posted(r, response.statusCode(), sent, System.currentTimeMillis(), body.length,
                    ok ? null : response.body());
        } catch (IOException e) {
            return new Posted(r, 0, sent, System.currentTimeMillis(), body.length, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Posted(r, 0, sent, System.currentTimeMillis(), body.length, "interrupted");
        }
    }
}
