package io.openrcm.code.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.code.support.Rows;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Simultaneous posts of the same EHR encounters create one encounter and one event each; every caller gets it. */
@CodeServiceTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator", "ehr-integration", "coder"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
class ConcurrentDuplicatesTest {

    private static final int CALLERS = 8;

    @TestHTTPResource("/encounters")
    URI encounters;

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper mapper;

    @Test
    void concurrentDuplicatesYieldOneEncounter() throws Exception {
        for (int round = 0; round < 3; round++) {
            String ehrId = EncounterRequests.newEhrId();
            String body = mapper.writeValueAsString(EncounterRequests.json(ehrId));
            HttpClient http = HttpClient.newHttpClient();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                Callable<HttpResponse<String>> call = () -> {
                    start.await();
                    return http.send(HttpRequest.newBuilder(encounters).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                };
                calls.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get();
                statuses.add(response.statusCode());
                JsonNode json = mapper.readTree(response.body());
                ids.add(json.path("encounterId").asText());
            }
            pool.shutdown();

            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(CALLERS - 1);
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(Rows.encountersFor(db, ehrId)).isEqualTo(1);
            assertThat(Rows.eventsFor(db, ids.get(0))).isEqualTo(1);
        }
    }

    @Test
    void concurrentOverlappingBatchesYieldOneEncounterPerId() throws Exception {
        List<Object> items = new ArrayList<>();
        List<String> ehrIds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String ehrId = EncounterRequests.newEhrId();
            ehrIds.add(ehrId);
            items.add(EncounterRequests.json(ehrId));
        }
        List<Object> reversed = new ArrayList<>(items);
        Collections.reverse(reversed);
        URI batch = encounters.resolve("/encounters/batch");
        HttpClient http = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (List<Object> order : List.of(items, reversed, items, reversed)) {
            String body = mapper.writeValueAsString(Map.of("encounters", order));
            calls.add(pool.submit(() -> {
                start.await();
                return http.send(HttpRequest.newBuilder(batch).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            }));
        }
        start.countDown();
        int created = 0;
        Map<String, Set<String>> idsByEhrId = new HashMap<>();
        for (Future<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode json = mapper.readTree(response.body());
            created += json.get("created").asInt();
            for (JsonNode result : json.get("results")) {
                assertThat(result.get("status").asInt()).isIn(200, 201);
                JsonNode encounter = result.get("encounter");
                idsByEhrId.computeIfAbsent(encounter.get("ehrEncounterId").asText(), k -> new HashSet<>())
                        .add(encounter.get("encounterId").asText());
            }
        }
        pool.shutdown();

        assertThat(created).isEqualTo(20);
        assertThat(idsByEhrId).hasSize(20).allSatisfy((ehrId, ids) -> assertThat(ids).hasSize(1));
        for (String ehrId : ehrIds) {
            assertThat(Rows.encountersFor(db, ehrId)).isEqualTo(1);
            assertThat(Rows.eventsFor(db, idsByEhrId.get(ehrId).iterator().next())).isEqualTo(1);
        }
    }
}
