package io.openrcm.claim.persistence;

import io.openrcm.claim.application.StoredStatement;
import io.openrcm.kernel.Money;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Keeps generated statements, one per patient account and statement date. */
@ApplicationScoped
public class PatientStatementStore implements PanacheRepositoryBase<PatientStatementEntity, UUID> {

    /** The statement generated for the account on that date, if any. */
    public Optional<StoredStatement> find(String practice, String patientId, LocalDate date) {
        return find("billingProviderNpi = ?1 and patientId = ?2 and statementDate = ?3", practice, patientId, date)
                .firstResultOptional().map(e -> toRecord(e, false));
    }

    /** Stores a new statement and flushes (a concurrent run's twin fails here on the account and date). */
    public StoredStatement insert(String practice, String patientId, LocalDate date, Money amountDue,
            int claimCount, byte[] pdf, String actor, Instant at) {
        PatientStatementEntity e = new PatientStatementEntity();
        e.id = UUID.randomUUID();
        e.billingProviderNpi = practice;
        e.patientId = patientId;
        e.statementDate = date;
        e.amountDue = amountDue.amount();
        e.claimCount = claimCount;
        e.pdf = pdf;
        e.actor = actor;
        e.createdAt = at;
        persistAndFlush(e);
        return toRecord(e, true);
    }

    /** A stored statement and its PDF. */
    public Optional<StoredStatement.WithPdf> pdf(UUID id) {
        return findByIdOptional(id).map(e -> new StoredStatement.WithPdf(toRecord(e, false), e.pdf));
    }

    private static StoredStatement toRecord(PatientStatementEntity e, boolean created) {
        return new StoredStatement(e.id, e.billingProviderNpi, e.patientId, e.statementDate, Money.of(e.amountDue),
                e.claimCount, e.createdAt, created);
    }
}
