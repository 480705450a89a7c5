package io.openrcm.dashboard.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.openrcm.dashboard.config.DashboardConfig;
import io.openrcm.dashboard.domain.ClaimStates;
import io.openrcm.dashboard.domain.Figures;
import io.openrcm.dashboard.domain.Dollars;
import io.openrcm.dashboard.domain.Ratios;
import io.openrcm.dashboard.persistence.ProjectionQueries;
import io.openrcm.dashboard.remote.RemoteSources;
import io.openrcm.dashboard.remote.RemoteSources.RemoteAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Puts the summary together: the projection's own figures, then what the other services' read APIs add. */
@ApplicationScoped
public class SummaryService {

    private static final int TOP_REASONS = 10;
    private static final String PARKED_EVENTS = "/admin/parked-events";
    private static final String CLEARINGHOUSE_STATUS = "/admin/clearinghouse-status";

    @Inject
    ProjectionQueries queries;
    @Inject
    RemoteSources remote;
    @Inject
    DashboardConfig config;
    @Inject
    Clock clock;
    @Inject
    MeterRegistry meters;

    /**
     * The summary now, over the given practices only: the projection's figures are filtered by them, and the other
     * services are asked with the caller's own token, which they scope by the same practices.
     *
     * @param practices the caller's practices (billing-provider NPIs)
     * @param callerToken the caller's access token, forwarded to the other services
     * @param administrator whether the caller holds the role administrator: only then are the parked events (which
     *        can carry patient data, administrator-only in the access matrix) asked for, with the caller's own token
     */
    public Summary summary(Set<String> practices, Optional<String> callerToken, boolean administrator)
            throws SQLException {
        CompletableFuture<RemoteAnswer> metrics = remote.getAs("claim-service", config.claimServiceUrl(), "/ar/metrics",
                callerToken, practices);
        CompletableFuture<RemoteAnswer> claimQueues = remote.getAs("claim-service", config.claimServiceUrl(),
                "/work-queue/summary", callerToken, practices);
        CompletableFuture<RemoteAnswer> coding = remote.getAs("code-service", config.codeServiceUrl(), "/coding-queue",
                callerToken, practices);
        CompletableFuture<RemoteAnswer> exceptions = remote.getAs("reimbursement-service",
                config.reimbursementServiceUrl(), "/exceptions", callerToken, practices);
        CompletableFuture<RemoteAnswer> underpaid = remote.getAs("reimbursement-service",
                config.reimbursementServiceUrl(), "/underpayments", callerToken, practices);

        // Parked events: administrator-only at every service, so asked for with the administrator's own token and
        // never with the dashboard's own client; anyone else is not sent to the services at all.
        List<CompletableFuture<RemoteAnswer>> parked = administrator ? List.of(
                remote.getAs("code-service", config.codeServiceUrl(), PARKED_EVENTS, callerToken, practices),
                remote.getAs("claim-service", config.claimServiceUrl(), PARKED_EVENTS, callerToken, practices),
                remote.getAs("reimbursement-service", config.reimbursementServiceUrl(), PARKED_EVENTS, callerToken,
                        practices)) : List.of();
        // The links to the clearinghouse: no practice's data, read with the dashboard's own client.
        List<CompletableFuture<RemoteAnswer>> links = List.of(
                remote.get("claim-service", config.claimServiceUrl(), CLEARINGHOUSE_STATUS),
                remote.get("reimbursement-service", config.reimbursementServiceUrl(), CLEARINGHOUSE_STATUS));

        Instant now = clock.instant();
        // Read the sequence first: every change up to it is in the figures below, so a stream started after it
        // misses nothing (a change landing in between is counted and streamed once more, which the page tolerates).
        long sequence = queries.lastSequence();
        Summary.Claims claims = claims(queries.byState(practices));
        Summary.Aging aging = AgingTable.of(LocalDate.ofInstant(now, ZoneOffset.UTC),
                queries.openBalances(LocalDate.ofInstant(now, ZoneOffset.UTC), practices));
        Summary.Denials denials = denials(practices);
        BigDecimal charges = queries.chargesSince(now.minus(Duration.ofDays(config.daysInArPeriod())), practices);
        BigDecimal daysFromFeed = Ratios.daysInAr(new BigDecimal(aging.total()), charges, config.daysInArPeriod());

        RemoteAnswer m = metrics.join();
        RemoteAnswer q = claimQueues.join();
        RemoteAnswer c = coding.join();
        RemoteAnswer x = exceptions.join();
        RemoteAnswer u = underpaid.join();
        Summary.Rates rates = RemoteFigures.rates(m, daysFromFeed == null ? null : daysFromFeed.toPlainString());
        Summary.WorkQueues queues = RemoteFigures.workQueues(c, q, x);
        List<RemoteAnswer> parkedAnswers = parked.stream().map(CompletableFuture::join).toList();
        List<RemoteAnswer> linkAnswers = links.stream().map(CompletableFuture::join).toList();
        List<Summary.Source> sources = new ArrayList<>();
        List<RemoteAnswer> all = new ArrayList<>(List.of(m, q, c, x, u));
        all.addAll(parkedAnswers);
        all.addAll(linkAnswers);
        for (RemoteAnswer a : all) {
            sources.add(new Summary.Source(a.name(), a.url(), a.available(), a.problem()));
        }
        return new Summary(now, sequence, feedLag(), claims, aging, denials, rates, RemoteFigures.underpayments(u), queues,
                parties(queries.byParty(true, practices)), parties(queries.byParty(false, practices)), sources,
                administrator ? RemoteFigures.parkedEvents(parkedAnswers) : Summary.ParkedEvents.notPermitted(),
                RemoteFigures.clearinghouse(linkAnswers));
    }

