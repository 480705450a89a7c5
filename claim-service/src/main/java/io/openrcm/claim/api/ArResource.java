package io.openrcm.claim.api;

import io.openrcm.claim.application.ArService;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.security.Caller;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Accounts receivable: aging by payer, insurance and patient, and the billing manager's figures. Amounts and rates are strings. */
@Path("/ar")
@Produces(MediaType.APPLICATION_JSON)
public class ArResource {

    @Inject
    ArService ar;
    @Inject
    Caller caller;

    @RolesAllowed({"biller", "revenue-manager"})
    @GET
    @Path("/aging")
    @Operation(summary = "Outstanding balance by payer, insurance and patient A/R, by age since the date of service")
    public Map<String, Object> aging(@QueryParam("asOf") String asOf) {
        List<Violation> v = new ArrayList<>();
        LocalDate day = ClaimResource.QueryParams.date(asOf, "?asOf", v);
        if (!v.isEmpty()) {
            throw ProblemException.invalidRequest(v);
        }
        ArService.Aging a = ar.aging(day, caller.practices());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("asOf", a.asOf());
        out.put("agedFrom", "dateOfService");
        out.put("buckets", ArService.BUCKETS);
        out.put("payers", a.payers().stream().map(p -> Map.of("payerId", p.payerId(), "amounts", strings(p.amounts()),
                "total", p.total().toPlainString())).toList());
        out.put("insurance", Map.of("amounts", strings(a.insurance().amounts()),
                "total", a.insurance().total().toPlainString()));
        out.put("patient", Map.of("amounts", strings(a.patient().amounts()),
                "total", a.patient().total().toPlainString()));
        out.put("totals", strings(a.totals()));
        out.put("total", a.total().toPlainString());
        return out;
    }

    @RolesAllowed({"biller", "revenue-manager"})
    @GET
    @Path("/metrics")
    @Operation(summary = "Clean-claim rate, first-pass acceptance, denial rate by count and dollars, days in A/R")
    public Map<String, Object> metrics(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("arWindowDays") String window, @QueryParam("payerId") String payerId) {
        List<Violation> v = new ArrayList<>();
        LocalDate f = ClaimResource.QueryParams.date(from, "?from", v);
        LocalDate t = ClaimResource.QueryParams.date(to, "?to", v);
        int days = ClaimResource.QueryParams.integer(window, "?arWindowDays", 90, 1, 3660, v);
        if (f != null && t != null && t.isBefore(f)) {
            v.add(new Violation("?to", "to must not be before from"));
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalidRequest(v);
        }
        ArService.Metrics m = ar.metrics(f, t, days, payerId == null || payerId.isBlank() ? null : payerId.trim(),
                caller.practices());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("payerId", payerId == null || payerId.isBlank() ? null : payerId.trim());
        out.put("from", m.from());
        out.put("to", m.to());
        out.put("claims", m.claims());
        out.put("cleanClaimRate", m.cleanClaimRate().toPlainString());
        out.put("firstPassAcceptanceRate", m.firstPassAcceptanceRate().toPlainString());
        out.put("denialRateByCount", m.denialRateByCount().toPlainString());
        out.put("denialRateByDollars", m.denialRateByDollars().toPlainString());
        out.put("daysInAR", m.daysInAR().toPlainString());
        out.put("accountsReceivable", m.accountsReceivable().toPlainString());
        out.put("insuranceAccountsReceivable", m.insuranceAccountsReceivable().toPlainString());
        out.put("patientAccountsReceivable", m.patientAccountsReceivable().toPlainString());
        out.put("averageDailyCharges", m.windowCharges().divide(BigDecimal.valueOf(m.windowDays()), 2,
                RoundingMode.HALF_UP).toPlainString());
        out.put("arWindowDays", m.windowDays());
        out.put("totalCharges", m.totalCharges().toPlainString());
        out.put("denominators", Map.of("scrubbed", m.denominators().scrubbed(), "acknowledgedOrAdjudicated",
                m.denominators().acknowledgedOrAdjudicated(), "adjudicated", m.denominators().adjudicated(),
                "adjudicatedCharges", m.denominators().adjudicatedCharges().toPlainString()));
        out.put("claimsByStatus", m.claimsByStatus());
        return out;
    }

    private static Map<String, String> strings(Map<String, BigDecimal> amounts) {
        Map<String, String> m = new LinkedHashMap<>();
        amounts.forEach((k, val) -> m.put(k, val.setScale(2).toPlainString()));
        return m;
    }
}
