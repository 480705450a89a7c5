package io.openrcm.claim.messaging;

import io.openrcm.claim.application.AckOutcome;
import io.openrcm.claim.application.AcknowledgmentScope;
import io.openrcm.claim.application.AcknowledgmentService;
import io.openrcm.claim.config.ClaimServiceConfig;
import io.openrcm.claim.edi.AcknowledgmentFileCheck;
import io.openrcm.claim.edi.Rejection999Writer;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.audit.AuditOutcome;
import io.openrcm.platform.audit.AuditTrail;
import io.openrcm.platform.clearinghouse.FileIntake;
import io.openrcm.platform.clearinghouse.InboundFile;
import io.openrcm.platform.clearinghouse.SystemActor;
import io.openrcm.platform.security.Caller;
import io.openrcm.x12.ControlNumbers;
import io.openrcm.x12.X12ReadException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * claim-service's intake of the clearinghouse's 999 and 277CA files: checked whole first (cut short, another version:
 * refused with a rejecting 999), then applied by {@link AcknowledgmentService}, the use case of POST
 * /acknowledgments, to every claim we sent there. The system is the actor of the audit, with the file named.
 */
@ApplicationScoped
public class AcknowledgmentFileIntake implements FileIntake {

    private final AcknowledgmentService acknowledgments;
    private final AuditTrail audit;
    private final ControlNumbers controlNumbers;
    private final ClaimServiceConfig.SubmissionConfig sender;
    private final Clock clock;

    @Inject
    public AcknowledgmentFileIntake(AcknowledgmentService acknowledgments, AuditTrail audit,
            ControlNumbers controlNumbers, ClaimServiceConfig config, Clock clock) {
        this.acknowledgments = acknowledgments;
        this.audit = audit;
        this.controlNumbers = controlNumbers;
        this.sender = config.submission();
        this.clock = clock;
    }

    @Override
    public boolean wants(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".999") || lower.endsWith(".277");
    }

    @Override
    public Outcome take(InboundFile file) {
        String x12 = file.text();
        Caller system = SystemActor.of("claim-service", file.connectionId());
        try {
            AcknowledgmentFileCheck.check(x12);
            AcknowledgmentService.Received received = acknowledgments.receive(x12, AcknowledgmentScope.clearinghouse(),
                    changed -> {
                        List<AuditEntry> entries = new ArrayList<>();
                        entries.add(AuditEntry.of("clearinghouse.file.take", "ClearinghouseFile",
                                file.connectionId() + "/" + file.name()));
                        changed.forEach(c -> entries.add(new AuditEntry("claim.acknowledge", "Claim",
                                c.id().toString(), c.details().patient().id(), c.details().billingProviderNpi())));
                        audit.inTransaction(system, entries, AuditOutcome.SUCCESS, null, file.sha256());
                    });
            AckOutcome outcome = received.outcome();
            return new Taken(outcome.kind() + ": " + outcome.accepted() + " accepted, " + outcome.rejected()
                    + " rejected, " + outcome.unmatched().size() + " unmatched" + (received.duplicate()
                            ? " (received before)" : ""));
        } catch (X12ReadException e) {
            String reason = "segment " + e.segmentPosition() + (e.segmentTag() == null ? "" : " (" + e.segmentTag()
                    + ")") + ", element " + e.elementPosition() + ": " + e.getMessage();
            String[] group = AcknowledgmentFileCheck.firstGroup(x12);
            // A control number of our own, from the database sequence: in a transaction, as this thread has none.
            int control = QuarkusTransaction.requiringNew().call(controlNumbers::next);
            String ack = Rejection999Writer.write(sender.senderQualifier(), sender.senderId(), control,
                    group[0], group[1], LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            return new Unreadable(reason, ack.getBytes(StandardCharsets.US_ASCII));
        }
    }
}
