package org.tenfold.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Properties;

/**
 * The installation's administrator password, HTTPS certificate and listener settings together: made
 * or read once before the domain is created, then handed to the domain and to the server's environment.
 */
final class ServerSecurity {

    private final AdminAccess admin;
    private final TlsCertificate certificate;
    private final TlsSettings tls;
    private final int httpThreads;

    private ServerSecurity(AdminAccess admin, TlsCertificate certificate, TlsSettings tls, int httpThreads) {
        this.admin = admin;
        this.certificate = certificate;
        this.tls = tls;
        this.httpThreads = httpThreads;
    }

    static ServerSecurity prepare(Path serverFolder, TlsSettings tls, Map<String, String> env) throws IOException,
            InterruptedException {
        try {
            return new ServerSecurity(AdminAccess.prepare(serverFolder), TlsCertificate.prepare(tls, serverFolder), tls,
                    DomainHardening.httpThreads(env.get("TENFOLD_HTTP_THREADS"), Runtime.getRuntime().availableProcessors()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The HTTPS certificate could not be read or made: " + e.getMessage(), e);
        }
    }

    /** The domain, hardened before its first start and administered with this installation's password. */
    PayaraDomain apply(PayaraDomain domain) {
        return domain.prepareWith(new DomainHardening(admin, certificate, httpThreads)).signInWith(admin.passwordFile());
    }

    /** What the application needs to know: where HTTPS is, and whether a TLS proxy stands in front. */
    void addTo(Map<String, String> serverEnvironment, int httpsPort) {
        serverEnvironment.put("TENFOLD_HTTPS_PORT", String.valueOf(httpsPort));
        serverEnvironment.put("TENFOLD_TLS_PROXY", String.valueOf(tls.proxy()));
    }

    TlsCertificate certificate() {
        return certificate;
    }

    TlsSettings tls() {
        return tls;
    }

    int httpThreads() {
        return httpThreads;
    }

    /**
     * For the integration tests (read by failsafe as system properties): the admin password Arquillian
     * deploys with and the certificate the tests trust. Owner-only, like the password file itself.
     */
    void writeTestProperties(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("tenfold.admin.password", admin.password());
        p.setProperty("tenfold.tls.certificate", certificate.publicPem().toString());
        ServerFolder.writeSecret(file, "");
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "Test server: written by the launcher at start-it");
        }
    }
}
