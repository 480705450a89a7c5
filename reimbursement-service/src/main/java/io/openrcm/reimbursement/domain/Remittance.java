package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A payer's remittance advice: one payment (the X12 835 BPR/TRN) and the claim payments it covers. Whatever the input
 * format (JSON today, X12 835 later), a reader builds this, and the balancing rules and the posting work on it.
 *
 * @param payerId the payer
 * @param traceNumber the payer's trace number of the payment (TRN02); with the payer, the natural key
 * @param paymentDate when the payment was made (BPR16)
 * @param paymentMethod how (BPR04)
 * @param totalPaid the total paid (BPR02)
 * @param claims the claim payments, in the order given; a claim may appear more than once
 * @param providerAdjustments the provider-level adjustments (PLB), kept at provider level
 * @param payer who paid, as the 835 names it (N1*PR, TRN03, BPR01); null for the JSON form
 */
public record Remittance(String payerId, String traceNumber, LocalDate paymentDate, PaymentMethod paymentMethod,
        Money totalPaid, List<ClaimPayment> claims, List<ProviderAdjustment> providerAdjustments, PayerDetails payer) {

    /**
     * What an 835 says about the payment beyond the natural key.
     *
     * @param payerName N1*PR name
     * @param handlingCode BPR01 (C payment and advice, I remittance only, H notification only...)
     * @param payeeName N1*PE name
     * @param payeeId N1*PE identifier (NPI, TIN)
     * @param source X12 or JSON
     */
    public record PayerDetails(String payerName, String handlingCode, String payeeName, String payeeId,
            String source) {
    }

    public Remittance {
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(traceNumber, "traceNumber");
        Objects.requireNonNull(paymentDate, "paymentDate");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(totalPaid, "totalPaid");
        claims = List.copyOf(claims);
        providerAdjustments = providerAdjustments == null ? List.of() : List.copyOf(providerAdjustments);
    }

    /** A remittance without provider adjustments (the JSON form). */
    public Remittance(String payerId, String traceNumber, LocalDate paymentDate, PaymentMethod paymentMethod,
            Money totalPaid, List<ClaimPayment> claims) {
        this(payerId, traceNumber, paymentDate, paymentMethod, totalPaid, claims, List.of(), null);
    }

    /** The same remittance of the payer so identified (the 835's identifiers resolved to our payer id). */
    public Remittance withPayerId(String resolvedPayerId) {
        return new Remittance(resolvedPayerId, traceNumber, paymentDate, paymentMethod, totalPaid, claims,
                providerAdjustments, payer);
    }

    /** The sum of the provider-level adjustments (PLB). */
    public Money providerAdjustmentTotal() {
        return Money.sum(providerAdjustments.stream().map(ProviderAdjustment::amount).toList());
    }

    /** Every balancing rule broken: the total against the claims, then each claim in order. Empty when balanced. */
    public List<Imbalance> imbalances() {
        List<Imbalance> found = new ArrayList<>();
        Money paidByClaims = Money.sum(claims.stream().map(ClaimPayment::paid).toList())
                .minus(providerAdjustmentTotal());
        if (!totalPaid.equals(paidByClaims)) {
            found.add(new Imbalance(Imbalance.Rule.TOTAL_PAID, -1, totalPaid, paidByClaims));
        }
        for (int i = 0; i < claims.size(); i++) {
            found.addAll(claims.get(i).imbalances(i));
        }
        return found;
    }

    /**
     * For each claim payment, how many earlier payments in this remittance are for the same claim (0 for the first):
     * with the remittance and the claim id, it identifies a claim payment.
     */
    public List<Integer> occurrences() {
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> occurrences = new ArrayList<>(claims.size());
        for (ClaimPayment c : claims) {
            occurrences.add(seen.merge(c.claimId(), 1, Integer::sum) - 1);
        }
        return occurrences;
    }

    /**
     * A SHA-256 digest of the content in a canonical form (amounts at two decimals, codes normalized), so the same
     * remittance sent again is recognised however its numbers were written, and a different one under the same
     * payer and trace number is not mistaken for it.
     */
    public String fingerprint() {
        StringBuilder canonical = new StringBuilder(256);
        append(canonical, payerId, traceNumber, paymentDate.toString(), paymentMethod.name(), totalPaid.toString());
        for (ClaimPayment c : claims) {
            canonical.append('[');
            append(canonical, c.claimId(), c.status().code(), c.payerClaimControlNumber(), c.charge().toString(),
                    c.paid().toString(), c.patientResponsibility().toString());
            for (Adjustment a : c.adjustments()) {
                append(canonical, a.group().name(), a.reason(), a.amount().toString());
            }
            for (ServiceLinePayment l : c.lines()) {
                canonical.append('{');
                append(canonical, l.code(), String.join(":", l.modifiers()), l.charge().toString(),
                        l.paid().toString(), l.units().toPlainString(), String.valueOf(l.serviceDate()));
                for (Adjustment a : l.adjustments()) {
                    append(canonical, a.group().name(), a.reason(), a.amount().toString());
                }
                canonical.append('}');
            }
            canonical.append(']');
        }
        for (ProviderAdjustment p : providerAdjustments) {
            append(canonical, "PLB", p.providerId(), p.reasonCode(), p.reference(), p.amount().toString());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Length-prefixed values, so no choice of values can make two different remittances read the same. */
    private static void append(StringBuilder out, String... values) {
        for (String value : values) {
            out.append(value == null ? -1 : value.length()).append(':').append(value == null ? "" : value).append(';');
        }
    }
}
