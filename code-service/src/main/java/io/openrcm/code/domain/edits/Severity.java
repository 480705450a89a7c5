package io.openrcm.code.domain.edits;

/** How a finding weighs: an error keeps the encounter from being billed; a warning informs. */
public enum Severity {
    ERROR, WARNING
}
