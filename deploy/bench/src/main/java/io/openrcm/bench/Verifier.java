package io.openrcm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Checks, through the services' REST APIs, that nothing was lost or doubled: every accepted encounter has exactly one
 * claim, every refused one stored nothing, every remitted claim has exactly the postings sent and ends in its
 * expected state, and the money adds up to the cent across the remittances, the ledger and the claims. A claim with a
 * secondary coverage must also have reached the secondary and then the patient ({@link SecondaryChecks}).
 */
final class Verifier {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final Http http;
    private final ObjectMapper mapper;
    private final String codeUrl;
    private final String claimUrl;
    private final String reimbursementUrl;
    private final Semaphore inFlight = new Semaphore(32);
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<BigDecimal> claimPaid = new AtomicReference<>(ZERO);
    private final AtomicReference<BigDecimal> ledgerPaid = new AtomicReference<>(ZERO);
    private final AtomicReference<BigDecimal> claimCharges = new AtomicReference<>(ZERO);
    private final AtomicReference<BigDecimal> patientOwed = new AtomicReference<>(ZERO);

    Verifier(Http http, ObjectMapper mapper, String codeUrl, String claimUrl, String reimbursementUrl) {
        this.http = http;
        this.mapper = mapper;
        this.codeUrl = codeUrl;
        this.claimUrl = claimUrl;
        this.reimbursementUrl = reimbursementUrl;
    }

