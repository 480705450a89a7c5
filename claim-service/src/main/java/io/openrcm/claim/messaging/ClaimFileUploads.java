package io.openrcm.claim.messaging;

import io.openrcm.claim.application.SubmissionDelivery;
import io.openrcm.claim.persistence.SubmissionStore;
import io.openrcm.platform.clearinghouse.Connection;
import io.openrcm.platform.clearinghouse.InboundFile;
import io.openrcm.platform.clearinghouse.MailboxSession;
import io.openrcm.platform.clearinghouse.MailboxTask;
import io.openrcm.platform.clearinghouse.SystemActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * Uploads the 837P files waiting for the clearinghouse into its inbound folder, each whole under a temporary name
 * renamed when complete ({@link MailboxSession#upload}); only then is the delivery recorded and its claims SUBMITTED.
 * A failed upload counts nothing as sent: the round ends, and the file is sent again whole on the next one.
 */
@ApplicationScoped
public class ClaimFileUploads implements MailboxTask {

    static final int BATCH = 50;

    private final SubmissionDelivery delivery;
    private final Clock clock;

    @Inject
    public ClaimFileUploads(SubmissionDelivery delivery, Clock clock) {
        this.delivery = delivery;
        this.clock = clock;
    }

    /**
     * The remote name of a submission's file under the connection's naming rule, by default its interchange control
     * number and payer, such as 000000042-AETNA.837.
     */
    public static String fileName(SubmissionStore.PendingSubmission s, Connection connection) {
        return connection.fileName(s.interchangeControlNumber(), s.payerId());
    }

    @Override
    public void run(MailboxSession session, Connection connection) throws IOException {
        List<SubmissionStore.PendingSubmission> pending = delivery.pending(BATCH);
        for (SubmissionStore.PendingSubmission s : pending) {
            byte[] content = s.content().getBytes(StandardCharsets.UTF_8);
            String name = fileName(s, connection);
            try {
                session.upload(connection.inboundFolder(), name, content);
            } catch (IOException e) {
                delivery.failed(s.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
                throw e;
            }
            delivery.delivered(s.id(), connection.id(), name, content.length, InboundFile.sha256(content),
                    clock.instant(), SystemActor.of("claim-service", connection.id()));
        }
    }
}
