package io.openrcm.platform.crypto;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.security.Provider;
import java.security.Security;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Puts Amazon Corretto Crypto Provider (AWS-LC in native code) first among the JCA providers, so that TLS (HTTPS,
 * Kafka) and JWT signatures run in native code. The JDK's own AES-GCM, SHA-2 and RSA are fast only once C2 compiles
 * them into intrinsics; the launcher stops the JIT at C1 (deploy/launcher StackOptions), where deploy/bench's JFR
 * profile found 28-40 % of every service's CPU in {@code GHASH.blockMult}, {@code AESCrypt}, {@code SHA2} and
 * {@code BigInteger.implMulAdd}. Where its native library does not load (a platform other than Linux x86-64) the
 * JDK's providers stay in charge and a line says so; {@code rcm.crypto.native=false} keeps them on purpose.
 */
@ApplicationScoped
public class NativeCrypto {

    private static final Logger LOG = Logger.getLogger(NativeCrypto.class);

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event,
            @ConfigProperty(name = "rcm.crypto.native", defaultValue = "true") boolean enabled) {
        if (!enabled) {
            LOG.info("Native crypto turned off (rcm.crypto.native=false): the JDK's providers do TLS and signatures");
            return;
        }
        install();
    }

    /**
     * Installs the native provider first, unless it is first already.
     *
     * @return whether the native provider is now the first provider
     */
    public static synchronized boolean install() {
        AmazonCorrettoCryptoProvider provider = AmazonCorrettoCryptoProvider.INSTANCE;
        Throwable loadingError = provider.getLoadingError();
        if (loadingError != null) {
            LOG.infof("Native crypto not available here (%s): the JDK's providers do TLS and signatures",
                    loadingError.getMessage());
            return false;
        }
        Provider[] providers = Security.getProviders();
        if (providers.length > 0 && providers[0].getName().equals(provider.getName())) {
            return true;
        }
        AmazonCorrettoCryptoProvider.install();
        provider.assertHealthy();
        LOG.infof("Native crypto: %s is the first JCA provider", provider.getName());
        return true;
    }
}
