package io.openrcm.claim.application;

import io.openrcm.claim.config.ClaimServiceConfig;
import io.openrcm.claim.domain.Address;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimLine;
import io.openrcm.claim.domain.Patient;
import io.openrcm.claim.domain.PatientBalance;
import io.openrcm.claim.domain.ProviderFacts;
import io.openrcm.claim.persistence.PatientStatementStore;
import io.openrcm.claim.persistence.ReferenceDataStore;
import io.openrcm.claim.statement.Statement;
import io.openrcm.claim.statement.StatementPdf;
import io.openrcm.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Monthly patient statements: one patient's, built from that account's claims only (never another patient's), or a
 * run over every patient of a practice who owes something, each kept as a PDF once per account and date.
 */
@ApplicationScoped
public class StatementService {

    private final PatientBalanceService balances;
    private final ReferenceDataStore reference;
    private final PatientStatementStore statements;
    private final ClaimServiceConfig config;
    private final Clock clock;

    @Inject
    public StatementService(PatientBalanceService balances, ReferenceDataStore reference,
            PatientStatementStore statements, ClaimServiceConfig config, Clock clock) {
        this.balances = balances;
        this.reference = reference;
        this.statements = statements;
        this.config = config;
        this.clock = clock;
    }

    /** One patient's statement on that date (today when null); empty when the practice has no such patient. */
    @Transactional
    public Optional<Statement> statement(String practice, String patientId, LocalDate date) {
        List<PatientClaim> claims = balances.account(practice, patientId);
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(build(practice, patientId, claims, date == null ? LocalDate.now(clock) : date));
    }

    /** The PDF of a statement. */
    public byte[] pdf(Statement statement) {
        return StatementPdf.render(statement);
    }

    /**
     * A statement for every patient of the practice who owes something, on that date (today when null); a
     * statement generated before for the same account and date is listed as it was, not made again.
     */
    @Transactional
    public List<StoredStatement> run(String practice, LocalDate date, String actor) {
        return run(practice, date, actor, Money.ZERO);
    }

    /** As {@link #run(String, LocalDate, String)}, for the accounts that owe more than {@code over} in all. */
    @Transactional
    public List<StoredStatement> run(String practice, LocalDate date, String actor, Money over) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        List<StoredStatement> run = new ArrayList<>();
        for (String patientId : balances.accountsOwing(practice)) {
            Optional<StoredStatement> before = statements.find(practice, patientId, day);
            if (before.isPresent()) {
                run.add(before.get());
                continue;
            }
            List<PatientClaim> account = balances.account(practice, patientId);
            if (Money.sum(account.stream().map(c -> c.patient().owed()).toList()).compareTo(over) <= 0) {
                continue;
            }
            Statement statement = build(practice, patientId, account, day);
            run.add(statements.insert(practice, patientId, day, statement.amountDue(), statement.visits().size(),
                    StatementPdf.render(statement), actor, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        }
        return run;
    }

    /** A kept statement with its PDF. */
    @Transactional
    public Optional<StoredStatement.WithPdf> stored(UUID id) {
        return statements.pdf(id);
    }

    private Statement build(String practice, String patientId, List<PatientClaim> claims, LocalDate date) {
        ProviderFacts provider = reference.provider(practice).map(Provider::facts)
                .orElseThrow(() -> new IllegalStateException("billing provider " + practice + " is not stored"));
        Patient patient = claims.get(claims.size() - 1).claim().details().patient();
        List<Statement.Visit> visits = claims.stream().filter(c -> c.patient().owed().isPositive())
                .map(StatementService::visit).toList();
        String phone = config.patient().phone();
        String howToPay = config.patient().howToPay().replace("{practice}", provider.name())
                .replace("{account}", patientId).replace("{phone}", phone);
        return new Statement(date, new Statement.Party(provider.name(), lines(provider.addressLine1(),
                provider.addressLine2(), provider.city() + ", " + provider.state() + " " + provider.postalCode())),
                new Statement.Party(name(patient), address(patient.address())), patientId, visits, howToPay);
    }

    private static Statement.Visit visit(PatientClaim pc) {
        ClaimDetails d = pc.claim().details();
        PatientBalance p = pc.patient();
        List<Statement.Service> services = d.lines().stream().map(l -> new Statement.Service(describe(l),
                l.charge())).toList();
        var b = pc.claim().balance();
        return new Statement.Visit(d.dateOfService(), pc.claim().id().toString().substring(0, 8), services,
                b.totalCharge(), b.paid(), b.adjustments(), p.paid().minus(p.refunded()), p.writtenOff(), p.owed());
    }

    /** Our own words: the code, its modifiers and units; never the code set's descriptor. */
    static String describe(ClaimLine line) {
        String code = line.code() + (line.modifiers().isEmpty() ? "" : "-" + String.join("-", line.modifiers()));
        return "Service " + code + (line.units() > 1 ? " x" + line.units() : "");
    }

    private static String name(Patient p) {
        return p.firstName() == null ? p.lastName() : p.firstName() + " " + p.lastName();
    }

    private static List<String> address(Address a) {
        if (a == null) {
            return List.of();
        }
        return lines(a.line1(), a.line2(), a.city() + ", " + a.state() + " " + a.postalCode());
    }

    private static List<String> lines(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }
}
