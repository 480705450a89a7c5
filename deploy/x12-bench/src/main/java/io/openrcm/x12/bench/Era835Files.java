package io.openrcm.x12.bench;

import java.nio.charset.StandardCharsets;

/**
 * Generates an X12 835 (005010X221A1) file of a given number of claims, the shape of a payer's check run: one
 * interchange and group, one transaction set (one check) per thousand claims, one service line per claim, one
 * segment per line. Every value is valid, so the file reads clean.
 */
public final class Era835Files {

    private static final int CLAIMS_PER_CHECK = 1000;

    private Era835Files() {
    }

    /** The file of {@code claims} claims. */
    public static byte[] generate(int claims) {
        StringBuilder x = new StringBuilder(claims * 200 + 1000);
        x.append("ISA*00*          *00*          *ZZ*BCBSIL         *ZZ*OPENRCM        *261201*0830*^*00501")
                .append("*000000042*0*P*:~\n");
        x.append("GS*HP*BCBSIL*OPENRCM*20261201*0830*42*X*005010X221A1~\n");
        int sets = 0;
        for (int first = 0; first < claims; first += CLAIMS_PER_CHECK) {
            sets++;
            check(x, sets, first, Math.min(claims, first + CLAIMS_PER_CHECK));
        }
        x.append("GE*").append(sets).append("*42~\n");
        x.append("IEA*1*000000042~\n");
        return x.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void check(StringBuilder x, int set, int from, int to) {
        int start = x.length();
        String control = String.format("%04d", set);
        int segments = 0;
        int count = to - from;
        x.append("ST*835*").append(control).append("*005010X221A1~\n");
        x.append("BPR*I*").append(count * 80).append(".00*C*ACH*CCP*01*071000039*DA*1234567*1361234567**01*")
                .append("071000039*DA*7654321*20261201~\n");
        x.append("TRN*1*EFT").append(100000 + set).append("*1361234567~\n");
        x.append("DTM*405*20261130~\n");
        x.append("N1*PR*BLUE CROSS BLUE SHIELD OF ILLINOIS~\n");
        x.append("N3*300 E RANDOLPH ST~\n");
        x.append("N4*CHICAGO*IL*60601~\n");
        x.append("PER*BL*PROVIDER SERVICES*TE*8005551234~\n");
        x.append("N1*PE*LAKESIDE FAMILY MEDICINE*XX*1234567893~\n");
        x.append("REF*TJ*361234567~\n");
        for (int i = from; i < to; i++) {
            if ((i - from) % 100 == 0) {
                x.append("LX*").append((i - from) / 100 + 1).append("~\n");
            }
            x.append("CLP*").append(claimId(i)).append("*1*160.00*80.00*20.00*12*PCN").append(1_000_000 + i)
                    .append("*11*1~\n");
            x.append("NM1*QC*1*EXAMPLE*JANE****MI*XGH").append(100_000_000 + i).append("~\n");
            x.append("DTM*232*20261102~\n");
            x.append("SVC*HC:99213:25*160.00*80.00**1~\n");
            x.append("DTM*472*20261102~\n");
            x.append("CAS*CO*45*60.00~\n");
            x.append("CAS*PR*2*20.00~\n");
            x.append("AMT*B6*100.00~\n");
        }
        for (int i = start; i < x.length(); i++) {
            if (x.charAt(i) == '~') {
                segments++;
            }
        }
        x.append("SE*").append(segments + 1).append('*').append(control).append("~\n");
    }

    /** A claim's CLP01: the claim id the 837 sent (a UUID in OpenRCM). */
    static String claimId(int i) {
        return String.format("6f1c2d3e-4b5a-4c7d-8e9f-%012d", i);
    }

    /** How many claims a file holds, counted as its CLP segments. */
    public static long claims(byte[] file) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        long n = 0;
        for (int at = text.indexOf("~\nCLP*"); at >= 0; at = text.indexOf("~\nCLP*", at + 1)) {
            n++;
        }
        return n;
    }
}
