package io.openrcm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every service proves about tenancy, with real tokens from the test Keycloak: practice A's data is made once,
 * then each operation that returns or acts on patient data ({@code patient} in deploy/security/tenancy.csv) is called
 * by a holder of practice B only, naming A's data. A single resource is a 404, a list, search or stream holds none of
 * A's values, a request naming A's practice is a 403; the same read by practice A does show A's data (so the probe
 * could fail). Fails for an operation of the access matrix missing from tenancy.csv, and for a patient-data operation
 * without a probe. Extend it in a {@code @QuarkusTest} that runs with {@code KeycloakTestResource}.
 */
public abstract class TenancyContract {

    private final ContractHttp http = new ContractHttp();
    private static final Set<String> SEEDED = ConcurrentHashMap.newKeySet();
    private static final int MAX_BODY = 4 * 1024 * 1024;

    /** The service's name in the matrix and tenancy files. */
    protected abstract String service();

    /** Where the service under test answers (its root). */
    protected abstract URI baseUri();

    /** Makes practice A's data (once per test class); the probes then name it. */
    protected abstract void seedPracticeA() throws Exception;

    /** Values that betray practice A's data in an answer: its ids, patient ids, names, trace numbers. */
    protected abstract Set<String> practiceAMarkers();

    /** At least one probe per patient-data operation of the service. */
    protected abstract List<Probe> probes();

    @BeforeEach
    void practiceAExists() throws Exception {
        if (!SEEDED.contains(getClass().getName())) {
            seedPracticeA();
            SEEDED.add(getClass().getName());
        }
    }

    @Test
    public void everyOperationOfTheAccessMatrixIsClassifiedInTheTenancyList() {
        Set<String> matrix = new TreeSet<>();
        AccessMatrix.load().of(service()).forEach(r -> matrix.add(r.operation()));
        Set<String> listed = new TreeSet<>();
        TenancyList.load().of(service()).forEach(r -> listed.add(r.operation()));
        assertThat(listed).as("operations of %s missing from deploy/security/tenancy.csv", service())
                .containsAll(matrix);
        assertThat(matrix).as("rows of %s in deploy/security/tenancy.csv that are no operation", service())
                .containsAll(listed);
    }

    @Test
    public void everyPatientDataOperationHasAProbe() {
        Set<String> patient = new TreeSet<>();
        TenancyList.load().of(service()).stream().filter(TenancyList.Row::patientData)
                .forEach(r -> patient.add(r.operation()));
        Set<String> probed = new TreeSet<>();
        probes().forEach(p -> probed.add(p.operation()));
        assertThat(probed).as("patient-data operations of %s without a tenancy probe", service()).containsAll(patient);
        assertThat(patient).as("probes of %s for operations not classed patient in tenancy.csv", service())
                .containsAll(probed);
    }

    @Test
    public void practiceBGetsNothingOfPracticeA() {
        List<String> wrong = new ArrayList<>();
        for (Probe p : probes()) {
            Answer answer = send(p, TestTokens.forRoleOfPrairie(p.role()));
            String leaked = leaked(p, answer);
            boolean ok = switch (p.expect()) {
                case NOT_FOUND -> answer.status() == 404;
                case FORBIDDEN -> answer.status() == 403;
                case REFUSED -> answer.status() == 403 || answer.status() == 404;
                case ABSENT -> answer.status() >= 200 && answer.status() < 300
                        || (p.control() != null && p.control() == 503 && answer.status() == 503);
            };
            if (!ok || leaked != null) {
                wrong.add(p + " as " + p.role() + " of practice B -> " + answer.status()
                        + (leaked == null ? "" : " showing " + leaked) + ": " + answer.start());
            }
        }
        wrong.addAll(practiceAChanges());
        assertThat(wrong).as("answers to practice B that are not as tenancy requires").isEmpty();
    }

    /** After practice B's probes: what they changed of practice A's data (nothing, unless broken). */
    protected List<String> practiceAChanges() {
        return List.of();
    }

    @Test
    public void practiceASeesItsOwnDataThroughTheSameReads() {
        List<String> wrong = new ArrayList<>();
        for (Probe p : probes()) {
            if (p.control() == null) {
                continue;
            }
            Answer answer = send(p, TestTokens.forRole(p.role()));
            // A's data in a 200, or the status named: a 503 of a service the read must ask about A's data.
            boolean ok = (answer.status() == 200 && leaked(p, answer) != null) || (p.control() != 200
                    && answer.status() == p.control());
            if (!ok) {
                wrong.add(p + " as " + p.role() + " of practice A -> " + answer.status() + ": " + answer.start());
            }
        }
        assertThat(wrong).as("reads by practice A that do not show A's data (the probe could not fail)").isEmpty();
    }

