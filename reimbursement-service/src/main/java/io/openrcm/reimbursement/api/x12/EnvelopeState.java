package io.openrcm.reimbursement.api.x12;

import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** What {@link Era835Reader} knows while it streams: the envelope, the open segment and transaction set, errors. */
final class EnvelopeState {

    final Deque<String> loops = new ArrayDeque<>();
    private final List<Era835File.Group> groups = new ArrayList<>();
    private final List<X12Error> fileErrors = new ArrayList<>();
    private String senderId;
    private String receiverId;
    private String usage;

    private String tag;
    private List<List<String>> elements;
    private String[] group;
    private List<X12Error> groupErrors;
    private List<Era835File.Transaction> transactions;
    private boolean groupVersionOk;

    private String txControl;
    private String txType;
    private List<X12Error> txErrors;
    private Era835Assembler assembler;
    private int txPosition;

    void startSegment(String segmentTag) {
        tag = segmentTag;
        elements = new ArrayList<>();
        txPosition = "ST".equals(segmentTag) ? 1 : txPosition + 1;
    }

    void startComposite(Location location) {
        slot(location.getElementPosition()).clear();
    }

    void element(Location location, String text) {
        if (location.getElementOccurrence() > 1) {
            return; // repetitions are not used by the 835 elements read here
        }
        List<String> components = slot(location.getElementPosition());
        int component = location.getComponentPosition();
        if (component <= 0) {
            components.clear();
            components.add(text);
            return;
        }
        while (components.size() < component) {
            components.add("");
        }
        components.set(component - 1, text);
    }

    private List<String> slot(int position) {
        while (elements.size() < position) {
            elements.add(new ArrayList<>());
        }
        return elements.get(position - 1);
    }

    X12Segment endSegment() {
        X12Segment segment = new X12Segment(tag, txPosition, elements);
        switch (tag) {
            case "ISA" -> {
                senderId = trim(segment.el(6));
                receiverId = trim(segment.el(8));
                usage = segment.el(15);
            }
            case "GS" -> startGroup(segment);
            case "ST" -> startTransaction(segment);
            case "SE", "GE", "IEA" -> {
                // control trailers: StAEDI checks their counts and references
            }
            default -> {
                if (assembler != null) {
                    assembler.accept(segment, loops.peek());
                }
            }
        }
        tag = null;
        return segment;
    }

    private void startGroup(X12Segment gs) {
        group = new String[] {gs.el(6), gs.el(1), gs.el(8)};
        groupErrors = new ArrayList<>();
        transactions = new ArrayList<>();
        groupVersionOk = Era835Reader.VERSION.equals(gs.el(8));
        if (!groupVersionOk) {
            groupErrors.add(new X12Error(X12Error.Level.FILE, null, "GS", 0, null, 8, 0, "480", "2",
                    "functional group version " + gs.el(8) + " is not taken here: send " + Era835Reader.VERSION));
        }
    }

    private void startTransaction(X12Segment st) {
        txControl = st.el(2);
        txType = st.el(1);
        txErrors = new ArrayList<>();
        assembler = null;
        if (!"835".equals(txType)) {
            txErrors.add(new X12Error(X12Error.Level.TRANSACTION, txControl, "ST", 1, null, 1, 0, "143", "1",
                    "transaction set " + txType + " is not taken here: send an 835"));
        } else if (!groupVersionOk || (st.el(3) != null && !Era835Reader.VERSION.equals(st.el(3)))) {
            txErrors.add(new X12Error(X12Error.Level.TRANSACTION, txControl, "ST", 1, null, 3, 0, "1705", "I6",
                    "implementation convention " + (st.el(3) == null ? group[2] : st.el(3))
                            + " is not taken here: send " + Era835Reader.VERSION));
        } else {
            assembler = new Era835Assembler(txControl);
        }
    }

    boolean transactionSupported() {
        return assembler != null;
    }

