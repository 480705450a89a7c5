package io.openrcm.reimbursement.remote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.kernel.Money;
import io.openrcm.platform.http.ServiceHttpClients;
import io.openrcm.reimbursement.application.ClaimBalances;
import io.openrcm.reimbursement.application.ClaimServiceUnavailableException;
import io.openrcm.reimbursement.domain.LedgerTotals;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads claim-service's applied balances through its batch endpoint {@code POST /claims/balances}, at the URL
 * {@code rcm.reimbursement.claim-service-url} (RCM_CLAIM_SERVICE_URL, default https://127.0.0.1:8082), with the bearer
 * token of the person who asked for the reconciliation: claim-service then applies that person's roles and practices.
 */
@ApplicationScoped
public class ClaimServiceClient implements ClaimBalances {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI endpoint;
    private final ObjectMapper json;
    private final SecurityIdentity caller;
    private final HttpClient http;

    @Inject
    public ClaimServiceClient(@ConfigProperty(name = "rcm.reimbursement.claim-service-url") String baseUrl,
            ObjectMapper json, ServiceHttpClients clients, SecurityIdentity caller) {
        this.caller = caller;
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/claims/balances");
        this.json = json;
        // HTTPS to claim-service trusts the configured CA (the local stack's, or production's).
        this.http = clients.builder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public Applied of(List<String> claimIds) {
        // claim-service ids are UUIDs; any other id cannot be a claim there and is reported as unknown.
        List<String> asked = claimIds.stream().filter(ClaimServiceClient::isUuid).toList();
        if (asked.isEmpty()) {
            return new Applied(Map.of(), Map.of());
        }
        Answer answer = read(asked);
        Map<String, LedgerTotals> totals = new HashMap<>();
        Map<String, String> statuses = new HashMap<>();
        for (Item item : answer.items()) {
            String id = item.claimId().toString();
            totals.put(id, new LedgerTotals(id, Money.of(item.balance().paid()), Money.of(item.balance().adjustments()),
                    Money.of(item.balance().patientResponsibility())));
            statuses.put(id, item.status());
        }
        return new Applied(totals, statuses);
    }

    private static boolean isUuid(String id) {
        try {
            UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Answer read(List<String> claimIds) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("claimIds", claimIds))));
            AccessTokenCredential token = caller.getCredential(AccessTokenCredential.class);
            if (token != null) {
                builder.header("Authorization", "Bearer " + token.getToken());
            }
            HttpRequest request = builder.build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ClaimServiceUnavailableException("claim-service answered HTTP " + response.statusCode()
                        + " to " + endpoint, null);
            }
            Answer answer = json.readValue(response.body(), Answer.class);
            if (answer.items() == null) {
                throw new ClaimServiceUnavailableException("claim-service's answer has no items", null);
            }
            return answer;
        } catch (JsonProcessingException e) {
            throw new ClaimServiceUnavailableException("claim-service's answer could not be read", e);
        } catch (IOException e) {
            throw new ClaimServiceUnavailableException("claim-service at " + endpoint + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClaimServiceUnavailableException("interrupted while reading claim-service", e);
        }
    }

    /** The fields of claim-service's answer that reconciliation reads (tolerant reader). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(List<Item> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(UUID claimId, String status, Balance balance) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Balance(BigDecimal paid, BigDecimal adjustments, BigDecimal patientResponsibility) {
    }
}
