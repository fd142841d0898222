package org.tenfold.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsCertificateTest {

    @Test
    void aKeyPairIsMadeOnceForTheInstallationsNamesAndKeptOwnerOnly(@TempDir Path dir) throws Exception {
        TlsSettings settings = new TlsSettings(null, null, null, "", null, false,
                TlsSettings.hostNames("clinic.example.org", "frontdesk-pc"));
        TlsCertificate made = TlsCertificate.prepare(settings, dir);
        var names = made.certificate().getSubjectAlternativeNames().stream().map(n -> String.valueOf(n.get(1))).toList();
        assertTrue(names.containsAll(List.of("localhost", "frontdesk-pc", "clinic.example.org", "127.0.0.1")), names.toString());
        assertTrue(made.certificate().getSubjectX500Principal().getName().contains("Tenfold"));
        assertEquals("rw-------", AdminAccess.mode(dir.resolve("tenfold-tls.p12")));
        assertEquals(made.certificate(), TlsCertificate.readPem(Files.readString(made.publicPem())));

        TlsCertificate again = TlsCertificate.prepare(settings, dir);
        assertEquals(made.certificate(), again.certificate(), "kept across starts");
        TlsCertificate renamed = TlsCertificate.prepare(new TlsSettings(null, null, null, "", null, false,
                TlsSettings.hostNames("clinic.example.org,new.example.org", "frontdesk-pc")), dir);
        assertTrue(!renamed.certificate().equals(made.certificate()), "a new name makes a new certificate");
    }

    @Test
    void anOperatorsKeyMustBelongToTheirCertificate(@TempDir Path dir) throws Exception {
        TlsCertificate made = TlsCertificate.prepare(TlsSettings.forTests(), dir.resolve("a"));
        Path cert = made.publicPem();
        var other = KeyPairGenerator.getInstance("EC").generateKeyPair();
        Path key = dir.resolve("key.pem");
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                other.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TlsCertificate.fromPem(cert, key));
        assertTrue(e.getMessage().contains("does not belong"), e.getMessage());
    }

    @Test
    void settingsAreCheckedBeforeAnythingStarts() {
        assertThrows(IllegalArgumentException.class, () -> TlsSettings.fromEnvironment(Map.of("TENFOLD_TLS_CERT", "/x.pem")));
        assertThrows(IllegalArgumentException.class, () -> TlsSettings.fromEnvironment(Map.of("TENFOLD_TLS_PROXY", "true")));
        assertThrows(IllegalArgumentException.class, () -> TlsSettings.fromEnvironment(Map.of("TENFOLD_TLS_PROXY", "yes",
                "TENFOLD_TRUSTED_PROXIES", "10.0.0.1")));
        assertThrows(IllegalArgumentException.class, () -> TlsSettings.hostNames("bad name!", null));
        assertTrue(TlsSettings.fromEnvironment(Map.of("TENFOLD_TLS_PROXY", "true", "TENFOLD_TRUSTED_PROXIES", "10.0.0.1"))
                .proxy());
    }
}
