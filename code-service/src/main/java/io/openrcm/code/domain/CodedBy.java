package io.openrcm.code.domain;

/** Who assigned a code: in this slice every code arrives from the EHR as it was coded there. */
public enum CodedBy {
    EHR
}
