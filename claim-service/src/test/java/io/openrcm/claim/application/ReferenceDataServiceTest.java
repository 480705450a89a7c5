package io.openrcm.claim.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ProviderFacts;
import io.openrcm.claim.persistence.ReferenceDataStore;
import io.openrcm.platform.reference.ReferenceVersions;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDataServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    private static final ProviderFacts PROVIDER = new ProviderFacts("1234567893", "Clinic", "371234567",
            "208000000X", "1 Main St", null, "Peoria", "IL", "61602");

    private final List<String> calls = new ArrayList<>();

    @Test
    void onePayerCallSavesThePayerThenScrubsItsWaitingClaimsAgain() {
        ReferenceDataService service = new ReferenceDataService(new RecordingStore(), new RecordingCorrections(null),
                CLOCK);

        ReferenceDataService.Saved<Payer> saved = service.replacePayer("BCBS-IL", "Blue Cross", "BL", 180,
                PayerSubmission.of(null, null, null, null, null, "BCBS-IL"), List.of());

        assertThat(calls).containsExactly("save payer BCBS-IL", "rescrub payer=BCBS-IL npi=null");
        assertThat(saved.created()).isTrue();
        assertThat(saved.value().updatedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void oneProviderCallSavesTheProviderThenScrubsItsWaitingClaimsAgain() {
        ReferenceDataService service = new ReferenceDataService(new RecordingStore(), new RecordingCorrections(null),
                CLOCK);

        service.replaceProvider(PROVIDER);

        assertThat(calls).containsExactly("save provider 1234567893", "rescrub payer=null npi=1234567893");
    }

    @Test
    void aFailingRescrubFailsTheWholeUseCaseSoItsTransactionRollsTheChangeBack() throws Exception {
        ReferenceDataService service = new ReferenceDataService(new RecordingStore(),
                new RecordingCorrections(new IllegalStateException("rescrub failed")), CLOCK);

        assertThatThrownBy(() -> service.replaceProvider(PROVIDER)).hasMessage("rescrub failed");
        assertThat(ReferenceDataService.class.getMethod("replaceProvider", ProviderFacts.class)
                .isAnnotationPresent(Transactional.class)).isTrue();
        assertThat(ReferenceDataService.class.getMethod("replacePayer", String.class, String.class, String.class,
                int.class, PayerSubmission.class, List.class).isAnnotationPresent(Transactional.class)).isTrue();
        assertThat(FeeScheduleService.class.getMethod("replace", String.class, List.class)
                .isAnnotationPresent(Transactional.class)).isTrue();
    }

    /** Records saves instead of writing rows; everything is new. */
    private final class RecordingStore extends ReferenceDataStore {

        RecordingStore() {
            super(null, new ReferenceVersions(null, null, Duration.ZERO));
        }

        @Override
        public boolean save(Payer payer) {
            calls.add("save payer " + payer.payerId());
            return true;
        }

        @Override
        public boolean save(Provider provider) {
            calls.add("save provider " + provider.npi());
            return true;
        }
    }

    /** Records re-scrubs, or fails them. */
    private final class RecordingCorrections extends CorrectionService {

        private final RuntimeException failure;

        RecordingCorrections(RuntimeException failure) {
            super(null, null, null, null, CLOCK);
            this.failure = failure;
        }

        @Override
        public List<Claim> rescrubWaiting(String payerId, String billingProviderNpi) {
            calls.add("rescrub payer=" + payerId + " npi=" + billingProviderNpi);
            if (failure != null) {
                throw failure;
            }
            return List.of();
        }
    }
}
