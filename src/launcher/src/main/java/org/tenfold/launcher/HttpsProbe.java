package org.tenfold.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Waits for a page over HTTPS, trusting exactly this installation's certificate (whatever names it carries). */
final class HttpsProbe {

    private HttpsProbe() {
    }

    /** An SSL context that trusts only the given certificate. */
    static SSLContext trusting(X509Certificate certificate) throws GeneralSecurityException, IOException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("tenfold", certificate);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    /** Waits until the page answers 200, which includes the first-request warm-up. */
    static void awaitPage(URI page, X509Certificate certificate, Duration timeout, Path serverLog)
            throws InterruptedException, GeneralSecurityException, IOException {
        SSLContext context = trusting(certificate);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpsURLConnection c = (HttpsURLConnection) page.toURL().openConnection();
                c.setSSLSocketFactory(context.getSocketFactory());
                // the certificate is trusted as such; an operator's may not name localhost
                c.setHostnameVerifier((host, session) -> {
                    try {
                        Certificate[] presented = session.getPeerCertificates();
                        return presented.length > 0 && presented[0].equals(certificate);
                    } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
                        return false;
                    }
                });
                c.setConnectTimeout(2000);
                c.setReadTimeout(30000);
                int status = c.getResponseCode();
                c.disconnect();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(page + " did not answer 200 within " + timeout.toSeconds() + " s; see "
                + serverLog);
    }
}
