package io.openrcm.claim.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Coordination of benefits on a claim: who its open balance is with now, whether the last payer forwarded the claim
 * itself (a crossover, so no claim is sent to the next payer), and what every payer so far decided.
 *
 * @param responsibility who the balance is with
 * @param crossedOver true when the payer before forwarded the claim to the one responsible now
 * @param adjudications the payers' decisions in the order they arrived, one per payer position (a later decision of
 *     the same position replaces the earlier)
 */
public record Coordination(Responsibility responsibility, boolean crossedOver, List<PayerAdjudication> adjudications) {

    public Coordination {
        Objects.requireNonNull(responsibility, "responsibility");
        adjudications = adjudications == null ? List.of() : List.copyOf(adjudications);
    }

    /** A claim still with its primary payer and nothing adjudicated. */
    public static Coordination initial() {
        return new Coordination(Responsibility.PRIMARY, false, List.of());
    }

    /**
     * The payer position a posting comes from: what the payer's claim status code says (1/19 primary, 2/20
     * secondary, 3/21 tertiary), else the payer the claim is with, else the last one that adjudicated it.
     */
    public Responsibility adjudicatedAs(PaymentPosting posting) {
        Responsibility said = Responsibility.ofClaimStatusCode(posting.claimStatusCode());
        if (said != null) {
            return said;
        }
        if (responsibility.isPayer()) {
            return responsibility;
        }
        return adjudications.isEmpty() ? Responsibility.PRIMARY
                : adjudications.get(adjudications.size() - 1).responsibility();
    }

    /** With this payer's decision recorded. */
    public Coordination adjudicated(PayerAdjudication decision) {
        List<PayerAdjudication> all = new ArrayList<>(adjudications);
        all.removeIf(a -> a.responsibility() == decision.responsibility());
        all.add(decision);
        return new Coordination(responsibility, crossedOver, all);
    }

    /** With the balance now with someone else. */
    public Coordination movedTo(Responsibility next, boolean crossover) {
        return new Coordination(next, crossover, adjudications);
    }

    /** The decisions of the payers before the one at that position, in payer order: what its 837 carries. */
    public List<PayerAdjudication> before(Responsibility payer) {
        return adjudications.stream().filter(a -> a.responsibility().position() < payer.position())
                .sorted((a, b) -> Integer.compare(a.responsibility().position(), b.responsibility().position()))
                .toList();
    }
}
