package io.openrcm.claim.application;

/**
 * Fired (as a CDI event) in a transaction that moved claims to READY; once it commits, the submission scheduler sends
 * them after its short linger instead of at its next fixed run.
 */
public record ClaimsBecameReady() {

    static final ClaimsBecameReady INSTANCE = new ClaimsBecameReady();
}
