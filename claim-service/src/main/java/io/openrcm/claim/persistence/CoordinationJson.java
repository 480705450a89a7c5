package io.openrcm.claim.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.openrcm.claim.domain.Address;
import io.openrcm.claim.domain.Adjustment;
import io.openrcm.claim.domain.Coverage;
import io.openrcm.claim.domain.LineAdjudication;
import io.openrcm.claim.domain.PayerAdjudication;
import io.openrcm.claim.domain.Responsibility;
import io.openrcm.claim.domain.Subscriber;
import io.openrcm.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Stores a claim's coverages and its payers' decisions as JSON text; dates as ISO strings, amounts as decimals. */
final class CoordinationJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMPTY = "[]";
    // Readers made once: every claim a batch reads parses its coverages and decisions.
    private static final ObjectReader COVERAGES = JSON.readerFor(new TypeReference<List<CoverageRow>>() { });
    private static final ObjectReader ADJUDICATIONS = JSON.readerFor(new TypeReference<List<AdjudicationRow>>() { });
    private static final ObjectReader ADDRESS = JSON.readerFor(Address.class);

    private CoordinationJson() {
    }

    static String writeCoverages(List<Coverage> coverages) {
        return write(coverages.stream().map(c -> new CoverageRow(c.payerId(), c.memberId(),
                c.subscriber().relationship(), c.subscriber().firstName(), c.subscriber().lastName(),
                date(c.subscriber().birthDate()), c.subscriber().sex(), c.subscriber().address())).toList());
    }

    static List<Coverage> readCoverages(String json) {
        return CoordinationJson.<CoverageRow>read(json, COVERAGES).stream()
                .map(r -> new Coverage(r.payerId(), r.memberId(), new Subscriber(r.relationship(), r.firstName(),
                        r.lastName(), r.birthDate() == null ? null : LocalDate.parse(r.birthDate()), r.sex(),
                        r.address()))).toList();
    }

    static String writeAdjudications(List<PayerAdjudication> adjudications) {
        return write(adjudications.stream().map(a -> new AdjudicationRow(a.responsibility().name(), a.payerId(),
                a.claimStatusCode(), a.paid().amount(), a.patientResponsibility().amount(),
                adjustments(a.claimAdjustments()), a.lines().stream().map(l -> new LineRow(l.lineNumber(), l.code(),
                        l.modifiers(), l.paid().amount(), l.units(), adjustments(l.adjustments()))).toList(),
                a.adjudicationDate().toString())).toList());
    }

    static List<PayerAdjudication> readAdjudications(String json) {
        return CoordinationJson.<AdjudicationRow>read(json, ADJUDICATIONS).stream()
                .map(r -> new PayerAdjudication(Responsibility.valueOf(r.responsibility()), r.payerId(),
                        r.claimStatusCode(), Money.of(r.paid()), Money.of(r.patientResponsibility()),
                        toDomain(r.claimAdjustments()), r.lines().stream().map(l -> new LineAdjudication(
                                l.lineNumber(), l.code(), l.modifiers(), Money.of(l.paid()), l.units(),
                                toDomain(l.adjustments()))).toList(), LocalDate.parse(r.adjudicationDate())))
                .toList();
    }

    static String writeAddress(Address address) {
        return address == null ? null : write(address);
    }

    static Address readAddress(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return ADDRESS.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored address is not JSON", e);
        }
    }

    private static List<AdjustmentRow> adjustments(List<Adjustment> adjustments) {
        return adjustments.stream().map(a -> new AdjustmentRow(a.group(), a.reason(), a.amount().amount())).toList();
    }

    private static List<Adjustment> toDomain(List<AdjustmentRow> rows) {
        return rows.stream().map(r -> new Adjustment(r.group(), r.reason(), Money.of(r.amount()))).toList();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("coordination data cannot be written", e);
        }
    }

    private static <T> List<T> read(String json, ObjectReader reader) {
        if (json == null || json.isBlank() || EMPTY.equals(json)) {
            return List.of();
        }
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored coordination data is not JSON", e);
        }
    }

    /** One stored coverage. */
    public record CoverageRow(String payerId, String memberId, String relationship, String firstName, String lastName,
            String birthDate, String sex, Address address) {
    }

    /** One stored payer decision. */
    public record AdjudicationRow(String responsibility, String payerId, String claimStatusCode, BigDecimal paid,
            BigDecimal patientResponsibility, List<AdjustmentRow> claimAdjustments, List<LineRow> lines,
            String adjudicationDate) {
    }

    /** One stored line adjudication. */
    public record LineRow(Integer lineNumber, String code, List<String> modifiers, BigDecimal paid, String units,
            List<AdjustmentRow> adjustments) {
    }

    /** One stored adjustment. */
    public record AdjustmentRow(String group, String reason, BigDecimal amount) {
    }
}