    void endTransaction() {
        var remittance = assembler == null ? null : assembler.finish();
        if (assembler != null) {
            for (X12Error e : assembler.errors()) {
                boolean known = txErrors.stream().anyMatch(t -> t.segmentPosition() == e.segmentPosition()
                        && t.elementPosition() == e.elementPosition() && t.componentPosition() == e.componentPosition());
                if (!known) {
                    txErrors.add(e); // the schema had not seen it (an amount with 3 decimals, an unknown CLP02...)
                }
            }
        }
        if (transactions != null) {
            transactions.add(new Era835File.Transaction(txControl, txType, txErrors.isEmpty() ? remittance : null,
                    List.copyOf(txErrors)));
        }
        txControl = null;
        txErrors = null;
        assembler = null;
    }

    void endGroup() {
        if (group != null) {
            groups.add(new Era835File.Group(group[0], group[1], group[2], List.copyOf(transactions),
                    List.copyOf(groupErrors), groupVersionOk));
        }
        group = null;
    }

    void segmentError(EDIStreamValidationError type, String segmentTag, Location location) {
        int position = tag == null ? txPosition + 1 : txPosition;
        add(new X12Error(X12Error.Level.SEGMENT, txControl, segmentTag, position, loops.peek(), 0, 0, null,
                X12ErrorCodes.segmentCode(type), "segment " + segmentTag + ": " + X12ErrorCodes.describe(type)));
    }

    void elementError(EDIStreamValidationError type, Location location, String reference, String value) {
        String ref = reference == null ? null : reference.replaceAll("[^0-9]", "");
        int element = location.getElementPosition();
        int component = Math.max(0, location.getComponentPosition());
        if (X12ErrorCodes.isControl(type) && txErrors != null && "SE".equals(tag)) {
            txErrors.add(new X12Error(X12Error.Level.TRANSACTION, txControl, "SE", txPosition, null, element, 0,
                    ref, X12ErrorCodes.transactionCode(type), "SE: " + X12ErrorCodes.describe(type)));
            return;
        }
        String reason = tag + String.format("%02d", element) + (component > 0 ? "-" + component : "") + ": "
                + X12ErrorCodes.describe(type) + (value == null || value.isEmpty() ? "" : " (\"" + value + "\")");
        add(new X12Error(X12Error.Level.ELEMENT, txControl, tag, txPosition, loops.peek(), element, component, ref,
                X12ErrorCodes.elementCode(type), reason));
    }

    void syntaxError(EDIStreamException e) {
        Location at = e.getLocation();
        String where = at == null ? "" : " (segment " + at.getSegmentPosition() + " of the file)";
        fileErrors.add(new X12Error(X12Error.Level.FILE, txControl, at == null ? null : at.getSegmentTag(),
                at == null ? 0 : at.getSegmentPosition(), null, 0, 0, null, "1",
                "the file is not readable X12" + where + ": " + e.getMessage()));
    }

    private void add(X12Error error) {
        if (txErrors != null && !"GE".equals(tag) && !"IEA".equals(tag)) {
            txErrors.add(error);
        } else if (groupErrors != null && "GE".equals(tag)) {
            groupErrors.add(error);
        } else {
            fileErrors.add(error);
        }
    }

    Era835File finish() {
        if (txErrors != null) {
            txErrors.add(new X12Error(X12Error.Level.TRANSACTION, txControl, null, txPosition, null, 0, 0, null, "2",
                    "transaction set trailer SE is missing"));
            endTransaction();
        }
        if (group != null) {
            groupErrors.add(new X12Error(X12Error.Level.FILE, null, "GE", 0, null, 0, 0, null, "3",
                    "functional group trailer GE is missing"));
            endGroup();
        }
        if (groups.isEmpty() && fileErrors.isEmpty()) {
            fileErrors.add(new X12Error(X12Error.Level.FILE, null, null, 0, null, 0, 0, null, "1",
                    "no functional group with a transaction set was found"));
        }
        return new Era835File(senderId, receiverId, usage, List.copyOf(groups), List.copyOf(fileErrors));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
