package io.openrcm.reimbursement.persistence;

import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.Imbalance;
import io.openrcm.reimbursement.domain.PaymentMethod;
import io.openrcm.reimbursement.domain.ProviderAdjustment;
import io.openrcm.reimbursement.domain.ReceivedRemittance;
import io.openrcm.reimbursement.domain.Remittance;
import io.openrcm.reimbursement.domain.RemittanceRef;
import io.openrcm.reimbursement.domain.RemittanceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stores remittances (the payment, its provider-level adjustments, why it is quarantined) and reads them back. */
@ApplicationScoped
public class RemittanceStore {

    private final RemittanceRepository remittances;

    @Inject
    public RemittanceStore(RemittanceRepository remittances) {
        this.remittances = remittances;
    }

    /**
     * Inserts the remittance and flushes, so a concurrent twin fails here on the natural key, before any posting
     * work.
     *
     * @param imbalances why it is quarantined; empty for a taken one
     */
    public ReceivedRemittance insert(Remittance remittance, String fingerprint, RemittanceStatus status,
            List<Imbalance> imbalances, Instant receivedAt) {
        RemittanceEntity row = new RemittanceEntity();
        row.id = UUID.randomUUID();
        row.payerId = remittance.payerId();
        row.traceNumber = remittance.traceNumber();
        row.paymentDate = remittance.paymentDate();
        row.paymentMethod = remittance.paymentMethod().name();
        row.totalPaid = remittance.totalPaid().amount();
        row.fingerprint = fingerprint;
        row.receivedAt = receivedAt;
        row.status = status.name();
        row.claimCount = remittance.claims().size();
        row.providerAdjustmentTotal = remittance.providerAdjustmentTotal().amount();
        Remittance.PayerDetails details = remittance.payer();
        row.source = details == null ? "JSON" : details.source();
        if (details != null) {
            row.payerName = cut(details.payerName(), 60);
            row.handlingCode = details.handlingCode();
            row.payeeName = cut(details.payeeName(), 60);
            row.payeeId = cut(details.payeeId(), 80);
        }
        for (ProviderAdjustment p : remittance.providerAdjustments()) {
            ProviderAdjustmentColumns c = new ProviderAdjustmentColumns();
            c.providerId = cut(p.providerId(), 50);
            c.fiscalPeriodDate = p.fiscalPeriodDate();
            c.reasonCode = p.reasonCode();
            c.reference = cut(p.reference(), 50);
            c.amount = p.amount().amount();
            row.providerAdjustments.add(c);
        }
        for (Imbalance i : imbalances) {
            ImbalanceColumns c = new ImbalanceColumns();
            c.rule = i.rule().name();
            c.claimIndex = i.claimIndex();
            c.lineIndex = i.lineIndex();
            c.claimId = i.claimIndex() < 0 ? null : remittance.claims().get(i.claimIndex()).claimId();
            c.stated = i.stated().amount();
            c.computed = i.computed().amount();
            c.difference = i.difference().amount();
            c.message = cut(i.message(), 300);
            row.imbalances.add(c);
        }
        remittances.persistAndFlush(row);
        return toDomain(row);
    }

    public Optional<ReceivedRemittance> find(UUID id) {
        return remittances.findByIdOptional(id).map(RemittanceStore::toDomain);
    }

    /** The remittance already taken (not quarantined) under this payer and trace number, if any. */
    public Optional<ReceivedRemittance> findTaken(String payerId, String traceNumber) {
        return remittances.findTaken(payerId, traceNumber).map(RemittanceStore::toDomain);
    }

    /** The quarantined remittance with this natural key and content, if any. */
    public Optional<ReceivedRemittance> findQuarantined(String payerId, String traceNumber, String fingerprint) {
        return remittances.findQuarantined(payerId, traceNumber, fingerprint).map(RemittanceStore::toDomain);
    }

    /** The quarantined remittances of the practices (by payee), newest first. */
    public List<ReceivedRemittance> quarantined(Set<String> practices, int limit) {
        return remittances.quarantined(practices, limit).stream().map(RemittanceStore::toDomain).toList();
    }

    /** What claim payments need to know of the given remittances, by id. */
    public Map<UUID, RemittanceRef> refs(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return remittances.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(r -> r.id, r -> new RemittanceRef(r.id, r.payerId, r.traceNumber,
                        r.paymentDate)));
    }

    private static ReceivedRemittance toDomain(RemittanceEntity r) {
        return new ReceivedRemittance(r.id, r.payerId, r.traceNumber, r.paymentDate,
                PaymentMethod.valueOf(r.paymentMethod), Money.of(r.totalPaid), r.fingerprint, r.receivedAt,
                RemittanceStatus.valueOf(r.status), r.source, r.claimCount, Money.of(r.providerAdjustmentTotal),
                r.imbalances.stream().map(i -> new ReceivedRemittance.Located(new Imbalance(
                        Imbalance.Rule.valueOf(i.rule), i.claimIndex, i.lineIndex, Money.of(i.stated),
                        Money.of(i.computed)), i.claimId, i.message)).toList());
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
