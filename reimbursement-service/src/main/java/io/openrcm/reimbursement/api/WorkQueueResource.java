package io.openrcm.reimbursement.api;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import io.openrcm.platform.security.Caller;
import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.application.WorkQueues;
import io.openrcm.reimbursement.domain.Deposit;
import io.openrcm.reimbursement.domain.Underpayment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's and posters' lists: exceptions (unmatched claim payments), underpayments, deposits; each of the
 * caller's practices only (see {@link io.openrcm.reimbursement.persistence.WorkQueueQueries} for whose a payment is).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class WorkQueueResource {

    @Inject
    WorkQueues queues;
    @Inject
    Caller caller;

    /** {@code { items: [...], total }}: claim payments waiting for their claim, oldest first, with the reason. */
    @RolesAllowed({"biller", "revenue-manager"})
    @GET
    @Path("exceptions")
    public Map<String, Object> exceptions(@QueryParam("limit") @DefaultValue("200") int limit) {
        List<Map<String, Object>> items = queues.exceptions(caller.practices(), limit(limit)).stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("paymentId", e.paymentId());
            m.put("remittanceId", e.remittanceId());
            m.put("payerId", e.payerId());
            m.put("traceNumber", e.traceNumber());
            m.put("claimId", e.claimId());
            m.put("occurrence", e.occurrence());
            m.put("claimStatusCode", e.claimStatusCode());
            m.put("chargeAmount", money(e.chargeAmount()));
            m.put("paidAmount", money(e.paidAmount()));
            m.put("reason", e.reason());
            m.put("receivedAt", e.receivedAt());
            return m;
        }).toList();
        return Map.of("items", items, "total", queues.exceptionCount(caller.practices()));
    }

    /** {@code { items: [{claimId, payerId, code, expectedAllowed, allowed, underpaidAmount...}], total, totalUnderpaid }}. */
    @RolesAllowed({"biller", "revenue-manager"})
    @GET
    @Path("underpayments")
    public Map<String, Object> underpayments(@QueryParam("payerId") String payerId,
            @QueryParam("limit") @DefaultValue("500") int limit) {
        var found = queues.underpayments(payerId, caller.practices(), limit(limit));
        List<Map<String, Object>> items = found.stream().map(u -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("claimId", u.claimId());
            m.put("payerId", u.payerId());
            m.put("code", u.code());
            m.put("expectedAllowed", money(u.expectedAllowed()));
            m.put("allowed", money(u.allowed()));
            m.put("underpaidAmount", money(u.underpaidAmount()));
            m.put("paymentId", u.paymentId());
            m.put("lineNumber", u.lineNumber());
            m.put("serviceDate", u.serviceDate());
            return m;
        }).toList();
        Money total = Money.sum(found.stream().map(Underpayment::underpaidAmount).toList());
        return Map.of("items", items, "total", items.size(), "totalUnderpaid", money(total));
    }

    /** {@code { items: [{remittanceId, payerId, traceNumber, method, paymentDate, amount, posted, unposted...}], total... }}. */
    @RolesAllowed({"biller", "revenue-manager"})
    @GET
    @Path("deposits")
    public Map<String, Object> deposits(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("500") int limit) {
        var found = queues.deposits(date("?from", from, LocalDate.of(1900, 1, 1)),
                date("?to", to, LocalDate.of(9999, 12, 31)), caller.practices(), limit(limit));
        List<Map<String, Object>> items = found.stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("remittanceId", d.remittanceId());
            m.put("payerId", d.payerId());
            m.put("payerName", d.payerName());
            m.put("traceNumber", d.traceNumber());
            m.put("paymentMethod", d.method());
            m.put("paymentDate", d.paymentDate());
            m.put("amount", money(d.amount()));
            m.put("posted", money(d.posted()));
            m.put("unposted", money(d.unposted()));
            m.put("providerAdjustments", money(d.providerAdjustments()));
            m.put("status", d.status());
            return m;
        }).toList();
        Money amount = Money.sum(found.stream().map(Deposit::amount).toList());
        Money posted = Money.sum(found.stream().map(Deposit::posted).toList());
        return Map.of("items", items, "total", items.size(), "totalAmount", money(amount), "totalPosted",
                money(posted), "totalUnposted", money(amount.minus(posted)));
    }

    static String money(Money amount) {
        return amount == null ? null : amount.toString();
    }

    private static int limit(int limit) {
        if (limit < 1 || limit > 5000) {
            throw ProblemException.invalidRequest(List.of(new Violation("?limit", "must be 1 to 5000")));
        }
        return limit;
    }

    private static LocalDate date(String at, String value, LocalDate otherwise) {
        try {
            return value == null ? otherwise : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidRequest(List.of(new Violation(at, "must be an ISO date")));
        }
    }
}
