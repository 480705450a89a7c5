package io.openrcm.claim.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimMother;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.CobMother;
import io.openrcm.claim.domain.Correction;
import io.openrcm.claim.domain.Finding;
import io.openrcm.claim.domain.Patient;
import io.openrcm.claim.domain.Responsibility;
import io.openrcm.infra.RcmInfraTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The claims a set-based use case reads with JDBC ({@link ClaimBatchStore}) are the claims the entity mapping loads:
 * lines, diagnoses, coverages, the payers' decisions, findings, a correction and the billed payer after a
 * crossover all come back the same; {@code lockAll} holds the rows' locks and {@code loadAll} does not.
 */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class ClaimRowReaderTest {

    @Inject
    ClaimStore store;
    @Inject
    ClaimBatchStore batchStore;
    @Inject
    DataSource dataSource;

    @Test
    void theClaimsReadWithJdbcAreTheClaimsTheEntitiesLoad() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Claim crossedOver = CobMother.submitted(fresh(CobMother.commercialWithSpouseSecondary()));
        CobMother.Payment primary = CobMother.primaryPays("1", "BCBS-IL");
        crossedOver.applyPayment(primary.posting(), primary.detail(), at);
        Claim held = Claim.create(UUID.randomUUID(), withoutRenderingProvider(fresh(ClaimMother.goldenDetails())),
                Correction.ORIGINAL, at).claim();
        held.scrubbed(List.of(new Finding("SCR-NPI-001", "rendering provider missing"),
                new Finding("SCR-DX-002", "diagnosis \"I10\" needs a pointer")), at);
        Claim replacement = ClaimMother.ready(fresh(ClaimMother.goldenDetails()),
                Correction.replacing(held.id(), "PCN-ORIGINAL-7"));
        List<Claim> stored = List.of(crossedOver, held, replacement);
        QuarkusTransaction.requiringNew().run(() -> stored.forEach(store::insert));

        UUID unknown = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Map<UUID, Claim> locked = batchStore.lockAll(List.of(replacement.id(), crossedOver.id(), held.id(),
                    unknown));
            List<Claim> loaded = batchStore.loadAll(List.of(replacement.id(), unknown, crossedOver.id()));

            assertThat(locked).containsOnlyKeys(crossedOver.id(), held.id(), replacement.id());
            assertThat(loaded).extracting(Claim::id).containsExactly(replacement.id(), crossedOver.id());
            for (Claim claim : stored) {
                Claim viaEntity = store.load(claim.id()).orElseThrow();
                assertThat(locked.get(claim.id())).as("claim %s", claim.id()).usingRecursiveComparison()
                        .isEqualTo(viaEntity);
            }
            assertThat(loaded.get(1)).usingRecursiveComparison().isEqualTo(locked.get(crossedOver.id()));
        });

        QuarkusTransaction.requiringNew().run(() -> {
            Claim cob = batchStore.lockAll(List.of(crossedOver.id())).get(crossedOver.id());
            assertThat(cob.details().payerId()).isEqualTo("AETNA").isEqualTo(crossedOver.details().payerId());
            assertThat(cob.details().coverages()).isEqualTo(crossedOver.details().coverages()).hasSize(2);
            assertThat(cob.details().patient().address()).isEqualTo(CobMother.HOME);
            assertThat(cob.coordination().responsibility()).isEqualTo(Responsibility.SECONDARY);
            assertThat(cob.coordination()).isEqualTo(crossedOver.coordination());
            assertThat(cob.coordination().adjudications()).hasSize(1);
            assertThat(cob.balance()).isEqualTo(crossedOver.balance());
            assertThat(cob.details().lines()).isEqualTo(crossedOver.details().lines());
            assertThat(cob.details().lines().get(0).diagnosisPointers()).containsExactly(1, 2);
            assertThat(cob.details().diagnoses()).isEqualTo(crossedOver.details().diagnoses());

            Claim scrubbed = batchStore.loadAll(List.of(held.id())).get(0);
            assertThat(scrubbed.status()).isEqualTo(ClaimStatus.SCRUB_FAILED);
            assertThat(scrubbed.findings()).isEqualTo(held.findings()).hasSize(2);
            assertThat(scrubbed.details().renderingProviderNpi()).isNull();

            Claim corrected = batchStore.loadAll(List.of(replacement.id())).get(0);
            assertThat(corrected.correction()).isEqualTo(Correction.replacing(held.id(), "PCN-ORIGINAL-7"));
            assertThat(corrected.createdAt()).isEqualTo(replacement.createdAt());
        });
    }

    @Test
    void lockAllHoldsTheRowsUntilTheTransactionEndsAndLoadAllDoesNot() {
        // Held by the scrubber: the scheduled submission, which locks READY claims, leaves it alone.
        Claim claim = Claim.create(UUID.randomUUID(), fresh(ClaimMother.goldenDetails()), Correction.ORIGINAL,
                Instant.now().truncatedTo(ChronoUnit.MILLIS)).claim();
        claim.scrubbed(List.of(new Finding("SCR-NPI-001", "rendering provider missing")), claim.createdAt());
        QuarkusTransaction.requiringNew().run(() -> store.insert(claim));

        QuarkusTransaction.requiringNew().run(() -> {
            batchStore.loadAll(List.of(claim.id()));
            assertThat(lockableElsewhere(claim.id())).isTrue();
            batchStore.lockAll(List.of(claim.id()));
            assertThat(lockableElsewhere(claim.id())).isFalse();
        });
        assertThat(lockableElsewhere(claim.id())).isTrue();
    }

    /** Whether another connection, outside this transaction, can lock the claim's row at once as a writer would. */
    private boolean lockableElsewhere(UUID claimId) {
        return CompletableFuture.supplyAsync(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("SELECT id FROM claim WHERE id = ?"
                            + " FOR NO KEY UPDATE NOWAIT")) {
                ps.setObject(1, claimId);
                ps.executeQuery().close();
                return true;
            } catch (SQLException e) {
                if ("55P03".equals(e.getSQLState())) {
                    return false;
                }
                throw new IllegalStateException(e);
            }
        }).join();
    }

    /** The details for a new encounter (one original claim per encounter). */
    private static ClaimDetails fresh(ClaimDetails d) {
        return new ClaimDetails(UUID.randomUUID(), d.ehrEncounterId(), d.patient(), d.subscriberMemberId(),
                d.payerId(), d.billingProviderNpi(), d.renderingProviderNpi(), d.placeOfService(), d.dateOfService(),
                d.diagnoses(), d.lines(), d.correlationId(), d.coverages());
    }

    private static ClaimDetails withoutRenderingProvider(ClaimDetails d) {
        Patient p = d.patient();
        return new ClaimDetails(d.encounterId(), d.ehrEncounterId(), new Patient(p.id(), null, p.lastName(),
                p.birthDate(), p.sex()), d.subscriberMemberId(), d.payerId(), d.billingProviderNpi(), null,
                d.placeOfService(), d.dateOfService(), d.diagnoses(), d.lines(), d.correlationId(), d.coverages());
    }
}