    /** Every problem found; empty means PASS. */
    List<String> verify(List<PostedEncounter> posted, EventWatcher events, Map<String, ClaimOutcome> outcomes,
            BigDecimal remittedTotal) throws InterruptedException {
        List<CompletableFuture<?>> checks = new ArrayList<>();
        for (PostedEncounter p : posted) {
            if (p.expectsClaim()) {
                int submitted = events.claimCount(p.encounterId());
                if (submitted != 1) {
                    fail("encounter " + p.encounterId() + ": " + submitted + " claims submitted (expected 1)");
                }
                checks.add(get(claimUrl + "/claims?encounterId=" + p.encounterId(), body -> {
                    if (body.path("total").asLong() != 1) {
                        fail("encounter " + p.encounterId() + ": " + body.path("total").asLong() + " claims stored");
                    } else {
                        add(claimCharges, body.path("items").path(0).path("totalCharge").asText());
                    }
                }));
            } else if (!p.accepted() && p.httpStatus() != 0) {
                String ehrId = URLEncoder.encode(p.generated().ehrEncounterId(), StandardCharsets.UTF_8);
                checks.add(status(codeUrl + "/encounters?ehrEncounterId=" + ehrId, 404,
                        "refused encounter " + p.generated().ehrEncounterId() + " was stored"));
            }
        }
        for (ClaimOutcome o : outcomes.values()) {
            checks.add(get(claimUrl + "/claims/" + o.claimId(), body -> checkClaim(o, body)));
            checks.add(get(reimbursementUrl + "/payments?claimId=" + o.claimId(), body -> checkLedger(o, body)));
            if (o.kind() == ClaimOutcome.Kind.SECONDARY) {
                boolean reached = events.submittedTo(o.claimId(), o.secondaryPayerId());
                checks.add(json(claimUrl + "/claims/" + o.claimId()).thenCombine(
                        json(claimUrl + "/claims/" + o.claimId() + "/patient-balance"), (claim, patient) -> {
                            if (claim != null && patient != null) {
                                add(patientOwed, patient.path("owed").asText());
                                SecondaryChecks.check(o, reached, claim, patient).forEach(this::fail);
                            }
                            return null;
                        }));
            }
        }
        CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new)).join();
        BigDecimal expected = outcomes.values().stream().map(ClaimOutcome::expectedPaid).reduce(ZERO, BigDecimal::add);
        if (expected.compareTo(remittedTotal) != 0 || expected.compareTo(claimPaid.get()) != 0
                || expected.compareTo(ledgerPaid.get()) != 0) {
            fail("totals differ: remittances paid " + remittedTotal + ", expected by claim " + expected
                    + ", ledger " + ledgerPaid.get() + ", claim balances " + claimPaid.get());
        }
        BigDecimal owed = outcomes.values().stream().map(ClaimOutcome::expectedPatientOwed).filter(v -> v != null)
                .reduce(ZERO, BigDecimal::add);
        if (owed.compareTo(patientOwed.get()) != 0) {
            fail("patients owe " + patientOwed.get() + " after their secondary payers; expected " + owed);
        }
        return List.copyOf(failures);
    }

    BigDecimal claimCharges() {
        return claimCharges.get();
    }

    BigDecimal ledgerPaid() {
        return ledgerPaid.get();
    }

    private void checkClaim(ClaimOutcome o, JsonNode claim) {
        BigDecimal paid = money(claim.path("balance").path("paid").asText());
        add(claimPaid, paid.toPlainString());
        int payments = claim.path("payments").size();
        if (!claim.path("status").asText().equals(o.expectedStatus()) || paid.compareTo(o.expectedPaid()) != 0
                || payments != o.postings()) {
            fail("claim " + o.claimId() + " (" + o.kind() + "): status " + claim.path("status").asText() + ", paid "
                    + paid + ", " + payments + " payments; expected " + o.expectedStatus() + ", " + o.expectedPaid()
                    + ", " + o.postings());
        }
    }

    private void checkLedger(ClaimOutcome o, JsonNode ledger) {
        long posted = 0;
        for (JsonNode p : ledger.path("payments")) {
            if (p.path("status").asText().equals("POSTED")) {
                posted++;
            }
        }
        BigDecimal paid = money(ledger.path("totals").path("paid").asText("0"));
        add(ledgerPaid, paid.toPlainString());
        if (posted != o.postings() || paid.compareTo(o.expectedPaid()) != 0) {
            fail("ledger of claim " + o.claimId() + " (" + o.kind() + "): " + posted + " postings paying " + paid
                    + "; expected " + o.postings() + " paying " + o.expectedPaid());
        }
    }

    private CompletableFuture<?> get(String url, Consumer<JsonNode> check) throws InterruptedException {
        inFlight.acquire();
        return http.getAsync(url).whenComplete((r, e) -> inFlight.release()).handle((r, e) -> {
            if (e != null || r.statusCode() != 200) {
                fail("GET " + url + " answered " + (e != null ? e.toString() : r.statusCode() + " " + r.body()));
                return null;
            }
            check.accept(read(r));
            return null;
        });
    }

    /** The body of a GET that answered 200, or null (the failure recorded). */
    private CompletableFuture<JsonNode> json(String url) throws InterruptedException {
        inFlight.acquire();
        return http.getAsync(url).whenComplete((r, e) -> inFlight.release()).handle((r, e) -> {
            if (e != null || r.statusCode() != 200) {
                fail("GET " + url + " answered " + (e != null ? e.toString() : r.statusCode() + " " + r.body()));
                return null;
            }
            return read(r);
        });
    }

    private CompletableFuture<?> status(String url, int expected, String problem) throws InterruptedException {
        inFlight.acquire();
        return http.getAsync(url).whenComplete((r, e) -> inFlight.release()).handle((r, e) -> {
            if (e != null || r.statusCode() != expected) {
                fail(problem + " (GET " + url + " answered " + (e != null ? e.toString() : r.statusCode()) + ")");
            }
            return null;
        });
    }

    private JsonNode read(HttpResponse<String> r) {
        try {
            return mapper.readTree(r.body());
        } catch (IOException e) {
            return mapper.createObjectNode();
        }
    }

    private static void add(AtomicReference<BigDecimal> sum, String amount) {
        BigDecimal value = money(amount);
        sum.accumulateAndGet(value, BigDecimal::add);
    }

    private static BigDecimal money(String text) {
        try {
            return new BigDecimal(text).setScale(2);
        } catch (NumberFormatException | ArithmeticException e) {
            return ZERO;
        }
    }

    private void fail(String problem) {
        failures.add(problem);
    }
}
