package io.openrcm.reimbursement.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which payer an 835 names: each identifier it carries is looked up; those that name a payer must all name the same
 * one. Unknown identifiers beside a known one are ignored (a payer may send ids we never recorded).
 *
 * @param payerId the payer, when exactly one is named
 * @param problem why not, naming each identifier and its place; null when resolved
 * @param at the identifiers the problem is about (the first one, or the disagreeing ones)
 */
public record PayerResolution(String payerId, String problem, List<PayerIdentifier> at) {

    /** Resolves the identifiers (in file order) through the lookup of one identifier. */
    public static PayerResolution of(List<PayerIdentifier> identifiers,
            Function<PayerIdentifier, Optional<String>> lookup) {
        if (identifiers.isEmpty()) {
            return new PayerResolution(null, "the 835 does not identify its payer (TRN03, N1*PR N104 or REF*2U)",
                    List.of());
        }
        Map<String, List<PayerIdentifier>> byPayer = new LinkedHashMap<>();
        for (PayerIdentifier id : identifiers) {
            lookup.apply(id).ifPresent(p -> byPayer.computeIfAbsent(p, k -> new ArrayList<>()).add(id));
        }
        if (byPayer.size() == 1) {
            return new PayerResolution(byPayer.keySet().iterator().next(), null, List.of());
        }
        if (byPayer.isEmpty()) {
            return new PayerResolution(null, "no known payer is identified by "
                    + String.join(", ", identifiers.stream().map(PayerIdentifier::describe).toList()), identifiers);
        }
        List<PayerIdentifier> disagreeing = byPayer.values().stream().map(l -> l.get(0)).toList();
        List<String> named = new ArrayList<>();
        byPayer.forEach((payer, ids) -> named.add(ids.get(0).describe() + " names payer " + payer));
        return new PayerResolution(null, "the 835's payer identifiers disagree: " + String.join("; ", named),
                disagreeing);
    }

    public boolean resolved() {
        return payerId != null;
    }
}
