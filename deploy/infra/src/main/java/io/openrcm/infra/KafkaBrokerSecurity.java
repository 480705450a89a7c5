package io.openrcm.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What secures the embedded broker: its certificate from the local CA (clients and its own controller check it), the
 * CA it trusts, and the SCRAM password of the superuser {@link KafkaAccessTable#ADMIN}. Never print it.
 *
 * @param brokerPrincipal the broker certificate's subject as Kafka names it (RFC 2253): the only superuser of the
 *                        broker's own listeners (controller and internal)
 */
record KafkaBrokerSecurity(Path keyStore, String keyStorePassword, Path caPem, String brokerPrincipal, String adminPassword) {

    /** The certificate's name in the local CA (and its CN). */
    static final String BROKER_CERTIFICATE = "kafka-broker";

    /** The broker's certificate, issued by the CA unless it exists, and the administrator's password. */
    static KafkaBrokerSecurity of(LocalCertificateAuthority ca, String adminPassword) {
        Path keyStore = ca.keyStore(BROKER_CERTIFICATE);
        String password = ca.keyStorePassword();
        return new KafkaBrokerSecurity(keyStore, password, ca.caPem(), subjectOf(keyStore, password), adminPassword);
    }

    /** How the administrator connects over the client listener. */
    KafkaCredentials admin() {
        return new KafkaCredentials(KafkaAccessTable.ADMIN, adminPassword, caPem);
    }

    /** A client of the internal listener presenting the broker's own certificate (mutual TLS): a superuser. */
    Map<String, Object> internalClientProperties(String bootstrapServers) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("bootstrap.servers", bootstrapServers);
        props.putAll(tlsClient(""));
        return props;
    }

    /** The key and trust settings of a TLS endpoint, each key prefixed (a listener's {@code listener.name.x.}). */
    Map<String, String> tlsClient(String prefix) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put(prefix + "security.protocol", "SSL");
        props.put(prefix + "ssl.keystore.type", "PKCS12");
        props.put(prefix + "ssl.keystore.location", keyStore.toAbsolutePath().toString());
        props.put(prefix + "ssl.keystore.password", keyStorePassword);
        props.put(prefix + "ssl.key.password", keyStorePassword);
        props.put(prefix + "ssl.truststore.type", "PEM");
        props.put(prefix + "ssl.truststore.location", caPem.toAbsolutePath().toString());
        return props;
    }

    private static String subjectOf(Path keyStore, String password) {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    // The name Kafka's default principal builder gives a TLS peer: X500Principal.getName(), RFC 2253.
                    return ((X509Certificate) store.getCertificate(alias)).getSubjectX500Principal().getName();
                }
            }
            throw new IllegalStateException("No key in " + keyStore);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not read the broker certificate " + keyStore + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "KafkaBrokerSecurity[" + brokerPrincipal + ", CA " + caPem + "]";
    }
}
