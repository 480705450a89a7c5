package io.openrcm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the chaos run checks beyond the benchmark's verification: nothing left parked (each service's
 * {@code GET /admin/parked-events}, and every {@code rcm_parked_events} gauge, which also counts the outbox rows the
 * relay parked), and a reconciliation report that names no difference between the ledger and the claims.
 */
final class ChaosChecks {

    private static final Pattern GAUGE = Pattern.compile("^rcm_parked_events\\{([^}]*)}\\s+(\\S+)$", Pattern.MULTILINE);

    private final Http http;
    private final ObjectMapper mapper;

    ChaosChecks(Http http, ObjectMapper mapper) {
        this.http = http;
        this.mapper = mapper;
    }

    /** Every problem found, by service base URL; reimbursementUrl also gets the reconciliation. */
    List<String> check(Map<String, String> serviceUrls, String reimbursementUrl) throws IOException, InterruptedException {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> service : serviceUrls.entrySet()) {
            HttpResponse<String> parked = http.get(service.getValue() + "/admin/parked-events");
            JsonNode list = read(parked);
            if (parked.statusCode() != 200 || !list.isArray()) {
                failures.add(service.getKey() + ": GET /admin/parked-events answered " + parked.statusCode());
            } else {
                for (JsonNode e : list) {
                    failures.add(service.getKey() + ": parked event " + e.path("id").asText() + " of "
                            + e.path("consumer").asText() + " (" + e.path("eventType").asText() + "): "
                            + e.path("reason").asText());
                }
                System.out.printf("  %s: %d parked events%n", service.getKey(), list.size());
            }
            failures.addAll(gauges(service.getKey(), http.get(service.getValue() + "/q/metrics").body()));
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HttpResponse<String> report = http.get(reimbursementUrl + "/reconciliation?from=" + today.minusDays(1)
                + "&to=" + today);
        JsonNode body = read(report);
        if (report.statusCode() != 200) {
            failures.add("GET /reconciliation answered " + report.statusCode() + " " + report.body());
        } else {
            System.out.printf("  reconciliation: %d claims compared, %d differences%n",
                    body.path("claimsCompared").asInt(), body.path("differences").size());
            for (JsonNode d : body.path("differences")) {
                failures.add("reconciliation: claim " + d.path("claimId").asText() + " " + d.path("kind").asText()
                        + " (ledger paid " + d.path("ledgerPaid").asText() + ", claim paid "
                        + d.path("claimPaid").asText() + ")");
            }
        }
        return failures;
    }

    /** Every rcm_parked_events gauge must read 0 (consumer="outbox-relay" counts the relay's parked rows). */
    static List<String> gauges(String service, String metrics) {
        List<String> failures = new ArrayList<>();
        Matcher m = GAUGE.matcher(metrics);
        int seen = 0;
        while (m.find()) {
            seen++;
            if (Double.parseDouble(m.group(2)) != 0) {
                failures.add(service + ": rcm_parked_events{" + m.group(1) + "} = " + m.group(2));
            }
        }
        if (seen == 0) {
            failures.add(service + ": no rcm_parked_events gauge in /q/metrics");
        }
        return failures;
    }

    private JsonNode read(HttpResponse<String> response) {
        try {
            return mapper.readTree(response.body());
        } catch (IOException e) {
            return mapper.createObjectNode();
        }
    }
}
