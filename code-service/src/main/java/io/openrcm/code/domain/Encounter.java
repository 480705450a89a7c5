package io.openrcm.code.domain;

import io.openrcm.code.domain.edits.EditFinding;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An encounter the service accepted: the EHR's content (with the codes assigned since), what the service assigned
 * (id, status, correlation id, times), the findings of the last run of the coding edits and the coder holding it.
 *
 * @param id the encounter id the service assigned
 * @param content what the EHR sent, normalized, with the codes assigned since
 * @param status where it stands
 * @param correlationId follows this encounter through every service
 * @param requestHash fingerprint of the content that created it
 * @param receivedAt when it arrived, to the millisecond
 * @param codedAt when it was coded (emitted), to the millisecond; null until then
 * @param findings errors and warnings of the last run of the coding edits
 * @param reviewReason why it waits for a coder (EDIT_ERRORS, UNCODED_TEXT); null when coded
 * @param claimedBy the coder working it; null when nobody is
 * @param claimedAt when that coder claimed it
 */
public record Encounter(UUID id, EncounterContent content, EncounterStatus status, String correlationId,
        String requestHash, Instant receivedAt, Instant codedAt, List<EditFinding> findings, String reviewReason,
        String claimedBy, Instant claimedAt) {

    public static final String EDIT_ERRORS = "EDIT_ERRORS";
    public static final String UNCODED_TEXT = "UNCODED_TEXT";

    public Encounter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestHash, "requestHash");
        Objects.requireNonNull(receivedAt, "receivedAt");
        findings = List.copyOf(findings);
    }

    /** A new encounter judged by the coding edits: coded when fully coded without errors, else queued for review. */
    public static Encounter received(UUID id, EncounterContent content, String requestHash, String correlationId,
            List<EditFinding> findings, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        String reason = reviewReasonOf(content, findings);
        return new Encounter(id, content, reason == null ? EncounterStatus.CODED : EncounterStatus.NEEDS_REVIEW,
                correlationId, requestHash, at, reason == null ? at : null, findings, reason, null, null);
    }

    /** A new encounter whose codes were all accepted as the EHR sent them. */
    public static Encounter coded(UUID id, EncounterContent content, String correlationId, Instant now) {
        return received(id, content, content.fingerprint(), correlationId, List.of(), now);
    }

    /** Null when the encounter can be emitted; else why a coder must look at it. */
    public static String reviewReasonOf(EncounterContent content, List<EditFinding> findings) {
        if (!content.fullyCoded()) {
            return UNCODED_TEXT;
        }
        return findings.stream().anyMatch(EditFinding::isError) ? EDIT_ERRORS : null;
    }

    /** A coder takes the encounter; the same coder claiming again is harmless. */
    public Encounter claim(String coderId, Instant now) {
        if (status == EncounterStatus.IN_REVIEW && !coderId.equals(claimedBy)) {
            throw new IllegalStateException("Encounter is claimed by another coder");
        }
        return new Encounter(id, content, status.moveTo(EncounterStatus.IN_REVIEW), correlationId, requestHash,
                receivedAt, codedAt, findings, reviewReason, coderId, now.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The coder gives the encounter back to the queue. */
    public Encounter release() {
        return new Encounter(id, content, status.moveTo(EncounterStatus.NEEDS_REVIEW), correlationId, requestHash,
                receivedAt, codedAt, findings, reviewReason, null, null);
    }

    /** The coder's final codes, already free of edit errors: the encounter is coded. */
    public Encounter finalizeWith(EncounterContent finalContent, List<EditFinding> newFindings, Instant now) {
        return new Encounter(id, finalContent, status.moveTo(EncounterStatus.CODED), correlationId, requestHash,
                receivedAt, now.truncatedTo(ChronoUnit.MILLIS), newFindings, null, claimedBy, claimedAt);
    }

    /** The warnings among the findings, which travel with the encounter-coded event. */
    public List<EditFinding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /** Whether a request with this content is a retry of the one that created this encounter. */
    public boolean isRetryOf(EncounterContent other) {
        return requestHash.equals(other.fingerprint());
    }
}
