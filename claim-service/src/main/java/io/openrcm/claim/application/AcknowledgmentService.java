package io.openrcm.claim.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDomainEvent;
import io.openrcm.claim.domain.Finding;
import io.openrcm.claim.edi.Acknowledgment;
import io.openrcm.claim.edi.AcknowledgmentReader;
import io.openrcm.claim.persistence.ClaimStore;
import io.openrcm.claim.persistence.SubmissionStore;
import io.openrcm.x12.X12ReadException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Use case: a payer's 999 or 277CA is applied to the claims it names. Accepted claims move to ACCEPTED, rejected
 * ones to REJECTED (the work queue) with the payer's codes; the same file sent again changes nothing and gets the
 * same answer. Claims the file names that we do not know, or that are outside the caller's scope (another practice's,
 * another payer's: {@link AcknowledgmentScope}), are listed as unmatched and left unchanged.
 */
@ApplicationScoped
public class AcknowledgmentService {

    private final SubmissionStore submissions;
    private final ClaimStore store;
    private final ClaimEventPublisher publisher;
    private final ObjectMapper json;
    private final Clock clock;

    @Inject
    public AcknowledgmentService(SubmissionStore submissions, ClaimStore store, ClaimEventPublisher publisher,
            ObjectMapper json, Clock clock) {
        this.submissions = submissions;
        this.store = store;
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Applies the file to the claims within the scope; {@code audit} gets the claims it changed, inside the
     * transaction that changes them.
     *
     * @return the outcome, and whether this file was received before within this scope
     * @throws X12ReadException when it is not a readable 999 or 277
     */
    @Transactional
    public Received receive(String x12, AcknowledgmentScope scope, Consumer<List<Claim>> audit) {
        String hash = sha256(scope.key() + "\n" + x12.strip());
        Optional<String> seen = submissions.acknowledgmentSummary(hash);
        if (seen.isPresent()) {
            return new Received(read(seen.get()), true);
        }
        List<Claim> changed = new ArrayList<>();
        Acknowledgment ack = AcknowledgmentReader.read(x12);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<AckOutcome.ClaimOutcome> outcomes = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        if (ack.kind().equals("999")) {
            apply999(ack, now, outcomes, unmatched, scope, changed);
        } else {
            for (Acknowledgment.ClaimAck c : ack.claims()) {
                Optional<Claim> claim = claimId(c.patientControlNumber()).flatMap(store::load).filter(scope::covers);
                if (claim.isEmpty()) {
                    unmatched.add("277CA TRN02 " + c.patientControlNumber());
                    continue;
                }
                if (c.payerClaimControlNumber() != null && !c.payerClaimControlNumber().isEmpty()) {
                    claim.get().learnPayerClaimControlNumber(c.payerClaimControlNumber());
                }
                List<Finding> reasons = c.codes().stream().map(code -> new Finding(code,
                        "277CA claim status " + code.substring("277CA:".length()))).toList();
                outcomes.add(apply(claim.get(), c.accepted(), reasons, "277CA", now));
                changed.add(claim.get());
            }
        }
        audit.accept(changed);
        AckOutcome outcome = new AckOutcome(UUID.randomUUID(), ack.kind(), outcomes.stream()
                .filter(o -> o.accepted()).count(), outcomes.stream().filter(o -> !o.accepted()).count(), outcomes,
                unmatched, ack.warnings());
        submissions.saveAcknowledgment(outcome.acknowledgmentId(), ack.kind(), hash, write(outcome), now);
        return new Received(outcome, false);
    }

    private void apply999(Acknowledgment ack, Instant now, List<AckOutcome.ClaimOutcome> outcomes,
            List<String> unmatched, AcknowledgmentScope scope, List<Claim> changed) {
        for (Acknowledgment.TransactionAck t : ack.transactions()) {
            List<Claim> carried = loadCovered(carriedBy(t.groupControlNumber(), t.transactionControlNumber()), scope);
            if (carried.isEmpty()) {
                unmatched.add("999 group " + t.groupControlNumber() + " transaction set " + t.transactionControlNumber());
            }
            List<Finding> reasons = t.codes().isEmpty() ? List.of(new Finding("999:IK5:R", t.message()))
                    : t.codes().stream().map(code -> new Finding(code, t.message())).toList();
            for (Claim c : carried) {
                outcomes.add(apply(c, t.accepted(), reasons, "999", now));
                changed.add(c);
            }
        }
        for (Acknowledgment.GroupAck g : ack.groups()) {
            boolean listed = ack.transactions().stream().anyMatch(t -> g.groupControlNumber() != null
                    && g.groupControlNumber().equals(t.groupControlNumber()));
            if (!listed) {
                List<Finding> reasons = List.of(new Finding("999:AK9:" + g.code(), "999 AK9 " + g.code()
                        + " for functional group " + g.groupControlNumber()));
                for (Claim c : loadCovered(carriedBy(g.groupControlNumber(), null), scope)) {
                    outcomes.add(apply(c, g.accepted(), reasons, "999", now));
                    changed.add(c);
                }
            }
        }
    }

    private AckOutcome.ClaimOutcome apply(Claim claim, boolean accepted, List<Finding> reasons, String source,
            Instant now) {
        List<ClaimDomainEvent> events = claim.acknowledge(accepted, reasons, source, now);
        store.update(claim);
        publisher.publish(claim, events, claim.details().correlationId());
        return new AckOutcome.ClaimOutcome(claim.id(), accepted, claim.status(),
                accepted ? List.of() : reasons.stream().map(Finding::code).toList());
    }

    /** The carried claims the scope covers; another practice's (or payer's) are as unknown. */
    private List<Claim> loadCovered(List<CarriedClaim> carried, AcknowledgmentScope scope) {
        return carried.stream().map(sc -> store.load(sc.claimId())).flatMap(Optional::stream)
                .filter(scope::covers).toList();
    }

    /** The claims the newest submission with this group control number carried in that transaction set. */
    private List<CarriedClaim> carriedBy(String groupControl, String transactionControl) {
        int group;
        try {
            group = Integer.parseInt(groupControl == null ? "" : groupControl.trim());
        } catch (NumberFormatException e) {
            return List.of();
        }
        for (UUID submissionId : submissions.idsByGroupControl(group)) {
            List<CarriedClaim> claims = submissions.claimsOf(submissionId).stream()
                    .filter(c -> transactionControl == null || c.transactionControl().equals(transactionControl))
                    .toList();
            if (!claims.isEmpty()) {
                return claims;
            }
        }
        return List.of();
    }

    private static Optional<UUID> claimId(String value) {
        try {
            return Optional.of(UUID.fromString(value.trim()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private String write(AckOutcome outcome) {
        try {
            return json.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private AckOutcome read(String summary) {
        try {
            return json.readValue(summary, AckOutcome.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored acknowledgment summary is unreadable", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The outcome and whether the same file had been received before.
     *
     * @param outcome what it did
     * @param duplicate true when nothing was applied this time
     */
    public record Received(AckOutcome outcome, boolean duplicate) {
    }
}
