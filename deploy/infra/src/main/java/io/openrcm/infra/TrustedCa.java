package io.openrcm.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A TLS client context that trusts exactly one CA certificate (PEM), such as the local stack's {@code tls/ca.pem}. */
public final class TrustedCa {

    private TrustedCa() {
    }

    /** An SSL context whose only trust anchor is the CA in the file; host names are still verified by the client. */
    public static SSLContext sslContext(Path caPem) {
        try {
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(keyStore(caPem));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not trust the CA certificate " + caPem + ": " + e.getMessage(), e);
        }
    }

    /** An in-memory trust store holding only the CA in the file (for clients that take a KeyStore, like REST Assured). */
    public static KeyStore keyStore(Path caPem) {
        try (InputStream in = Files.newInputStream(caPem)) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            return trust;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not read the CA certificate " + caPem + ": " + e.getMessage(), e);
        }
    }
}
