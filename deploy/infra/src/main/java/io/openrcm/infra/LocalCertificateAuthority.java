package io.openrcm.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The local stack's own certificate authority: made once per data directory ({@code tls/ca.pem}, its key in
 * {@code tls/ca.p12}), it issues each service and the Kafka broker a certificate for 127.0.0.1 and localhost in a
 * PKCS12 key store ({@code tls/<name>.p12}). Clients trust {@code ca.pem}; key stores are readable by the owner only.
 */
public final class LocalCertificateAuthority {

    private static final String CA_ALIAS = "ca";
    private static final String KEY_ALIAS = "server";
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration SERVER_VALIDITY = Duration.ofDays(825);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final char[] password;
    private final PrivateKey caKey;
    private final X509Certificate caCertificate;

    private LocalCertificateAuthority(Path directory, char[] password, PrivateKey caKey, X509Certificate caCertificate) {
        this.directory = directory;
        this.password = password;
        this.caKey = caKey;
        this.caCertificate = caCertificate;
    }

    /** The authority kept in the directory, or a new one written there; password protects every key store in it. */
    public static LocalCertificateAuthority openOrCreate(Path directory, String password) {
        try {
            PrivateFiles.createPrivateDirectory(directory);
            Path caStore = directory.resolve("ca.p12");
            char[] secret = password.toCharArray();
            if (Files.isRegularFile(caStore)) {
                KeyStore store = load(caStore, secret);
                return new LocalCertificateAuthority(directory, secret, (PrivateKey) store.getKey(CA_ALIAS, secret),
                        (X509Certificate) store.getCertificate(CA_ALIAS));
            }
            KeyPair pair = newKeyPair();
            X500Name name = new X500Name("CN=OpenRCM local CA " + Instant.now().getEpochSecond() + ", O=OpenRCM local stack");
            X509v3CertificateBuilder builder = builder(name, name, pair, CA_VALIDITY)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            X509Certificate certificate = sign(builder, pair.getPrivate());
            LocalCertificateAuthority ca = new LocalCertificateAuthority(directory, secret, pair.getPrivate(), certificate);
            ca.store(caStore, CA_ALIAS, pair.getPrivate(), certificate);
            Files.writeString(directory.resolve("ca.pem"), pem(certificate));
            return ca;
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Could not prepare the local certificate authority in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The CA certificate, PEM: what curl (--cacert) and the services' trust store read. */
    public Path caPem() {
        return directory.resolve("ca.pem");
    }

    /** The CA certificate alone in a PKCS12 trust store (for clients that want one, like Kafka's). */
    public Path trustStore() {
        return directory.resolve("truststore.p12");
    }

    /** The key store of one server, issued now unless it exists; valid for 127.0.0.1, ::1, localhost and the name. */
    public Path keyStore(String name) {
        PostgresDatabases.requireSafeName(name.replace('-', '_'));
        Path file = directory.resolve(name + ".p12");
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            KeyPair pair = newKeyPair();
            X500Name subject = new X500Name("CN=" + name + ", O=OpenRCM local stack");
            GeneralNames altNames = new GeneralNames(new GeneralName[] {new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.dNSName, name), new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                    new GeneralName(GeneralName.iPAddress, "::1")});
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = builder(X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded()), subject, pair, SERVER_VALIDITY)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}))
                    .addExtension(Extension.subjectAlternativeName, false, altNames)
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(caCertificate));
            store(file, KEY_ALIAS, pair.getPrivate(), sign(builder, caKey), caCertificate);
            return file;
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Could not issue a certificate for " + name + " in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * The SHA-256 pin of a server's public key (base64 of its SubjectPublicKeyInfo), issuing its certificate first if
     * needed: what a browser under test is told to accept, e.g. Chromium's --ignore-certificate-errors-spki-list.
     */
    public String publicKeyPin(String name) {
        try {
            KeyStore store = load(keyStore(name), password);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(store.getCertificate(KEY_ALIAS).getPublicKey().getEncoded());
            return Base64.getEncoder().encodeToString(digest);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not read the certificate of " + name + ": " + e.getMessage(), e);
        }
    }

    /** The password of every key store of this authority (the embedded broker opens its own with it). */
    String keyStorePassword() {
        return new String(password);
    }

    /** Writes {@link #trustStore()} unless it exists. */
    public Path writeTrustStore() {
        Path file = trustStore();
        if (!Files.isRegularFile(file)) {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setCertificateEntry(CA_ALIAS, caCertificate);
                try (OutputStream out = Files.newOutputStream(file)) {
                    store.store(out, password);
                }
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("Could not write " + file + ": " + e.getMessage(), e);
            }
        }
        return file;
    }

    private void store(Path file, String alias, PrivateKey key, X509Certificate... chain)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key, password, (Certificate[]) chain);
        PrivateFiles.writePrivate(file, "");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair pair, Duration validity) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).abs().add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(validity)), subject, pair.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(key)));
    }

    private static String pem(X509Certificate certificate) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificate);
        }
        return text.toString();
    }
}
