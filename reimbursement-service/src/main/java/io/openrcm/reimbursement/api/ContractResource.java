package io.openrcm.reimbursement.api;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import io.openrcm.reimbursement.application.PayerContracts;
import io.openrcm.reimbursement.domain.PayerContract;
import io.openrcm.kernel.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Payer contracts: expected allowed amount per unit per payer, code and modifier, effective-dated. */
@Path("/contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

    @Inject
    PayerContracts contracts;

    /**
     * Body of {@code POST /contracts}.
     *
     * @param payerId our payer id
     * @param code procedure code
     * @param modifier one modifier, or absent for any
     * @param expectedAllowed allowed amount per unit
     * @param effectiveFrom ISO date
     * @param effectiveTo ISO date or absent
     */
    public record ContractRequest(String payerId, String code, String modifier, String expectedAllowed,
            String effectiveFrom, String effectiveTo) {
    }

    /**
     * A contract line.
     *
     * @param contractId id
     * @param payerId payer
     * @param code code
     * @param modifier modifier, "" for any
     * @param expectedAllowed per unit
     * @param effectiveFrom first day
     * @param effectiveTo last day or null
     */
    public record ContractResponse(UUID contractId, String payerId, String code, String modifier,
            String expectedAllowed, LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    /** 201 with the contract; 400 with every violation; 409 when the same payer, code, modifier and start exist. */
    @RolesAllowed("administrator")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(ContractRequest body) {
        List<Violation> violations = new ArrayList<>();
        if (body == null) {
            throw ProblemException.invalidRequest(List.of(new Violation("", "a JSON object is required")));
        }
        require(violations, "/payerId", body.payerId(), "[A-Za-z0-9._-]{1,50}");
        require(violations, "/code", body.code(), "[A-Za-z0-9]{1,10}");
        String modifier = body.modifier() == null ? "" : body.modifier();
        if (!modifier.matches("([A-Za-z0-9]{2})?")) {
            violations.add(new Violation("/modifier", "must be a two-character modifier or absent"));
        }
        Money amount = null;
        try {
            amount = body.expectedAllowed() == null ? null : Money.parse(body.expectedAllowed());
            if (amount == null || amount.isNegative()) {
                violations.add(new Violation("/expectedAllowed", "is required and must not be negative"));
            }
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("/expectedAllowed", e.getMessage()));
        }
        LocalDate from = date(violations, "/effectiveFrom", body.effectiveFrom(), true);
        LocalDate to = date(violations, "/effectiveTo", body.effectiveTo(), false);
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(new Violation("/effectiveTo", "must not be before effectiveFrom"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalidRequest(violations);
        }
        PayerContract row = contracts.add(new PayerContracts.NewContract(body.payerId(),
                body.code().toUpperCase(), modifier.toUpperCase(), amount, from, to));
        return Response.status(201).entity(view(row)).build();
    }

    /** {@code { items, total }}: the contracts, of one payer when given. */
    @RolesAllowed({"biller", "administrator"})
    @GET
    public Map<String, Object> list(@QueryParam("payerId") String payerId) {
        List<ContractResponse> items = contracts.list(payerId).stream().map(ContractResource::view).toList();
        return Map.of("items", items, "total", items.size());
    }

    private static ContractResponse view(PayerContract c) {
        return new ContractResponse(c.id(), c.payerId(), c.code(), c.modifier(), c.expectedAllowed().toString(),
                c.effectiveFrom(), c.effectiveTo());
    }

    private static void require(List<Violation> violations, String at, String value, String pattern) {
        if (value == null || !value.matches(pattern)) {
            violations.add(new Violation(at, "is required and must match " + pattern));
        }
    }

    private static LocalDate date(List<Violation> violations, String at, String value, boolean required) {
        if (value == null) {
            if (required) {
                violations.add(new Violation(at, "is required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(at, "must be an ISO date"));
            return null;
        }
    }
}
