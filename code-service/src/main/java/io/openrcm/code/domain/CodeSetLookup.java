package io.openrcm.code.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Reads the loaded code sets. Implemented by the persistence layer; the domain decides what is in effect.
 */
public interface CodeSetLookup {

    /**
     * Every version and every stored entry of each requested code, whatever its dates, in one round trip.
     *
     * @param codes the codes to look up
     * @return what the code sets know about them; codes they do not know are simply absent
     */
    CodeSetSnapshot versionsOf(Set<CodeRef> codes);

    /** Up to {@code limit} billable codes that begin with the header code, in the version in effect on the date. */
    List<String> billableUnder(CodeRef header, LocalDate dateOfService, int limit);
}
