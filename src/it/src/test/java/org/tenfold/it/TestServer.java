package org.tenfold.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.tenfold.launcher.TestDatabases;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Where the test server is, and the real EAR to deploy into it. */
public final class TestServer {

    /** Development-only password of every demo account (see README). */
    public static final String DEMO_PASSWORD = "tenfold-demo-only";
    /** Development-only TOTP secret of every demo account (see README): tests compute its codes as an app would. */
    public static final String DEMO_TOTP_SECRET = "TENFOLDDEMOONLYDEVELOPMENTXXXXXX";

    private static SSLContext sslContext;
    private static EnterpriseArchive ear;

    private TestServer() {
    }

    /** The code an authenticator app shows now for a TOTP secret (RFC 6238: SHA-1, six digits, 30 s). */
    public static String totp(String secret) {
        return totpAt(secret, Math.floorDiv(System.currentTimeMillis() / 1000, 30));
    }

    /** The code of one 30-second step (steps count from the epoch). */
    public static String totpAt(String secret, long step) {
        try {
            return new dev.samstevens.totp.code.DefaultCodeGenerator().generate(secret, step);
        } catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The demo accounts' current code. */
    public static String demoCode() {
        return totp(DEMO_TOTP_SECRET);
    }

    /** The application, over HTTPS (plain HTTP only redirects here). */
    public static String baseUrl() {
        return "https://localhost:" + httpsPort() + "/";
    }

    /** The same server's plain HTTP listener, which only redirects (screens) or refuses (API). */
    public static String plainHttpUrl() {
        return "http://localhost:" + required("tenfold.http.port") + "/";
    }

    public static int httpsPort() {
        return 8181 + Integer.parseInt(required("tenfold.it.offset"));
    }

    /** The test server's own certificate, made for this run by the launcher: the only one the tests trust. */
    public static X509Certificate certificate() {
        Path pem = Path.of(required("tenfold.tls.certificate"));
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The test server's certificate " + pem + " cannot be read", e);
        }
    }

    /** SHA-256 of the test server's public key, Base64: how Chromium is told to trust it and nothing else. */
    public static String publicKeyPin() {
        try {
            return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(certificate().getPublicKey().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** TLS that trusts exactly the test server's certificate. */
    public static synchronized SSLContext sslContext() {
        if (sslContext == null) {
            try {
                KeyStore trust = KeyStore.getInstance("PKCS12");
                trust.load(null, null);
                trust.setCertificateEntry("tenfold-test-server", certificate());
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(trust);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, tmf.getTrustManagers(), null);
                sslContext = context;
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return sslContext;
    }

    /** An HTTP client for the test server: its certificate trusted, redirects as asked, HTTP/1.1. */
    public static HttpClient httpClient(HttpClient.Redirect redirects) {
        return HttpClient.newBuilder().sslContext(sslContext()).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(redirects).build();
    }

    /**
     * The EAR the build produced, unchanged: what the run command deploys too. Named after this test
     * server's port, because Payara keeps an upload in the machine's temporary folder under the
     * archive's name, and test servers running side by side must not overwrite each other's. Every test
     * class names this one archive, so it is deployed once per run ({@code org.tenfold.it.arquillian}).
     */
    public static synchronized EnterpriseArchive ear() {
        requireOwnServer();
        if (ear == null) {
            File file = new File(required("tenfold.ear"));
            if (!file.isFile()) {
                throw new IllegalStateException(file + " is missing: the EAR module must be built first");
            }
            ear = ShrinkWrap.create(EnterpriseArchive.class, "tenfold-" + required("tenfold.http.port") + ".ear")
                    .merge(ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file));
        }
        return ear;
    }

    /**
     * The ports the tests use must be the ones the launcher gave this run's server (its offset plus the
     * normal ones): otherwise the tests would deploy into, and write to, another run's server.
     */
    private static void requireOwnServer() {
        int offset = Integer.parseInt(required("tenfold.it.offset"));
        if (Integer.parseInt(required("tenfold.http.port")) != 8080 + offset
                || Integer.parseInt(required("tenfold.admin.port")) != 4848 + offset
                || Integer.parseInt(required("tenfold.db.port")) != 3307 + offset) {
            throw new IllegalStateException("The test ports " + required("tenfold.http.port") + "/"
                    + required("tenfold.admin.port") + "/" + required("tenfold.db.port") + " are not those of the"
                    + " test server started with offset " + offset + ": set -Dit.slot=N only, not the ports or the offset");
        }
    }

    /** The test server's Payara domain folder (made by the launcher's start-it). */
    public static Path domainDir() {
        return Path.of(required("tenfold.root"), "src/launcher/target/payara6/glassfish/domains",
                "tenfold-it-" + required("tenfold.it.offset"));
    }

    /** The test server's log, to check that a client's mistake left no stack trace there. */
    public static Path serverLog() {
        return domainDir().resolve("logs/server.log");
    }

    public static int adminPort() {
        return Integer.parseInt(required("tenfold.admin.port"));
    }

    /** The test server's generated Payara administrator password (kept 0600 in its server folder). */
    public static String adminPassword() {
        return required("tenfold.admin.password");
    }

    /** The test server's log as it is now, as text. */
    public static String serverLogText() throws IOException {
        Path log = serverLog();
        if (!Files.isRegularFile(log)) {
            throw new IllegalStateException("No server log at " + log);
        }
        return Files.readString(log, StandardCharsets.ISO_8859_1);
    }

    /**
     * A direct connection to the test database as the schema's owner, to seed and to check what was stored
     * (hashes, audit rows); the passwords are the ones generated in the test data folder.
     */
    public static Connection database() throws SQLException {
        return database(TestDatabases.Account.OWNER);
    }

    /** The test database as one of its accounts (the application's own, to prove what it may not do). */
    public static Connection database(TestDatabases.Account account) throws SQLException {
        return TestDatabases.connect(dataDir(), Integer.parseInt(required("tenfold.db.port")), account);
    }

    /** The test server's database folder (its credentials, backups and keys lie beside it). */
    public static Path dataDir() {
        return TestDatabases.dataDir(root(), Integer.parseInt(required("tenfold.it.offset")));
    }

    /** The checkout this run builds (the EAR sits in src/ear/target under it). */
    public static Path root() {
        return Path.of(required("tenfold.ear")).toAbsolutePath().getParent().getParent().getParent().getParent();
    }

    /** The first column of the first row of a query on the test database (null when there is no row). */
    public static Object queryOne(String sql, Object... params) {
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests with "
                    + "Maven (mvn verify), which starts the test server and sets it");
        }
        return value;
    }
}
