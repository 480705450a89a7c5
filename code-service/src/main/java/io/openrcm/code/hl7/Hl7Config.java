package io.openrcm.code.hl7;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** HL7 v2 intake: the MLLP listener, which sending facility is which practice, and payer ids of IN1-3. */
@ConfigMapping(prefix = "rcm.hl7")
public interface Hl7Config {

    Mllp mllp();

    /** Sending facility (MSH-4, its first component) to the EHR client that sends for it and its practice. */
    Map<String, Facility> facilities();

    /** IN1-3 insurance company id to the payer id billed; an id not listed is taken as the payer id itself. */
    Map<String, String> payers();

    /** The MLLP listener. */
    interface Mllp {
        @WithDefault("true")
        boolean enabled();

        /** 2575 by default; 0 picks a free port (tests). */
        @WithDefault("2575")
        int port();

        /** Loopback unless TLS is on: plain MLLP carries patient data unencrypted and unauthenticated. */
        @WithDefault("127.0.0.1")
        String host();

        Tls tls();
    }

    /** MLLP over TLS with a client certificate; the certificate's CN names the EHR client (Facility#client). */
    interface Tls {
        @WithDefault("false")
        boolean enabled();

        /** PKCS#12 key store with the listener's certificate and key. */
        Optional<String> keyStore();

        Optional<String> keyStorePassword();

        /** PEM file of the CA certificates that sign the EHR clients' certificates. */
        Optional<String> trustCertificates();
    }

    /** A sending facility. */
    interface Facility {
        /** Billing-provider NPI of the practice: the encounter's billingProviderNpi. */
        String billingNpi();

        /** The EHR client that may send for it (over TLS: the CN of its client certificate). */
        String client();

        /** Sending applications (MSH-3) allowed for it; any when absent. */
        Optional<List<String>> applications();
    }
}