    /** Calls GET path with the token (a stream is read for a second), for a seed that needs a read on record. */
    protected int get(String token, String path) {
        return send(new Probe("GET " + path, "-", "GET", path, null, null, Expect.ABSENT, null, Duration.ofSeconds(1)),
                token).status();
    }

    /** The first of A's values in the answer that the request did not itself name, or null. */
    private String leaked(Probe p, Answer answer) {
        for (String marker : practiceAMarkers()) {
            boolean named = p.path().contains(marker) || (p.body() != null && p.body().contains(marker));
            if (!named && answer.body().contains(marker)) {
                return marker;
            }
        }
        return null;
    }

    private Answer send(Probe p, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri().resolve(p.path().substring(1)))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).header("Accept", "*/*");
        if (p.body() != null) {
            request.header("Content-Type", p.contentType());
        }
        request.method(p.method(), p.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(p.body()));
        try {
            // Only a read is tried again after a failed connection: a probe's write must not happen twice.
            HttpResponse<InputStream> response = http.send(request.build(), p.method().equals("GET"));
            boolean stream = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
            return new Answer(response.statusCode(), stream ? readFor(response.body(), p.streamWindow())
                    : read(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(p + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(InputStream body) throws IOException {
        try (body) {
            return new String(body.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
        }
    }

    /** What a stream (which never ends) sends within the window, replayed history included. */
    private static String readFor(InputStream body, Duration window) {
        ExecutorService reader = Executors.newSingleThreadExecutor();
        StringBuilder text = new StringBuilder();
        Future<?> reading = reader.submit(() -> {
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = body.read(buffer)) > 0) {
                    synchronized (text) {
                        text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException closed) {
                // The window ended: the stream was closed under the reader.
            }
        });
        try {
            reading.get(window.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Expected: a stream stays open.
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                body.close();
            } catch (IOException ignored) {
                // Closing is best effort; the reader ends with it.
            }
            reader.shutdownNow();
        }
        synchronized (text) {
            return text.toString();
        }
    }

    /** What practice B must get: 404, 403, 403 or 404, or a 2xx holding none of A's values. */
    public enum Expect { NOT_FOUND, FORBIDDEN, REFUSED, ABSENT }

    /**
     * One call of one operation, naming practice A's data.
     *
     * @param operation "METHOD /path" as in the access matrix
     * @param role the realm role whose practice-B holder calls it (and whose practice-A holder is the control)
     * @param method the HTTP method
     * @param path the concrete path and query
     * @param contentType the body's media type (null without a body)
     * @param body the request body, or null
     * @param expect what practice B must get
     * @param control the status practice A must get (200: with A's data in it); null for a change A must not make
     * @param streamWindow how long a stream is read
     */
    public record Probe(String operation, String role, String method, String path, String contentType, String body,
            Expect expect, Integer control, Duration streamWindow) {

        /** A single resource of A by id: 404 for B, A's data for A. */
        public static Probe notFound(String operation, String role, String path) {
            return new Probe(operation, role, "GET", path, null, null, Expect.NOT_FOUND, 200, Duration.ofSeconds(3));
        }

        /** A list, search or stream: none of A's values for B, A's values for A. */
        public static Probe absent(String operation, String role, String path) {
            return new Probe(operation, role, "GET", path, null, null, Expect.ABSENT, 200, Duration.ofSeconds(3));
        }

        /** A request that names A's practice: 403 for B. */
        public static Probe forbidden(String operation, String role, String method, String path, String contentType,
                String body) {
            return new Probe(operation, role, method, path, contentType, body, Expect.FORBIDDEN, null,
                    Duration.ofSeconds(3));
        }

        /** A change of A's data: refused (403 or 404) for B, and not made by A here. */
        public static Probe refused(String operation, String role, String method, String path, String contentType,
                String body) {
            return new Probe(operation, role, method, path, contentType, body, Expect.REFUSED, null,
                    Duration.ofSeconds(3));
        }

        /** A change that practice B may make but that must not touch A's data: a 2xx holding none of A's values. */
        public static Probe unaffected(String operation, String role, String method, String path, String contentType,
                String body) {
            return new Probe(operation, role, method, path, contentType, body, Expect.ABSENT, null,
                    Duration.ofSeconds(3));
        }

        /** The same probe without a control: practice A's holder of the role could not read it either. */
        public Probe noControl() {
            return new Probe(operation, role, method, path, contentType, body, expect, null, streamWindow);
        }

        /** The same probe whose control (practice A's call) must answer this status instead of showing A's data. */
        public Probe controlStatus(int status) {
            return new Probe(operation, role, method, path, contentType, body, expect, status, streamWindow);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private record Answer(int status, String body) {

        String start() {
            return body.length() > 300 ? body.substring(0, 300) : body;
        }
    }
}