    /** The platform's consumer lag gauge of the projection's group, summed over its threads. */
    private long feedLag() {
        return Math.round(meters.find("rcm.consumer.lag").tag("consumer", config.consumerGroup()).gauges().stream()
                .mapToDouble(Gauge::value).filter(v -> !Double.isNaN(v)).sum());
    }

    private static Summary.Claims claims(List<Figures.StateTotals> rows) {
        List<Figures.StateTotals> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Figures.StateTotals r) -> ClaimStates.displayRank(r.state()))
                .thenComparing(Figures.StateTotals::state));
        List<Summary.State> states = new ArrayList<>();
        for (String known : ClaimStates.DISPLAY_ORDER) {
            if (sorted.stream().noneMatch(r -> r.state().equals(known))) {
                sorted.add(ClaimStates.displayRank(known), new Figures.StateTotals(known, 0, Dollars.ZERO, Dollars.ZERO));
            }
        }
        long total = 0;
        for (Figures.StateTotals r : sorted) {
            states.add(new Summary.State(r.state(), r.claims(), Dollars.text(r.totalCharge()),
                    Dollars.text(r.outstanding())));
            total += r.claims();
        }
        return new Summary.Claims(total, states);
    }

    private Summary.Denials denials(Set<String> practices) throws SQLException {
        Figures.FirstDecisions d = queries.firstDecisions(practices);
        BigDecimal byCount = Ratios.rate(d.deniedFirst(), d.adjudicated());
        BigDecimal byDollars = Ratios.rate(d.deniedFirstCharges(), d.adjudicatedCharges());
        return new Summary.Denials(plain(byCount), plain(byDollars), d.adjudicated(), d.deniedFirst(), d.deniedNow(),
                Dollars.text(d.deniedNowOutstanding()), codes(queries.topDenialReasons(TOP_REASONS, practices)),
                codes(queries.denialCategories(practices)));
    }

    private static List<Summary.CodeCount> codes(List<Figures.CodeCount> rows) {
        return rows.stream().map(r -> new Summary.CodeCount(r.code(), r.claims())).toList();
    }

    private static List<Summary.Party> parties(List<Figures.PartyTotals> rows) {
        return rows.stream().map(r -> new Summary.Party(r.id(), r.claims(), Dollars.text(r.totalCharge()),
                Dollars.text(r.paid()), Dollars.text(r.outstanding()))).toList();
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }
}

