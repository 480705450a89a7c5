package io.openrcm.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;

class NativeCryptoTest {

    private static final String NATIVE = "AmazonCorrettoCryptoProvider";

    @Test
    void onLinuxX8664TheNativeProviderDoesAesGcmRsaAndTheTlsCiphers() throws Exception {
        boolean linuxX8664 = System.getProperty("os.name").toLowerCase().contains("linux")
                && System.getProperty("os.arch").matches("amd64|x86_64");
        boolean installed = NativeCrypto.install();
        assumeTrue(linuxX8664, "the native provider ships for Linux x86-64 only; the JDK's providers stay here");
        assertThat(installed).isTrue();
        // Twice is once: the provider stays first and is not added again.
        assertThat(NativeCrypto.install()).isTrue();

        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        assertThat(gcm.getProvider().getName()).isEqualTo(NATIVE);
        assertThat(rsa.getProvider().getName()).isEqualTo(NATIVE);

        // It works, and interoperates with the JDK's own implementation (what a peer without it would run).
        KeyGenerator aes = KeyGenerator.getInstance("AES");
        aes.init(128);
        SecretKey key = aes.generateKey();
        byte[] iv = new byte[12];
        byte[] plain = "claim 123 paid 80.00".getBytes(StandardCharsets.UTF_8);
        gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] sealed = gcm.doFinal(plain);
        Cipher jdk = Cipher.getInstance("AES/GCM/NoPadding", "SunJCE");
        jdk.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
        assertThat(jdk.doFinal(sealed)).isEqualTo(plain);

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Signature signer = Signature.getInstance("SHA256withRSA", "SunRsaSign");
        signer.initSign(pair.getPrivate());
        signer.update(plain);
        byte[] signature = signer.sign();
        rsa.initVerify(pair.getPublic());
        rsa.update(plain);
        assertThat(rsa.verify(signature)).isTrue();
        signature[0] ^= 1;
        rsa.initVerify(pair.getPublic());
        rsa.update(plain);
        assertThat(rsa.verify(signature)).isFalse();

        // TLS 1.3 still negotiates its usual suites on top of it.
        SSLEngine engine = SSLContext.getDefault().createSSLEngine();
        assertThat(engine.getSupportedCipherSuites()).contains("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384");
    }
}
