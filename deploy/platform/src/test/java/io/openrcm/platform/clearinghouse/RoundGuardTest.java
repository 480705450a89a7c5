package io.openrcm.platform.clearinghouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.infra.SharedTestInfrastructure;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Two copies of a service on one database: only one runs a connection's mailbox round at a time. */
class RoundGuardTest {

    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void database() {
        dataSource = SharedTestInfrastructure.endpoints().newDatabase("platform_round");
    }

    @Test
    void whileOneCopyRunsARoundTheOtherSkipsItAndRunsTheNextOne() throws Exception {
        RoundGuard first = RoundGuard.advisoryLock(dataSource, "clearinghouse-round:claim-service/local");
        RoundGuard second = RoundGuard.advisoryLock(dataSource, "clearinghouse-round:claim-service/local");
        RoundGuard otherConnection = RoundGuard.advisoryLock(dataSource, "clearinghouse-round:claim-service/other");
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger rounds = new AtomicInteger();
        ExecutorService copy = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> holding = copy.submit(() -> first.runExclusively(() -> {
                rounds.incrementAndGet();
                inRound.countDown();
                await(release);
            }));
            assertThat(inRound.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(second.runExclusively(rounds::incrementAndGet)).as("the same connection, meanwhile").isFalse();
            assertThat(otherConnection.runExclusively(rounds::incrementAndGet)).as("another connection").isTrue();

            release.countDown();
            assertThat(holding.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.runExclusively(rounds::incrementAndGet)).as("once the first round is over").isTrue();
            assertThat(rounds).hasValue(3);
        } finally {
            release.countDown();
            copy.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
