package io.openrcm.x12;

/** Small interchanges written out by hand for the tests. */
final class Samples {

    private Samples() {
    }

    /** A 999 rejecting one 837 transaction set: an IK3 without its loop (IK303 empty), an IK4 with a component. */
    static String ack999(String seCount) {
        return "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *261128*1040*^*00501*000000042"
                + "*0*P*:~"
                + "GS*FA*SENDER*RECEIVER*20261128*1040*42*X*005010X231A1~"
                + "ST*999*0001*005010X231A1~"
                + "AK1*HC*28*005010X222A1~"
                + "AK2*837*0028~"
                + "IK3*NM1*5**8~"
                + "IK4*3:2*782*6~"
                + "IK5*R*5~"
                + "AK9*R*1*1*0~"
                + "SE*" + seCount + "*0001~"
                + "GE*1*42~"
                + "IEA*1*000000042~";
    }
}
