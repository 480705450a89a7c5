package io.openrcm.platform.clearinghouse;

import java.io.IOException;

/** Work done in one session with the clearinghouse (deliver pending files, read the outbound folder). */
@FunctionalInterface
public interface MailboxTask {

    void run(MailboxSession session, Connection connection) throws IOException;
}
