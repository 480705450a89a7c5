package io.openrcm.code.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.code.application.CodingOutcome;
import io.openrcm.code.application.EncounterMicroBatcher;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.code.support.Rows;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.audit.AuditTrail;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.security.Caller;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Single posts that arrive together are stored in shared transactions (micro-batches), and still each gets its own
 * answer, its own idempotency, its own audit row and its own practice's encounter.
 */
@CodeServiceTest
@TestSecurity(user = "ehr.micro", roles = {"ehr-integration"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
class MicroBatchTest {

    private static final String CREATED = "encounter.create";

    @TestHTTPResource("/encounters")
    URI encounters;
    @Inject
    AgroalDataSource db;
    @Inject
    ObjectMapper mapper;
    @Inject
    MeterRegistry meters;
    @Inject
    EncounterMicroBatcher batcher;
    @Inject
    Clock clock;

    /** One request of the burst: what it sends and what it must get. */
    private record Post(String correlationId, Map<String, Object> body, String expect) {
    }

    @Test
    void fortySimultaneousPostsEachGetTheirOwnAnswer() throws Exception {
        assertThat(batcher.enabled()).isTrue();
        List<Post> posts = new ArrayList<>();
        Map<String, String> keyOf = new HashMap<>();
        // 12 Lakeside and 12 Prairie encounters, the first Prairie one under a Lakeside EHR id (its own key).
        List<Map<String, Object>> distinct = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String ehrId = i == 12 ? (String) distinct.get(0).get("ehrEncounterId") : EncounterRequests.newEhrId();
            Map<String, Object> body = EncounterRequests.json(ehrId);
            body.put("billingProviderNpi", i < 12 ? TestPractices.LAKESIDE : TestPractices.PRAIRIE);
            distinct.add(body);
        }
        for (int i = 0; i < 24; i++) {
            posts.add(new Post("micro-" + i, distinct.get(i), "new-or-replay"));
        }
        // 12 identical retries of the first six of each practice, sent at the same moment as the originals.
        for (int i = 0; i < 12; i++) {
            int of = i < 6 ? i : 12 + i - 6;
            posts.add(new Post("micro-retry-" + i, distinct.get(of), "new-or-replay"));
        }
        // The same EHR id as the last Lakeside encounter with other content: one of the two wins, the other is 409.
        Map<String, Object> rival = EncounterRequests.json((String) distinct.get(11).get("ehrEncounterId"));
        rival.put("placeOfService", "22");
        posts.add(new Post("micro-rival", rival, "rival"));
        // Invalid: refused before it could join a group; the others do not notice it.
        Map<String, Object> invalid = EncounterRequests.json(EncounterRequests.newEhrId());
        invalid.put("dateOfService", "2999-01-01");
        posts.add(new Post("micro-invalid", invalid, "invalid"));
        // Two more plain new ones of Prairie, to reach 40.
        for (int i = 0; i < 2; i++) {
            Map<String, Object> body = EncounterRequests.json(EncounterRequests.newEhrId());
            body.put("billingProviderNpi", TestPractices.PRAIRIE);
            distinct.add(body);
            posts.add(new Post("micro-extra-" + i, body, "new-or-replay"));
        }
        assertThat(posts).hasSize(40);
        for (Map<String, Object> body : distinct) {
            keyOf.put(key(body), null);
        }
        double groupsBefore = counter("rcm.encounters.micro-batches");
        double groupedBefore = counter("rcm.encounters.micro-batched");

        List<HttpResponse<String>> responses = fire(posts);

        Map<String, List<JsonNode>> okByKey = new HashMap<>();
        Map<String, Integer> createdByKey = new HashMap<>();
        int conflicts = 0;
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            HttpResponse<String> response = responses.get(i);
            JsonNode json = mapper.readTree(response.body());
            if ("invalid".equals(post.expect())) {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        t -> assertThat(t).startsWith("application/problem+json"));
                assertThat(json.at("/violations/0/pointer").asText()).isEqualTo("/dateOfService");
                assertThat(audited(post.correlationId())).isZero();
                continue;
            }
            if (response.statusCode() == 409) {
                assertThat(key(post.body())).isEqualTo(key(rival));
                assertThat(json.get("type").asText()).endsWith("idempotency-conflict");
                assertThat(audited(post.correlationId())).isZero();
                conflicts++;
                continue;
            }
            assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
            String key = key(post.body());
            assertThat(json.get("ehrEncounterId").asText()).isEqualTo(post.body().get("ehrEncounterId"));
            assertThat(json.get("billingProviderNpi").asText()).isEqualTo(post.body().get("billingProviderNpi"));
            assertThat(json.get("placeOfService").asText()).isEqualTo(post.body().get("placeOfService"));
            if (response.statusCode() == 201) {
                createdByKey.merge(key, 1, Integer::sum);
                assertThat(json.get("correlationId").asText()).isEqualTo(post.correlationId());
                assertThat(response.headers().firstValue("Location"))
                        .hasValueSatisfying(l -> assertThat(l).endsWith(json.get("encounterId").asText()));
            }
            okByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(json);
            // Its own audit row, with its own caller and correlation id, whichever group it was stored in.
            assertThat(audited(post.correlationId())).as(post.correlationId()).isEqualTo(1);
        }

        assertThat(conflicts).isEqualTo(1);
        assertThat(createdByKey).hasSize(distinct.size()).allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1));
        assertThat(okByKey.keySet()).isEqualTo(keyOf.keySet());
        for (Map<String, Object> body : distinct) {
            List<JsonNode> answers = okByKey.get(key(body));
            String id = answers.get(0).get("encounterId").asText();
            assertThat(answers).allSatisfy(a -> assertThat(a.get("encounterId").asText()).isEqualTo(id));
            assertThat(Rows.count(db, "SELECT count(*) FROM encounter WHERE ehr_encounter_id = ? "
                    + "AND billing_provider_npi = ?", body.get("ehrEncounterId"), body.get("billingProviderNpi")))
                    .isEqualTo(1);
            assertThat(Rows.count(db, "SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND topic = ? "
                    + "AND event_type = 'EncounterCoded'", id, Topics.ENCOUNTER_CODED)).isEqualTo(1);
        }
        assertThat(Rows.encountersFor(db, (String) invalid.get("ehrEncounterId"))).isZero();
        // The 39 valid requests went through the batcher in fewer transactions than requests.
        double grouped = counter("rcm.encounters.micro-batched") - groupedBefore;
        double groups = counter("rcm.encounters.micro-batches") - groupsBefore;
        assertThat(grouped).isEqualTo(39);
        assertThat(groups).isLessThan(grouped);
    }

    @Test
    void aGroupThatFailsForOneRequestStoresAllTheOthers() throws Exception {
        int callers = 10;
        EncounterRequestValidator validator = new EncounterRequestValidator(clock);
        List<String> ehrIds = new ArrayList<>();
        List<EncounterContent> contents = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            ehrIds.add(EncounterRequests.newEhrId());
            contents.add(validator.validate(EncounterRequests.valid(ehrIds.get(i))));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<CodingOutcome>> calls = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            boolean bad = i == 3;
            EncounterContent content = contents.get(i);
            calls.add(pool.submit(() -> {
                start.await();
                // The bad one's own write in the transaction fails (as its audit might): only it may fail.
                return batcher.code(content, "corr-" + content.ehrEncounterId(), o -> {
                    if (bad) {
                        throw new IllegalStateException("this request's own write failed");
                    }
                    return new AuditTrail.Attributed(Caller.anonymous(), new AuditEntry(CREATED, "Encounter",
                            o.encounter().id().toString(), null, content.billingProviderNpi()), "corr-micro-alone");
                });
            }));
        }
        start.countDown();
        for (int i = 0; i < callers; i++) {
            if (i == 3) {
                int index = i;
                assertThat(catchThrowable(() -> calls.get(index).get()))
                        .isInstanceOf(ExecutionException.class).hasRootCauseMessage("this request's own write failed");
                assertThat(Rows.encountersFor(db, ehrIds.get(i))).isZero();
            } else {
                CodingOutcome outcome = calls.get(i).get();
                assertThat(outcome.created()).isTrue();
                assertThat(outcome.encounter().content().ehrEncounterId()).isEqualTo(ehrIds.get(i));
                assertThat(Rows.encountersFor(db, ehrIds.get(i))).isEqualTo(1);
                assertThat(Rows.eventsFor(db, outcome.encounter().id().toString())).isEqualTo(1);
            }
        }
        pool.shutdown();
    }

    @Test
    void requestsWaitingForTheirGroupHoldNoThread() throws Exception {
        // One thread puts twelve requests in flight at once, which it could not do if each held it until answered;
        // the bad one's own write fails its group, and it alone fails (run again on a worker), the others are stored.
        int requests = 12;
        EncounterRequestValidator validator = new EncounterRequestValidator(clock);
        List<EncounterContent> contents = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            contents.add(validator.validate(EncounterRequests.valid(EncounterRequests.newEhrId())));
        }
        double groupsBefore = counter("rcm.encounters.micro-batches");
        List<CompletableFuture<CodingOutcome>> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            boolean bad = i == 5;
            EncounterContent content = contents.get(i);
            answers.add(batcher.codeLater(content, "corr-later-" + i, o -> {
                if (bad) {
                    throw new IllegalStateException("this request's own write failed");
                }
                return new AuditTrail.Attributed(Caller.anonymous(), new AuditEntry(CREATED, "Encounter",
                        o.encounter().id().toString(), null, content.billingProviderNpi()), "corr-micro-later");
            }).toCompletableFuture());
        }
        assertThat(answers).anySatisfy(a -> assertThat(a).isNotDone());
        for (int i = 0; i < requests; i++) {
            String ehrId = contents.get(i).ehrEncounterId();
            if (i == 5) {
                int index = i;
                assertThat(catchThrowable(() -> answers.get(index).get(30, TimeUnit.SECONDS)))
                        .isInstanceOf(ExecutionException.class).hasRootCauseMessage("this request's own write failed");
                assertThat(Rows.encountersFor(db, ehrId)).isZero();
            } else {
                CodingOutcome outcome = answers.get(i).get(30, TimeUnit.SECONDS);
                assertThat(outcome.created()).isTrue();
                assertThat(outcome.encounter().content().ehrEncounterId()).isEqualTo(ehrId);
                assertThat(Rows.encountersFor(db, ehrId)).isEqualTo(1);
                assertThat(Rows.eventsFor(db, outcome.encounter().id().toString())).isEqualTo(1);
            }
        }
        // They reached the batcher together: fewer groups than requests.
        assertThat(counter("rcm.encounters.micro-batches") - groupsBefore).isLessThan(requests);
    }

    private List<HttpResponse<String>> fire(List<Post> posts) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(posts.size());
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (Post post : posts) {
            String body = mapper.writeValueAsString(post.body());
            calls.add(pool.submit(() -> {
                start.await();
                return http.send(HttpRequest.newBuilder(encounters).header("Content-Type", "application/json")
                        .header(CorrelationIds.HEADER, post.correlationId())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            }));
        }
        start.countDown();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> call : calls) {
            responses.add(call.get());
        }
        pool.shutdown();
        return responses;
    }

    private long audited(String correlationId) {
        return Rows.count(db, "SELECT count(*) FROM audit_record WHERE correlation_id = ? AND action = ? "
                + "AND outcome = 'SUCCESS' AND username = 'ehr.micro'", correlationId, CREATED);
    }

    private double counter(String name) {
        return meters.counter(name).count();
    }

    private static String key(Map<String, Object> body) {
        return body.get("ehrEncounterId") + "@" + body.get("billingProviderNpi");
    }
}
