package io.openrcm.code.domain;

/** Life cycle of an encounter in the coding service; an accepted encounter is coded at once in this slice. */
public enum EncounterStatus {
    CODED
}
