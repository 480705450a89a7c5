package io.openrcm.code.application;

import io.openrcm.code.domain.Encounter;

/**
 * What became of an encounter request that was accepted.
 *
 * @param encounter the encounter, new or the one a retry repeats
 * @param created true when this request created it, false when it repeated an earlier one
 */
public record CodingOutcome(Encounter encounter, boolean created) {
}
