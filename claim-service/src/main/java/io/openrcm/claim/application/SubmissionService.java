package io.openrcm.claim.application;

import io.openrcm.claim.config.ClaimServiceConfig;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDomainEvent;
import io.openrcm.claim.domain.Coverage;
import io.openrcm.claim.domain.Finding;
import io.openrcm.kernel.Money;
import io.openrcm.claim.domain.ProviderFacts;
import io.openrcm.claim.edi.BilledClaim;
import io.openrcm.claim.edi.Claim837Writer;
import io.openrcm.claim.edi.Envelope;
import io.openrcm.claim.edi.PayerParty;
import io.openrcm.claim.edi.X12WriteException;
import io.openrcm.claim.persistence.ClaimBatchStore;
import io.openrcm.claim.persistence.ClaimChanges;
import io.openrcm.claim.persistence.PatientEntryStore;
import io.openrcm.claim.persistence.ReadyClaimQueries;
import io.openrcm.claim.persistence.ReferenceDataStore;
import io.openrcm.claim.persistence.SubmissionStore;
import io.openrcm.platform.clearinghouse.ClearinghouseConfig;
import io.openrcm.x12.ControlNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Use case: a payer's READY claims go out together in one 837P interchange. The claims are locked (skipping those
 * another instance holds), the file is written and validated, stored with its control numbers, and every claim moves
 * to SUBMITTED with its ClaimSubmitted event, all in one transaction. A claim the schema refuses goes back to the
 * work queue (SCR-X12-001) instead of holding up the others.
 */
@ApplicationScoped
public class SubmissionService {

    static final String SCHEMA_RULE = "SCR-X12-001";
    private static final Logger LOG = Logger.getLogger(SubmissionService.class);

    private final ReadyClaimQueries ready;
    private final ClaimBatchStore batchStore;
    private final PatientEntryStore patientEntries;
    private final ReferenceDataStore referenceData;
    private final SubmissionStore submissions;
    private final ClaimEventPublisher publisher;
    private final ControlNumbers controlNumbers;
    private final ClaimServiceConfig.SubmissionConfig config;
    private final Clock clock;
    private final ClearinghouseConfig clearinghouse;
    private final Claim837Writer writer = new Claim837Writer();

    @Inject
    public SubmissionService(ReadyClaimQueries ready, ClaimBatchStore batchStore, PatientEntryStore patientEntries,
            ReferenceDataStore referenceData, SubmissionStore submissions, ClaimEventPublisher publisher,
            ControlNumbers controlNumbers, ClaimServiceConfig config, Clock clock, ClearinghouseConfig clearinghouse) {
        this.ready = ready;
        this.batchStore = batchStore;
        this.patientEntries = patientEntries;
        this.referenceData = referenceData;
        this.submissions = submissions;
        this.publisher = publisher;
        this.controlNumbers = controlNumbers;
        this.config = config.submission();
        this.clock = clock;
        this.clearinghouse = clearinghouse;
    }

    /** Payers with READY claims; the scheduled run skips those that opted out of scheduled submission. */
    @Transactional
    public List<String> payersWithReadyClaims(boolean scheduledOnly) {
        return ready.payersWithReadyClaims().stream()
                .filter(p -> !scheduledOnly || referenceData.payer(p).map(e -> e.submission().autoSubmit())
                        .orElse(false))
                .sorted().toList();
    }

    /**
     * Sends the payer's READY claims in one interchange.
     *
     * @return the submission; empty when the payer had no READY claim not held by another instance
     */
    @Transactional
    public Optional<Submission> submit(String payerId) {
        Payer payer = referenceData.payer(payerId).orElse(null);
        return send(payer, payer == null ? List.of() : ready.lockReady(payerId, config.maxClaims()), claims -> { });
    }

    /**
     * Sends the payer's READY claims of the given practices only (a biller's "send now"), in one interchange;
     * {@code audit} gets the claims sent, inside the transaction that sends them.
     *
     * @return the submission; empty when the payer had no such READY claim not held by another instance
     */
    @Transactional
    public Optional<Submission> submit(String payerId, Set<String> practices, Consumer<List<Claim>> audit) {
        Payer payer = referenceData.payer(payerId).orElse(null);
        return send(payer, payer == null ? List.of() : ready.lockReady(payerId, practices, config.maxClaims()), audit);
    }

