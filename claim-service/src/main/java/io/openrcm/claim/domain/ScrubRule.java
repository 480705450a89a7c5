package io.openrcm.claim.domain;

/** The scrubber's own rules: stable ids the work queue, reports and documentation refer to. */
public enum ScrubRule {
    NPI_BILLING("SCR-NPI-001", "Billing provider NPI check digit"),
    NPI_RENDERING("SCR-NPI-002", "Rendering provider NPI check digit"),
    PROVIDER_DATA("SCR-837-001", "Billing provider data the 837P requires (loop 2010AA)"),
    SUBSCRIBER_DATA("SCR-837-002", "Patient, subscriber and claim data the 837P requires (loops 2010BA, 2300)"),
    PAYER_DATA("SCR-837-003", "Payer data the 837P requires (SBR09, loop 2010BB)"),
    LIMITS("SCR-837-004", "837P limits: 12 diagnoses, 50 lines"),
    DIAGNOSIS_POINTERS("SCR-DX-001", "Each line points to 1 to 4 of the claim's diagnoses"),
    CHARGE("SCR-CHG-001", "Every line charges more than zero"),
    TIMELY_FILING("SCR-TF-001", "Timely filing limit of the payer not exceeded"),
    DUPLICATE("SCR-DUP-001", "No other claim for the same patient, provider, date and services");

    private final String id;
    private final String title;

    ScrubRule(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    Finding finding(String message) {
        return new Finding(id, message);
    }
}
