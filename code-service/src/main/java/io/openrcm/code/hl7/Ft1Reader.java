package io.openrcm.code.hl7;

import ca.uhn.hl7v2.model.v251.segment.FT1;
import java.math.BigDecimal;
import java.util.List;

/** Reads one FT1 into a charge or a credit; what is wrong goes to the errors with its field. */
final class Ft1Reader {

    /** FT1-6 (HL7 table 0017) values taken as a charge, and as the reversal of one. */
    static final List<String> CHARGE = List.of("CG");
    static final List<String> CREDIT = List.of("CR", "CD");

    private Ft1Reader() {
    }

    /** The charge, or null when it has errors (added). */
    static Ft1Charge read(FT1 ft1, int seq, List<Hl7Error> errors) {
        int before = errors.size();
        String type = Fields.get(ft1, 6, 1);
        boolean credit = false;
        if (type == null) {
            errors.add(Hl7Error.at("FT1", seq, 6, Hl7Error.REQUIRED_FIELD_MISSING, "transaction type is required: "
                    + "CG (charge), CR or CD (credit: the reversal of a charge)"));
        } else if (CREDIT.contains(type.toUpperCase())) {
            credit = true;
        } else if (!CHARGE.contains(type.toUpperCase())) {
            errors.add(Hl7Error.at("FT1", seq, 6, Hl7Error.TABLE_VALUE_NOT_FOUND, "transaction type " + type
                    + " is not taken here: CG (charge), CR or CD (credit); payments and adjustments come from the "
                    + "payer's 835"));
        }
        String rawDate = Fields.get(ft1, 4, 1);
        String date = Fields.isoDate(rawDate);
        if (rawDate == null) {
            errors.add(Hl7Error.at("FT1", seq, 4, Hl7Error.REQUIRED_FIELD_MISSING, "the date of service is "
                    + "required"));
        } else if (date == null) {
            errors.add(Hl7Error.at("FT1", seq, 4, Hl7Error.DATA_TYPE, "must be an HL7 date (YYYYMMDD)"));
        }
        String code = Fields.get(ft1, 7, 1);
        if (code == null) {
            code = Fields.get(ft1, 25, 1);
        }
        if (code == null) {
            errors.add(Hl7Error.at("FT1", seq, 7, Hl7Error.REQUIRED_FIELD_MISSING, "the CPT or HCPCS code of the "
                    + "charge is required (FT1-7.1, or FT1-25.1)"));
        }
        BigDecimal units = BigDecimal.ONE;
        String quantity = Fields.get(ft1, 10, 1);
        if (quantity != null) {
            try {
                units = new BigDecimal(quantity);
                if (units.signum() < 0) {
                    // A negative quantity reverses, whatever FT1-6 says (many EHRs send CG with -1).
                    credit = true;
                    units = units.negate();
                }
            } catch (NumberFormatException e) {
                errors.add(Hl7Error.at("FT1", seq, 10, Hl7Error.DATA_TYPE, "the quantity must be a number"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        List<String> modifiers = Fields.all(ft1, 26, 1).stream().map(String::toUpperCase).toList();
        return new Ft1Charge(seq, credit, date, code.toUpperCase(), modifiers, units, Fields.all(ft1, 19, 1),
                Fields.get(ft1, 20, 1));
    }
}
