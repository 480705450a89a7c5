package io.openrcm.platform.audit;

/** How an audited attempt ended. */
public enum AuditOutcome {
    /** Done: the data was read or changed. */
    SUCCESS,
    /** Refused: no or a bad token (401), a role or practice the caller does not have (403). */
    REFUSED,
    /** Asked for a resource that is not there or not of the caller's practices (404, existence not revealed). */
    NOT_FOUND
}
