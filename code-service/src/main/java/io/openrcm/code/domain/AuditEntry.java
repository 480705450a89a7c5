package io.openrcm.code.domain;

import java.time.Instant;

/**
 * One audited change of an encounter's coding.
 *
 * @param actor who: AUTO or CODER:id
 * @param action what: AUTO_CODED, CLAIMED, FINALIZED
 * @param at when
 * @param before the state before (JSON of the codes, or the status)
 * @param after the state after
 */
public record AuditEntry(String actor, String action, Instant at, String before, String after) {
}
