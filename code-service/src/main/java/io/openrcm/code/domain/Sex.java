package io.openrcm.code.domain;

/** Administrative sex as claims carry it (X12 DMG03): female, male, unknown. */
public enum Sex {
    F, M, U
}
