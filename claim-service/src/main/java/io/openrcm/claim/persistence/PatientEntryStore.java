package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.PatientEntry;
import io.openrcm.claim.domain.PatientEntryKind;
import io.openrcm.kernel.Money;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stores and reads the patient entries of claims; the claim row lock serializes the entries of one claim. */
@ApplicationScoped
public class PatientEntryStore implements PanacheRepository<PatientEntryEntity> {

    /**
     * An entry posted under this reference in the practice, with the claim it went to.
     *
     * @return empty when the reference is new
     */
    public Optional<Posted> byReference(String practice, String reference) {
        return find("billingProviderNpi = ?1 and reference = ?2", practice, reference).firstResultOptional()
                .map(e -> new Posted(e.claimId, toDomain(e)));
    }

    /** The claim's entries, oldest first. */
    public List<PatientEntry> ofClaim(UUID claimId) {
        return list("claimId = ?1 order by id", claimId).stream().map(PatientEntryStore::toDomain).toList();
    }

    /** The entries of these claims by claim, oldest first. */
    public Map<UUID, List<PatientEntry>> ofClaims(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return list("claimId in ?1 order by id", claimIds).stream().collect(Collectors.groupingBy(e -> e.claimId,
                Collectors.mapping(PatientEntryStore::toDomain, Collectors.toList())));
    }

    /**
     * Appends the entry and flushes: a twin posted concurrently under the same reference fails here on the natural
     * key, inside the caller's transaction, rather than at commit.
     */
    public void append(String practice, UUID claimId, String patientId, PatientEntry entry, String actor) {
        PatientEntryEntity e = new PatientEntryEntity();
        e.billingProviderNpi = practice;
        e.reference = entry.reference();
        e.claimId = claimId;
        e.patientId = patientId;
        e.kind = entry.kind().name();
        e.amount = entry.amount().amount();
        e.note = entry.note();
        e.actor = actor;
        e.postedAt = entry.postedAt();
        persistAndFlush(e);
    }

    /** Locks the claim's row for this transaction, so two postings to one claim are decided one after the other. */
    public void lockClaim(UUID claimId) {
        getEntityManager().find(ClaimEntity.class, claimId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static PatientEntry toDomain(PatientEntryEntity e) {
        return new PatientEntry(e.reference, PatientEntryKind.valueOf(e.kind), Money.of(e.amount), e.postedAt,
                e.note);
    }

    /**
     * An entry and the claim it was posted to.
     *
     * @param claimId the claim
     * @param entry the entry
     */
    public record Posted(UUID claimId, PatientEntry entry) {
    }
}
