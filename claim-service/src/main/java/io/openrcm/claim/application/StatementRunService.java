package io.openrcm.claim.application;

import io.openrcm.claim.config.ClaimServiceConfig;
import io.openrcm.claim.persistence.PatientAccountQueries;
import io.openrcm.claim.persistence.StatementRunPeriods;
import io.openrcm.kernel.Money;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.audit.AuditOutcome;
import io.openrcm.platform.audit.AuditTrail;
import io.openrcm.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The monthly statement run ({@link StatementRunScheduler} fires it): for every practice with a patient who
 * owes something, a statement for each account owing more than the practice's threshold, once per practice and month
 * however many instances fire: the month's guard row is inserted first, in the run's own transaction.
 */
@ApplicationScoped
public class StatementRunService {

    static final String ACTOR = "statement-scheduler";

    private final StatementService statements;
    private final PatientAccountQueries accounts;
    private final StatementRunPeriods periods;
    private final AuditTrail audit;
    private final ClaimServiceConfig config;
    private final Clock clock;

    @Inject
    public StatementRunService(StatementService statements, PatientAccountQueries accounts,
            StatementRunPeriods periods, AuditTrail audit, ClaimServiceConfig config, Clock clock) {
        this.statements = statements;
        this.accounts = accounts;
        this.periods = periods;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** The practices with a patient who owes something. */
    @Transactional
    public List<String> practices() {
        return accounts.practicesOwed();
    }

    /**
     * The practice's statements of the month of {@code date}, made now; empty when its month was run already (by
     * this instance or another).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<List<StoredStatement>> runMonth(String practice, LocalDate date) {
        YearMonth period = YearMonth.from(date);
        if (!periods.claim(practice, period, date, clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
            return Optional.empty();
        }
        List<StoredStatement> made = statements.run(practice, date, ACTOR, threshold(practice)).stream()
                .filter(StoredStatement::created).toList();
        periods.finished(practice, period, made.size());
        Caller scheduler = new Caller(ACTOR, ACTOR, "claim-service", Set.of(), Set.of(practice), Optional.empty());
        if (!made.isEmpty()) {
            audit.inTransaction(scheduler, made.stream().map(s -> new AuditEntry("patient-statement.create",
                    "PatientStatement", s.id().toString(), s.patientId(), practice)).toList(), AuditOutcome.SUCCESS,
                    null, "statement-run-" + practice + "-" + period);
        }
        return Optional.of(made);
    }

    /** The practice's statement threshold: its own, else the global one. */
    public Money threshold(String practice) {
        return Money.of(config.patient().statementRun().thresholds().getOrDefault(practice,
                config.patient().statementRun().threshold()));
    }
}
