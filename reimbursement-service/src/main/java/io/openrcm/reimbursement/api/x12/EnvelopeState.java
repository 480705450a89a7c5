package io.openrcm.reimbursement.api.x12;

import io.openrcm.x12.GroupHeader;
import io.openrcm.x12.InterchangeHeader;
import io.openrcm.x12.TransactionHeader;
import io.openrcm.x12.X12ErrorCodes;
import io.openrcm.x12.X12Handler;
import io.openrcm.x12.X12ReadError;
import io.openrcm.x12.X12ReadException;
import io.openrcm.x12.X12Segment;
import io.xlate.edi.schema.Schema;
import java.util.ArrayList;
import java.util.List;

/** What {@link Era835Reader} knows while it streams: the envelope, the open transaction set, errors. */
final class EnvelopeState implements X12Handler {

    private final Schema schema;
    private final List<Era835File.Group> groups = new ArrayList<>();
    private final List<X12Error> fileErrors = new ArrayList<>();
    private String senderId;
    private String receiverId;
    private String usage;
    private String interchangeVersion;

    private String[] group;
    private List<X12Error> groupErrors;
    private List<Era835File.Transaction> transactions;
    private boolean groupVersionOk;

    private String txControl;
    private String txType;
    private List<X12Error> txErrors;
    private Era835Assembler assembler;
    private int txPosition;

    EnvelopeState(Schema schema) {
        this.schema = schema;
    }

    @Override
    public void segment(X12Segment segment) {
        txPosition = segment.position();
        switch (segment.tag()) {
            case "ISA" -> {
                InterchangeHeader isa = InterchangeHeader.of(segment);
                senderId = isa.senderId();
                receiverId = isa.receiverId();
                usage = isa.usageIndicator();
                interchangeVersion = segment.element(12);
            }
            case "GS" -> startGroup(segment);
            case "ST" -> startTransaction(segment);
            case "SE", "GE", "IEA" -> {
                // control trailers: StAEDI checks their counts and references
            }
            default -> {
                if (assembler != null) {
                    assembler.accept(segment, segment.loop());
                }
            }
        }
    }

    @Override
    public Schema transactionSchema(X12Segment st) {
        return assembler == null ? null : schema;
    }

    private void startGroup(X12Segment segment) {
        GroupHeader gs = GroupHeader.of(segment);
        group = new String[] {gs.controlNumber(), gs.functionalId(), gs.version()};
        groupErrors = new ArrayList<>();
        transactions = new ArrayList<>();
        groupVersionOk = Era835Reader.VERSION.equals(gs.version());
        if (!groupVersionOk) {
            groupErrors.add(new X12Error(X12Error.Level.FILE, null, "GS", 0, null, 8, 0, "480", "2",
                    "the file is X12 version " + gs.version() + " (ISA12 " + interchangeVersion
                            + "); only version " + Era835Reader.VERSION + " (ISA12 00501) is taken here"));
        }
    }

    private void startTransaction(X12Segment segment) {
        TransactionHeader st = TransactionHeader.of(segment);
        txControl = st.controlNumber();
        txType = st.type();
        txErrors = new ArrayList<>();
        assembler = null;
        if (!"835".equals(txType)) {
            txErrors.add(new X12Error(X12Error.Level.TRANSACTION, txControl, "ST", 1, null, 1, 0, "143", "1",
                    "transaction set " + txType + " is not taken here: send an 835"));
        } else if (!groupVersionOk) {
            // One error says it all: the group's version (GS08). Its sets are not read against our schema.
            return;
        } else if (st.version() != null && !Era835Reader.VERSION.equals(st.version())) {
            txErrors.add(new X12Error(X12Error.Level.TRANSACTION, txControl, "ST", 1, null, 3, 0, "1705", "I6",
                    "implementation convention " + (st.version() == null ? group[2] : st.version())
                            + " is not taken here: send " + Era835Reader.VERSION));
        } else {
            assembler = new Era835Assembler(txControl);
        }
    }

    @Override
    public void endTransaction() {
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
            boolean tolerable = txErrors.stream().allMatch(X12Error::tolerable);
            transactions.add(new Era835File.Transaction(txControl, txType, tolerable ? remittance : null,
                    List.copyOf(txErrors), false, assembler == null ? List.of() : assembler.payerIdentifiers()));
        }
        txControl = null;
        txErrors = null;
        assembler = null;
    }

    @Override
    public void endGroup() {
        if (group != null) {
            groups.add(new Era835File.Group(group[0], group[1], group[2], List.copyOf(transactions),
                    List.copyOf(groupErrors), groupVersionOk));
        }
        group = null;
    }

    @Override
    public void error(X12ReadError e) {
        if (e.kind() == X12ReadError.Kind.SEGMENT) {
            add(new X12Error(X12Error.Level.SEGMENT, txControl, e.segmentTag(), e.segmentPosition(), e.loop(), 0, 0,
                    null, X12ErrorCodes.segmentCode(e.type()), "segment " + e.segmentTag() + ": "
                            + e.description()), null);
            return;
        }
        int element = e.elementPosition();
        int component = e.componentPosition();
        if (X12ErrorCodes.isControl(e.type()) && txErrors != null && "SE".equals(e.segmentTag())) {
            txErrors.add(new X12Error(X12Error.Level.TRANSACTION, txControl, "SE", e.segmentPosition(), null,
                    element, 0, e.elementReference(), X12ErrorCodes.transactionCode(e.type()),
                    "SE: " + e.description()));
            return;
        }
        String reason = e.segmentTag() + String.format("%02d", element) + (component > 0 ? "-" + component : "")
                + ": " + e.description()
                + (e.value() == null || e.value().isEmpty() ? "" : " (\"" + e.value() + "\")");
        add(new X12Error(X12Error.Level.ELEMENT, txControl, e.segmentTag(), e.segmentPosition(), e.loop(), element,
                component, e.elementReference(), X12ErrorCodes.elementCode(e.type()), reason), e.segmentTag());
    }

    void syntaxError(X12ReadException e) {
        String where = e.segmentPosition() == 0 ? "" : " (segment " + e.segmentPosition() + " of the file)";
        fileErrors.add(new X12Error(X12Error.Level.FILE, txControl, e.segmentTag(), e.segmentPosition(), null, 0, 0,
                null, "1", "the file is not readable X12" + where + ": " + e.getMessage()));
    }

    /** Files the error where it belongs; {@code tag} is the segment being read, null between segments. */
    private void add(X12Error error, String tag) {
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
}
