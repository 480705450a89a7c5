package io.openrcm.reimbursement.persistence;

import io.openrcm.kernel.Money;
import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import io.openrcm.reimbursement.domain.PayerContract;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Stores payer contracts and finds the rate in effect. */
@ApplicationScoped
public class PayerContractStore {

    private record Key(String payerId, String code, String modifier) {
    }

    private final PayerContractRepository contracts;
    private final ReferenceVersions references;
    private final ReferenceCache<Map<Key, List<PayerContractEntity>>> byKey;

    @Inject
    public PayerContractStore(PayerContractRepository contracts, ReferenceVersions references) {
        this.contracts = contracts;
        this.references = references;
        // Every contract line, latest start first per payer, code and modifier: each posted line rates from memory.
        this.byKey = references.cache(() -> contracts.listFor(null).stream()
                .sorted(Comparator.comparing((PayerContractEntity c) -> c.effectiveFrom).reversed())
                .collect(Collectors.groupingBy(c -> new Key(c.payerId, c.code, c.modifier))), "payer_contract");
    }

    /** True when a contract for the same payer, code, modifier and start exists. */
    public boolean exists(String payerId, String code, String modifier, LocalDate effectiveFrom) {
        return contracts.count("payerId = ?1 and code = ?2 and modifier = ?3 and effectiveFrom = ?4", payerId, code,
                modifier, effectiveFrom) > 0;
    }

    public void insert(PayerContract c, Instant createdAt) {
        PayerContractEntity row = new PayerContractEntity();
        row.id = c.id();
        row.payerId = c.payerId();
        row.code = c.code();
        row.modifier = c.modifier();
        row.expectedAllowed = c.expectedAllowed().amount();
        row.effectiveFrom = c.effectiveFrom();
        row.effectiveTo = c.effectiveTo();
        row.createdAt = createdAt;
        contracts.persist(row);
        references.changed("payer_contract");
    }

    /** The contracts of a payer (all payers when null), by code and start. */
    public List<PayerContract> list(String payerId) {
        return contracts.listFor(payerId).stream().map(c -> new PayerContract(c.id, c.payerId, c.code, c.modifier,
                Money.of(c.expectedAllowed), c.effectiveFrom, c.effectiveTo)).toList();
    }

    /** The rate per unit in effect on the date for exactly this modifier ('' for the any-modifier rate). */
    public Optional<Money> rate(String payerId, String code, String modifier, LocalDate on) {
        return byKey.get().getOrDefault(new Key(payerId, code, modifier), List.of()).stream()
                .filter(c -> !c.effectiveFrom.isAfter(on) && (c.effectiveTo == null || !c.effectiveTo.isBefore(on)))
                .findFirst().map(c -> Money.of(c.expectedAllowed));
    }
}
