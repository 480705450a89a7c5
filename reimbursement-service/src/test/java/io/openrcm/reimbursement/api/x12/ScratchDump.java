package io.openrcm.reimbursement.api.x12;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ScratchDump {
    @Test
    void dump() throws Exception {
        Era835Reader reader = new Era835Reader();
        for (var p : SampleFiles.all()) {
            Era835File f = reader.read(Files.readAllBytes(p));
            System.out.println("== " + SampleFiles.folder().relativize(p) + " accepted=" + f.accepted());
            f.allErrors().forEach(e -> System.out.println("   ERR " + e.code() + " " + e.location() + " : " + e.reason()));
            f.remittances().forEach(r -> System.out.println("   " + r.payerId() + " " + r.traceNumber() + " total=" + r.totalPaid() + " claims=" + r.claims().size() + " lines=" + r.claims().stream().mapToInt(c -> c.lines().size()).sum() + " plb=" + r.providerAdjustmentTotal() + " imb=" + r.imbalances()));
        }
    }
}
