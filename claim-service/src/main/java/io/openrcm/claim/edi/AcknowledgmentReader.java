package io.openrcm.claim.edi;

import io.openrcm.x12.TransactionHeader;
import io.openrcm.x12.X12ReadException;
import io.openrcm.x12.X12Segment;
import io.openrcm.x12.X12SegmentReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a 999 (implementation acknowledgment, 005010X231A1) or a 277CA (claim acknowledgment, 005010X214) into what
 * it says about our 837 transaction sets and claims. The kind is taken from ST01.
 */
public final class AcknowledgmentReader {

    static final Set<String> ACCEPTING_IK5 = Set.of("A", "E");
    static final Set<String> ACCEPTING_AK9 = Set.of("A", "E", "P");
    static final Set<String> REJECTING_CATEGORIES = Set.of("A3", "A4", "A6", "A7", "A8", "E0", "E1", "E2", "E3", "E4");
    static final Set<String> CLAIM_LEVELS = Set.of("PT", "22", "23");
    private static final X12SegmentReader READER = new X12SegmentReader();

    private AcknowledgmentReader() {
    }

    /**
     * What the file acknowledges.
     *
     * @throws X12ReadException when it is not a readable 999 or 277 interchange
     */
    public static Acknowledgment read(String x12) {
        X12SegmentReader.X12Read read = READER.readAll(x12);
        List<X12Segment> segments = read.segments();
        int stAt = 0;
        while (stAt < segments.size() && !segments.get(stAt).tag().equals("ST")) {
            stAt++;
        }
        if (stAt == segments.size()) {
            throw new X12ReadException(1, "ST", 1, "the interchange has no transaction set");
        }
        String type = TransactionHeader.of(segments.get(stAt)).type();
        List<String> warnings = read.errors().stream().map(Object::toString).toList();
        return switch (type == null ? "" : type) {
            case "999" -> read999(segments).withWarnings(warnings);
            case "277" -> read277(segments).withWarnings(warnings);
            default -> throw new X12ReadException(stAt + 1, "ST", 1, "transaction set " + type
                    + " is not an acknowledgment; send a 999 or a 277CA");
        };
    }

    private static Acknowledgment read999(List<X12Segment> segments) {
        List<Acknowledgment.TransactionAck> transactions = new ArrayList<>();
        List<Acknowledgment.GroupAck> groups = new ArrayList<>();
        String group = null;
        String transaction = null;
        List<String> codes = new ArrayList<>();
        for (X12Segment s : segments) {
            switch (s.tag()) {
                case "AK1" -> group = s.element(2);
                case "AK2" -> {
                    transaction = s.element(2);
                    codes = new ArrayList<>();
                }
                case "IK3" -> codes.add("999:IK3:" + orEmpty(s.element(1)) + ":" + orEmpty(s.element(4)));
                case "IK4" -> codes.add("999:IK4:" + orEmpty(s.component(1, 1)) + ":" + orEmpty(s.element(3)));
                case "IK5" -> {
                    boolean accepted = in(ACCEPTING_IK5, s.element(1));
                    for (int i = 2; i <= 6; i++) {
                        if (s.has(i)) {
                            codes.add("999:IK5:" + s.element(i));
                        }
                    }
                    transactions.add(new Acknowledgment.TransactionAck(group, transaction, accepted,
                            List.copyOf(codes), "999 IK5 " + s.element(1) + " for transaction set " + transaction
                                    + " of group " + group + (codes.isEmpty() ? "" : ": " + String.join(", ", codes))));
                }
                case "AK9" -> groups.add(new Acknowledgment.GroupAck(group, in(ACCEPTING_AK9, s.element(1)),
                        s.element(1)));
                default -> {
                }
            }
        }
        return new Acknowledgment("999", transactions, groups, List.of(), List.of());
    }

    private static Acknowledgment read277(List<X12Segment> segments) {
        List<Acknowledgment.ClaimAck> claims = new ArrayList<>();
        String level = null;
        String trn = null;
        String pcn = null;
        List<String> codes = new ArrayList<>();
        boolean rejected = false;
        for (X12Segment s : segments) {
            switch (s.tag()) {
                case "HL", "SE" -> {
                    if (trn != null && !codes.isEmpty()) {
                        claims.add(new Acknowledgment.ClaimAck(trn, pcn, !rejected, List.copyOf(codes)));
                    }
                    level = s.tag().equals("HL") ? s.element(3) : null;
                    trn = null;
                    pcn = null;
                    codes = new ArrayList<>();
                    rejected = false;
                }
                case "TRN" -> trn = in(CLAIM_LEVELS, level) && "2".equals(s.element(1)) ? s.element(2) : null;
                case "REF" -> pcn = "1K".equals(s.element(1)) ? s.element(2) : pcn;
                case "STC" -> {
                    if (trn != null) {
                        for (int e : new int[] {1, 10, 11}) {
                            String category = s.component(e, 1);
                            if (category != null) {
                                rejected |= in(REJECTING_CATEGORIES, category);
                                codes.add("277CA:" + category + ":" + orEmpty(s.component(e, 2))
                                        + (s.component(e, 3) == null ? "" : ":" + s.component(e, 3)));
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
        return new Acknowledgment("277CA", List.of(), List.of(), claims, List.of());
    }

    /** Set.of refuses to be asked about null, the value of a missing element. */
    private static boolean in(Set<String> codes, String value) {
        return value != null && codes.contains(value);
    }

    /** Codes are quoted as the file has them: an element it left out shows as nothing. */
    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
