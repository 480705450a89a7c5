package io.openrcm.code.domain;

import java.util.Set;

/**
 * Reads the loaded code sets. Implemented by the persistence layer; the domain decides what is in effect.
 */
public interface CodeSetLookup {

    /**
     * Every stored version of each requested code, whatever its effective dates, fetched in one round trip so an
     * encounter (or a whole batch of them) costs one query however many codes it carries.
     *
     * @param codes the codes to look up
     * @return what the code sets know about them; codes they do not know are simply absent
     */
    CodeSetSnapshot versionsOf(Set<CodeRef> codes);
}
