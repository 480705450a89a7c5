package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

    private static final String NPI = "1234567893";
    private static final String OTHER_NPI = "1679576722";
    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final LocalDate DOS = LocalDate.of(2026, 11, 2);

    private static FeeScheduleRow row(String npi, String modifier, String charge) {
        return new FeeScheduleRow(npi, "99213", modifier, START, null, Money.parse(charge));
    }

    private static final List<FeeScheduleRow> ALL_LEVELS = List.of(
            row(null, null, "135.00"),
            row(null, "25", "140.00"),
            row(NPI, null, "150.00"),
            row(NPI, "25", "155.00"),
            row(OTHER_NPI, "25", "999.00"));

    private static String charge(List<FeeScheduleRow> rows, String npi, String modifier, LocalDate date) {
        Optional<FeeScheduleRow> row = new FeeSchedule(rows).select(npi, "99213", modifier, date);
        return row.map(r -> r.charge().toString()).orElse("none");
    }

    @Test
    void providerCodeAndModifierWinFirst() {
        assertThat(charge(ALL_LEVELS, NPI, "25", DOS)).isEqualTo("155.00");
    }

    @Test
    void thenProviderAndCode() {
        assertThat(charge(ALL_LEVELS, NPI, "59", DOS)).isEqualTo("150.00");
        assertThat(charge(ALL_LEVELS, NPI, null, DOS)).isEqualTo("150.00");
    }

    @Test
    void thenDefaultCodeAndModifier() {
        assertThat(charge(ALL_LEVELS.subList(0, 2), NPI, "25", DOS)).isEqualTo("140.00");
    }

    @Test
    void thenDefaultCode() {
        assertThat(charge(ALL_LEVELS.subList(0, 2), NPI, "59", DOS)).isEqualTo("135.00");
        assertThat(charge(ALL_LEVELS.subList(0, 2), NPI, null, DOS)).isEqualTo("135.00");
    }

    @Test
    void anotherProvidersRowsNeverApply() {
        assertThat(charge(List.of(row(OTHER_NPI, "25", "999.00"), row(OTHER_NPI, null, "998.00")), NPI, "25", DOS))
                .isEqualTo("none");
    }

    @Test
    void onlyRowsInEffectOnTheDateOfServiceCount() {
        List<FeeScheduleRow> rows = List.of(
                new FeeScheduleRow(null, "99213", null, START, LocalDate.of(2025, 12, 31), Money.parse("130.00")),
                new FeeScheduleRow(null, "99213", null, LocalDate.of(2026, 1, 1), null, Money.parse("135.00")),
                new FeeScheduleRow(NPI, "99213", null, LocalDate.of(2027, 1, 1), null, Money.parse("150.00")));
        assertThat(charge(rows, NPI, null, LocalDate.of(2025, 12, 31))).isEqualTo("130.00");
        assertThat(charge(rows, NPI, null, LocalDate.of(2026, 1, 1))).isEqualTo("135.00");
        assertThat(charge(rows, NPI, null, LocalDate.of(2026, 12, 31))).isEqualTo("135.00");
        assertThat(charge(rows, NPI, null, LocalDate.of(2027, 1, 1))).isEqualTo("150.00");
        assertThat(charge(rows, NPI, null, LocalDate.of(2019, 12, 31))).isEqualTo("none");
    }

    @Test
    void aProviderRowThatEndedFallsBackToTheDefault() {
        List<FeeScheduleRow> rows = List.of(row(null, null, "135.00"),
                new FeeScheduleRow(NPI, "99213", "25", START, LocalDate.of(2026, 6, 30), Money.parse("155.00")));
        assertThat(charge(rows, NPI, "25", LocalDate.of(2026, 6, 30))).isEqualTo("155.00");
        assertThat(charge(rows, NPI, "25", LocalDate.of(2026, 7, 1))).isEqualTo("135.00");
    }

    @Test
    void anotherCodeIsNotPriced() {
        assertThat(new FeeSchedule(ALL_LEVELS).select(NPI, "99214", null, DOS)).isEmpty();
    }

    @Test
    void rowsOverlapOnlyForTheSameCodeModifierAndSchedule() {
        FeeScheduleRow first = new FeeScheduleRow(null, "99213", null, START, LocalDate.of(2025, 12, 31),
                Money.parse("130.00"));
        FeeScheduleRow next = new FeeScheduleRow(null, "99213", null, LocalDate.of(2026, 1, 1), null,
                Money.parse("135.00"));
        FeeScheduleRow sameDay = new FeeScheduleRow(null, "99213", null, LocalDate.of(2025, 12, 31), null,
                Money.parse("135.00"));
        assertThat(first.overlaps(next)).isFalse();
        assertThat(next.overlaps(first)).isFalse();
        assertThat(first.overlaps(sameDay)).isTrue();
        assertThat(sameDay.overlaps(first)).isTrue();
        assertThat(first.overlaps(row(null, "25", "1.00"))).isFalse();
        assertThat(first.overlaps(row(NPI, null, "1.00"))).isFalse();
    }

    @Test
    void aRowCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new FeeScheduleRow(null, "99213", null, START, START.minusDays(1), Money.parse("1")))
                .isInstanceOf(ClaimRuleException.class);
    }
}
