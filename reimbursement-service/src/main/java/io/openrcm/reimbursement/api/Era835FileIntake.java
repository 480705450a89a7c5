package io.openrcm.reimbursement.api;

import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.audit.AuditOutcome;
import io.openrcm.platform.audit.AuditTrail;
import io.openrcm.platform.clearinghouse.FileIntake;
import io.openrcm.platform.clearinghouse.InboundFile;
import io.openrcm.platform.clearinghouse.SystemActor;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.security.Caller;
import io.openrcm.reimbursement.application.RemittanceQueries;
import io.openrcm.reimbursement.application.RemittanceView;
import io.openrcm.reimbursement.domain.Remittance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * reimbursement-service's intake of the clearinghouse's 835 files: the same {@link X12Intake} as POST /remittances,
 * posted by the system (the clearinghouse link, never a payer's token), every remittance audited with the file named.
 * A file the intake refuses goes back as unreadable with its rejecting 999; one it cannot take (a trace number
 * already taken with other content) is unreadable with the reason and no 999.
 */
@ApplicationScoped
public class Era835FileIntake implements FileIntake {

    @Inject
    X12Intake intake;
    @Inject
    AuditTrail audit;
    @Inject
    RemittanceQueries queries;

    @Override
    public boolean wants(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".835");
    }

    @Override
    @ActivateRequestContext
    public Outcome take(InboundFile file) {
        Caller system = SystemActor.of("reimbursement-service", file.connectionId());
        RemittancePoster poster = new RemittancePoster() {
            @Override
            public void requirePoster(Collection<Remittance> remittances) {
                // The clearinghouse mailbox is this installation's own: what it holds came from the payers.
            }

            @Override
            public void audit(String action, RemittanceView taken) {
                List<AuditEntry> entries = new ArrayList<>();
                entries.add(AuditEntry.of("clearinghouse.file.take", "ClearinghouseFile",
                        file.connectionId() + "/" + file.name()));
                entries.addAll(RemittancePoster.entries(queries, action, taken));
                audit.inTransaction(system, entries, AuditOutcome.SUCCESS, null, file.sha256());
            }

            @Override
            public String poster() {
                return system.subject();
            }
        };
        try {
            X12Intake.Processed processed = intake.process(file.content(), poster);
            if (processed.refused() != null) {
                return new Unreadable(processed.refused().detail(),
                        processed.refused().ack999().getBytes(StandardCharsets.US_ASCII));
            }
            long created = processed.taken().remittances().size();
            return new Taken("835: " + created + " remittance(s)" + (processed.created() ? "" : ", all taken before")
                    + ", 999 " + processed.taken().acknowledgmentId());
        } catch (ProblemException e) {
            if (e.problem().status() >= 500) {
                throw e;
            }
            return new Unreadable(e.problem().title() + ": " + e.problem().detail(), null);
        }
    }
}
