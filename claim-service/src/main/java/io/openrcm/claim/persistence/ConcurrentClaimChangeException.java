package io.openrcm.claim.persistence;

import java.util.List;
import java.util.UUID;

/**
 * A claim's row was written by another transaction after this one read it: the write that would have gone over it
 * is refused (the caller's transaction rolls back), as an optimistic lock does.
 */
public class ConcurrentClaimChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentClaimChangeException(List<UUID> claimIds) {
        super("Claim(s) " + claimIds + " changed since they were read");
    }
}