    private Optional<Submission> send(Payer payer, List<UUID> ids, Consumer<List<Claim>> audit) {
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<BilledClaim> billed = new ArrayList<>();
        for (Claim claim : batchStore.loadAll(ids)) {
            billed.add(new BilledClaim(claim, provider(claim.details().billingProviderNpi()),
                    claim.details().renderingProviderNpi() == null ? null
                            : provider(claim.details().renderingProviderNpi()), otherPayers(claim)));
        }
        int control = controlNumbers.next();
        PayerSubmission settings = payer.submission();
        Envelope envelope = new Envelope(config.senderQualifier(), config.senderId(), settings.receiverQualifier(),
                settings.receiverId(), settings.usageIndicator(), control, LocalDateTime.ofInstant(now, ZoneOffset.UTC),
                config.submitterName(), config.senderId(), config.contactName(), config.contactPhone(), payer.name());
        PayerParty party = new PayerParty(payer.name(), settings.ediPayerId(), payer.claimFilingIndicator());
        // Decided in memory, written at once: one batch per table and one outbox insert for the interchange.
        ClaimChanges changes = batchStore.changes();
        ClaimEventBatch events = new ClaimEventBatch();
        Claim837Writer.Written written = writeDroppingRefused(envelope, party, billed, now, changes, events);
        if (written == null) {
            publisher.publishAll(events, changes);
            return Optional.empty();
        }
        Submission submission = new Submission(UUID.randomUUID(), payer.payerId(), control, control, billed.size(),
                billed.stream().map(b -> b.claim().details().totalCharge()).reduce(Money.ZERO, Money::plus),
                written.content(), now);
        submissions.insert(submission);
        if (clearinghouse.enabled()) {
            return Optional.of(hold(submission, billed, written, audit, changes, events));
        }
        List<Claim> submitted = new ArrayList<>(billed.size());
        for (BilledClaim b : billed) {
            Claim claim = b.claim();
            changes.recordLink(submission.id(), claim.id(), written.transactionOf().get(claim.id()));
            changes.recordSubmission(claim.id(), submission.id());
            List<ClaimDomainEvent> claimEvents = claim.submit(submission.id(), now);
            changes.update(claim);
            events.add(claim, claimEvents, claim.details().correlationId(), null, patientEntries::ofClaim);
            submitted.add(claim);
        }
        publisher.publishAll(events, changes);
        audit.accept(submitted);
        LOG.infof("Submission %s: %d claim(s) to payer %s, interchange control number %d", submission.id(),
                billed.size(), payer.payerId(), control);
        return Optional.of(submission);
    }

    /**
     * With a clearinghouse, the file waits for its upload: its claims stay READY, held by it, and become SUBMITTED
     * only once the file is delivered ({@link SubmissionDelivery}).
     */
    private Submission hold(Submission submission, List<BilledClaim> billed, Claim837Writer.Written written,
            Consumer<List<Claim>> audit, ClaimChanges changes, ClaimEventBatch refused) {
        List<Claim> held = new ArrayList<>(billed.size());
        for (BilledClaim b : billed) {
            changes.recordLink(submission.id(), b.claim().id(), written.transactionOf().get(b.claim().id()));
            held.add(b.claim());
        }
        publisher.publishAll(refused, changes);
        submissions.markPending(submission.id(), clearinghouse.id());
        audit.accept(held);
        LOG.infof("Submission %s: %d claim(s) to payer %s, interchange control number %d, waits for its upload",
                submission.id(), billed.size(), submission.payerId(), submission.interchangeControlNumber());
        return submission;
    }

    /**
     * Writes the file; claims the schema refuses are taken out (back to the work queue, their changes and events
     * gathered with the interchange's) and the rest written.
     */
    private Claim837Writer.Written writeDroppingRefused(Envelope envelope, PayerParty party, List<BilledClaim> billed,
            Instant now, ClaimChanges changes, ClaimEventBatch events) {
        try {
            return writer.write(envelope, party, billed);
        } catch (X12WriteException whole) {
            for (BilledClaim b : List.copyOf(billed)) {
                try {
                    writer.write(envelope, party, List.of(b));
                } catch (X12WriteException one) {
                    billed.remove(b);
                    Claim claim = b.claim();
                    List<ClaimDomainEvent> claimEvents = claim.scrubbed(List.of(new Finding(SCHEMA_RULE,
                            "the 837P schema refused the claim: " + String.join("; ", one.errors()))), now);
                    changes.update(claim);
                    events.add(claim, claimEvents, claim.details().correlationId(), null, patientEntries::ofClaim);
                }
            }
            return billed.isEmpty() ? null : writer.write(envelope, party, billed);
        }
    }

    /** The parties of the claim's other coverages, for loops 2320/2330B. */
    private Map<String, PayerParty> otherPayers(Claim claim) {
        Map<String, PayerParty> parties = new HashMap<>();
        for (Coverage coverage : claim.details().coverages()) {
            if (!coverage.payerId().equals(claim.details().payerId())) {
                referenceData.payer(coverage.payerId()).ifPresent(p -> parties.put(p.payerId(),
                        new PayerParty(p.name(), p.submission().ediPayerId(), p.claimFilingIndicator())));
            }
        }
        return parties;
    }

    private ProviderFacts provider(String npi) {
        return referenceData.provider(npi).map(Provider::facts).orElse(null);
    }
}
