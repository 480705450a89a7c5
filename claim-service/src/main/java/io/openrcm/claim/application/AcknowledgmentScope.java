package io.openrcm.claim.application;

import io.openrcm.claim.domain.Claim;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whose claims a 999 or 277CA may change: a payer integration's, the claims billed to its own payer; anyone else's,
 * the claims of the practices its token carries. A claim outside the scope is treated as one the file names that we
 * do not know (listed as unmatched, unchanged), so a file reveals nothing of another practice.
 *
 * @param payerId the payer of a payer integration; empty for a biller
 * @param practices the caller's practices (billing-provider NPIs)
 * @param everyClaim the clearinghouse link's files (the system's, {@link #clearinghouse()}): every claim we sent
 */
public record AcknowledgmentScope(Optional<String> payerId, Set<String> practices, boolean everyClaim) {

    public AcknowledgmentScope(Optional<String> payerId, Set<String> practices) {
        this(payerId, practices, false);
    }

    /** A file from the clearinghouse's mailbox: it answers the files we sent there, whoever's claims they carry. */
    public static AcknowledgmentScope clearinghouse() {
        return new AcknowledgmentScope(Optional.empty(), Set.of(), true);
    }

    /** Whether the file may change this claim. */
    public boolean covers(Claim claim) {
        if (everyClaim) {
            return true;
        }
        return payerId.map(p -> p.equals(claim.details().payerId()))
                .orElseGet(() -> practices.contains(claim.details().billingProviderNpi()));
    }

    /**
     * Part of a file's identity: the same file sent within another scope is another receipt (and is answered with
     * that scope's own outcome, never with another practice's claims).
     */
    String key() {
        if (everyClaim) {
            return "clearinghouse";
        }
        return payerId.map(p -> "payer:" + p).orElseGet(() -> "practices:" + String.join(",", new TreeSet<>(practices)));
    }
}
