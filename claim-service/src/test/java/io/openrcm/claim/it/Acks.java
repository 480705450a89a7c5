package io.openrcm.claim.it;

/** Object Mother of payer acknowledgments of our own submissions: a 999 and a 277CA as a payer would send them. */
final class Acks {

    private Acks() {
    }

    /** A 999 acknowledging one transaction set of a functional group, IK5 A or R. */
    static String x999(int groupControl, String transactionControl, boolean accept) {
        String body = "ST*999*0001*005010X231A1~AK1*HC*" + groupControl + "*005010X222A1~AK2*837*" + transactionControl
                + "~" + (accept ? "IK5*A~AK9*A*1*1*1~" : "IK3*NM1*12**8~IK4*9*67*7~IK5*R*5~AK9*R*1*1*0~")
                + "SE*" + (accept ? 6 : 8) + "*0001~";
        return envelope("FA", "005010X231A1", body);
    }

    /** A 277CA about one claim: STC category A1 (accepted) or A7 (rejected, status 562, entity 85). */
    static String x277ca(String claimId, String payerClaimControlNumber, boolean accept) {
        String body = "ST*277*0001*005010X214~BHT*0085*08*1*20261128*1200*TH~HL*1**20*1~NM1*PR*2*PAYER*****PI*1~"
                + "HL*2*1*21*1~NM1*41*2*OPENRCM*****46*OPENRCM~HL*3*2*19*1~NM1*85*2*LAKESIDE*****XX*1234567893~"
                + "HL*4*3*PT~NM1*QC*1*EXAMPLE*JANE****MI*XGH123456789~TRN*2*" + claimId + "~"
                + "STC*" + (accept ? "A1:20" : "A7:562:85") + "*20261128*WQ*160~REF*1K*" + payerClaimControlNumber
                + "~DTP*472*D8*20261102~SE*15*0001~";
        return envelope("HN", "005010X214", body);
    }

    private static String envelope(String functionalId, String version, String body) {
        return "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*OPENRCM        *261128*1200*^*00501*000000777*0*T*:~"
                + "GS*" + functionalId + "*CLEARINGHOUSE*OPENRCM*20261128*1200*777*X*" + version + "~" + body
                + "GE*1*777~IEA*1*000000777~";
    }
}
