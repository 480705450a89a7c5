package io.openrcm.x12;

/**
 * Where interchange (ISA13) and group (GS06) control numbers come from: each service implements it with a database
 * sequence, so a number is unique across instances and restarts and never taken twice.
 */
@FunctionalInterface
public interface ControlNumbers {

    /** The largest control number: ISA13 has nine digits. */
    int MAX = 999_999_999;

    /** The next control number, 1 to {@link #MAX}. */
    int next();
}
