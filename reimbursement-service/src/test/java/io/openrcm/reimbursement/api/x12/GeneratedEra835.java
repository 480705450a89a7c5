package io.openrcm.reimbursement.api.x12;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Generated 835 files for the reader's tests: clean, varied by a seed (claims with one to three lines, claim and
 * line adjustments, optional segments, provider adjustments, several sets and interchanges).
 */
public final class GeneratedEra835 {

    private GeneratedEra835() {
    }

    /** A clean file of {@code interchanges} × {@code sets} transaction sets of {@code claims} claims each. */
    public static byte[] file(long seed, int interchanges, int sets, int claims) {
        Random random = new Random(seed);
        StringBuilder x = new StringBuilder();
        for (int i = 1; i <= interchanges; i++) {
            x.append(String.format("ISA*00*          *00*          *ZZ*BCBSIL         *ZZ*OPENRCM        *261201*0830"
                    + "*^*00501*%09d*0*P*:~%n", i));
            x.append("GS*HP*BCBSIL*OPENRCM*20261201*0830*").append(i).append("*X*005010X221A1~\n");
            for (int s = 1; s <= sets; s++) {
                set(x, random, String.format("%04d", s), claims);
            }
            x.append("GE*").append(sets).append('*').append(i).append("~\n");
            x.append(String.format("IEA*1*%09d~%n", i));
        }
        return x.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void set(StringBuilder out, Random random, String control, int claims) {
        StringBuilder x = new StringBuilder();
        long total = 0;
        StringBuilder body = new StringBuilder();
        for (int c = 0; c < claims; c++) {
            if (c % 5 == 0) {
                body.append("LX*").append(c / 5 + 1).append("~\n");
            }
            int lines = 1 + random.nextInt(3);
            long charge = 0;
            long paid = 0;
            StringBuilder svc = new StringBuilder();
            for (int l = 0; l < lines; l++) {
                long lineCharge = 5000 + random.nextInt(20000);
                long linePaid = lineCharge - 1000 - random.nextInt(2000);
                charge += lineCharge;
                paid += linePaid;
                svc.append("SVC*HC:9921").append(l + 1).append(random.nextBoolean() ? ":25" : "").append('*')
                        .append(money(lineCharge)).append('*').append(money(linePaid)).append("**1~\n");
                svc.append("DTM*472*20261102~\n");
                svc.append("CAS*CO*45*").append(money(lineCharge - linePaid)).append("~\n");
                if (random.nextBoolean()) {
                    svc.append("REF*6R*LINE").append(l + 1).append("~\n");
                }
                svc.append("AMT*B6*").append(money(linePaid)).append("~\n");
                if (random.nextInt(4) == 0) {
                    svc.append("LQ*HE*N").append(100 + random.nextInt(800)).append("~\n");
                }
            }
            total += paid;
            body.append("CLP*CLM").append(control).append('-').append(c).append("*1*").append(money(charge)).append('*')
                    .append(money(paid)).append(random.nextBoolean() ? "*0" : "*").append("*12*PCN").append(c)
                    .append("~\n");
            body.append("NM1*QC*1*EXAMPLE*JANE****MI*XGH").append(100000 + c).append("~\n");
            if (random.nextBoolean()) {
                body.append("MOA***MA01~\n");
            }
            body.append("DTM*232*20261102~\n");
            body.append(svc);
        }
        boolean plb = random.nextBoolean();
        if (plb) {
            total -= 500;
        }
        x.append("ST*835*").append(control).append("*005010X221A1~\n");
        x.append("BPR*I*").append(money(total)).append("*C*CHK************20261201~\n");
        x.append("TRN*1*CHK").append(control).append(random.nextInt(1000)).append("*1361234567~\n");
        x.append("DTM*405*20261130~\n");
        x.append("N1*PR*BLUE CROSS~\n");
        if (random.nextBoolean()) {
            x.append("N3*300 E RANDOLPH ST~\nN4*CHICAGO*IL*60601~\n");
        }
        x.append("PER*BL*PROVIDER SERVICES*TE*8005551234~\n");
        x.append("N1*PE*LAKESIDE*XX*1234567893~\n");
        x.append(body);
        if (plb) {
            x.append("PLB*1234567893*20261231*WO:REF1*5.00~\n");
        }
        int segments = x.toString().split("~").length;
        out.append(x).append("SE*").append(segments).append('*').append(control).append("~\n");
    }

    private static String money(long cents) {
        return cents % 100 == 0 ? String.valueOf(cents / 100) : String.format("%d.%02d", cents / 100, cents % 100);
    }
}
