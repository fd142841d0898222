package org.tenfold.launcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The HTTPS key pair and certificate of this installation, installed into the domain's key store
 * under {@link #ALIAS} (the HTTPS listener uses it instead of Payara's demo certificate, which every
 * Payara download shares). Made on first start with the JDK's keytool and kept in the server folder;
 * or an operator's own, read from PEM files or a PKCS#12 key store.
 */
final class TlsCertificate {

    static final String ALIAS = "tenfold";
    /** The public certificate, for browsers and scripts that should trust this installation. */
    static final String PUBLIC_PEM = "tenfold-certificate.pem";
    private static final String KEYSTORE = "tenfold-tls.p12";
    private static final String KEYSTORE_PASSWORD = "tenfold-tls.password";
    /** Payara's master password, which protects the domain's key store (its default; see security.md). */
    private static final char[] DOMAIN_STORE_PASSWORD = "changeit".toCharArray();
    private static final Duration VALIDITY = Duration.ofDays(825);
    private static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private final PrivateKey key;
    private final X509Certificate[] chain;
    private final Path publicPem;

    private TlsCertificate(PrivateKey key, X509Certificate[] chain, Path publicPem) {
        this.key = key;
        this.chain = chain;
        this.publicPem = publicPem;
    }

    static TlsCertificate prepare(TlsSettings settings, Path serverFolder) throws IOException, GeneralSecurityException,
            InterruptedException {
        ServerFolder.create(serverFolder);
        TlsCertificate certificate;
        if (settings.certificatePem() != null) {
            certificate = fromPem(settings.certificatePem(), settings.keyPem());
        } else if (settings.keystore() != null) {
            certificate = fromKeyStore(settings.keystore(), settings.keystorePassword().toCharArray(),
                    settings.keystoreAlias());
        } else {
            certificate = generated(serverFolder, settings.hostNames());
        }
        Path pem = serverFolder.resolve(PUBLIC_PEM);
        Files.writeString(pem, pem(certificate.chain[0]), StandardCharsets.US_ASCII);
        return new TlsCertificate(certificate.key, certificate.chain, pem);
    }

    Path publicPem() {
        return publicPem;
    }

    X509Certificate certificate() {
        return chain[0];
    }

    /** SHA-256 of the certificate's public key (SPKI), Base64: what browsers pin with. */
    String publicKeySha256() throws GeneralSecurityException {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(chain[0].getPublicKey().getEncoded()));
    }

    /** The key and chain as one PEM file (owner-only), as a TLS-terminating load balancer such as HAProxy reads it. */
    void writeCombinedPem(Path file) throws IOException, GeneralSecurityException {
        StringBuilder pem = new StringBuilder();
        for (X509Certificate c : chain) {
            pem.append(pem(c));
            if (pem.charAt(pem.length() - 1) != '\n') {
                pem.append('\n');
            }
        }
        pem.append("-----BEGIN PRIVATE KEY-----\n")
                .append(Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded()))
                .append("\n-----END PRIVATE KEY-----\n");
        ServerFolder.writeSecret(file, pem.toString());
    }

    /** Puts the key and chain into the domain's key store under {@link #ALIAS}. */
    void installInto(Path domainConfig) throws IOException, GeneralSecurityException {
        Path store = domainConfig.resolve("keystore.p12");
        KeyStore domainStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            domainStore.load(in, DOMAIN_STORE_PASSWORD);
        }
        domainStore.setKeyEntry(ALIAS, key, DOMAIN_STORE_PASSWORD, chain);
        try (OutputStream out = Files.newOutputStream(store)) {
            domainStore.store(out, DOMAIN_STORE_PASSWORD);
        }
        ServerFolder.ownerOnly(store);
    }

    // ---- made here ------------------------------------------------------------------------------

    private static TlsCertificate generated(Path folder, List<String> hostNames) throws IOException,
            GeneralSecurityException, InterruptedException {
        Path store = folder.resolve(KEYSTORE);
        Path passwordFile = folder.resolve(KEYSTORE_PASSWORD);
        if (Files.isRegularFile(store) && Files.isRegularFile(passwordFile)) {
            char[] password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray();
            TlsCertificate existing = fromKeyStore(store, password, ALIAS);
            if (stillGood(existing.chain[0], hostNames)) {
                return existing;
            }
            Log.step("The HTTPS certificate in " + store + " expires soon or lacks a host name; making a new one");
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ServerFolder.writeSecret(passwordFile, password + "\n");
        Files.deleteIfExists(store);
        List<String> san = new ArrayList<>();
        hostNames.forEach(h -> san.add("dns:" + h));
        san.add("ip:127.0.0.1");
        san.add("ip:0:0:0:0:0:0:0:1");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
                "-validity", String.valueOf(VALIDITY.toDays()),
                "-dname", "CN=" + hostNames.get(hostNames.size() - 1) + ", O=Tenfold (this installation only)",
                "-ext", "SAN=" + String.join(",", san), "-ext", "EKU=serverAuth", "-ext", "KU:critical=digitalSignature",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass:env", "TENFOLD_TLS_STOREPASS");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("TENFOLD_TLS_STOREPASS", password);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("keytool could not make the HTTPS key pair:\n" + output);
        }
        ServerFolder.ownerOnly(store);
        Log.step("Made this installation's HTTPS key pair and certificate for " + String.join(", ", hostNames)
                + ": " + store);
        return fromKeyStore(store, password.toCharArray(), ALIAS);
    }

    static boolean stillGood(X509Certificate certificate, List<String> hostNames) throws GeneralSecurityException {
        if (certificate.getNotAfter().toInstant().isBefore(Instant.now().plus(RENEW_BEFORE))) {
            return false;
        }
        List<String> covered = new ArrayList<>();
        Collection<List<?>> names = certificate.getSubjectAlternativeNames();
        for (List<?> name : names == null ? List.<List<?>>of() : names) {
            if (Integer.valueOf(2).equals(name.get(0))) {
                covered.add(String.valueOf(name.get(1)));
            }
        }
        return covered.containsAll(hostNames);
    }

    // ---- an operator's own ----------------------------------------------------------------------

    static TlsCertificate fromKeyStore(Path file, char[] password, String alias) throws IOException,
            GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        String chosen = alias;
        if (chosen == null) {
            chosen = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(file + " holds no private key"));
        }
        if (!isKey(store, chosen)) {
            throw new IllegalArgumentException(file + " has no private key under the alias '" + chosen + "'");
        }
        PrivateKey key = (PrivateKey) store.getKey(chosen, password);
        Certificate[] chain = store.getCertificateChain(chosen);
        return checked(key, toX509(chain), file.toString());
    }

    static TlsCertificate fromPem(Path certificateFile, Path keyFile) throws IOException, GeneralSecurityException {
        List<X509Certificate> chain = new ArrayList<>();
        try (InputStream in = Files.newInputStream(certificateFile)) {
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                chain.add((X509Certificate) c);
            }
        }
        if (chain.isEmpty()) {
            throw new IllegalArgumentException(certificateFile + " holds no certificate (PEM, BEGIN CERTIFICATE)");
        }
        String keyText = Files.readString(keyFile, StandardCharsets.US_ASCII);
        String begin = "-----BEGIN PRIVATE KEY-----";
        int from = keyText.indexOf(begin);
        int to = keyText.indexOf("-----END PRIVATE KEY-----");
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(keyFile + " is not a PKCS#8 PEM key (BEGIN PRIVATE KEY); convert it with"
                    + " 'openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem'");
        }
        byte[] der = Base64.getMimeDecoder().decode(keyText.substring(from + begin.length(), to));
        PrivateKey key = null;
        for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
            try {
                key = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
                break;
            } catch (GeneralSecurityException e) {
                // try the next kind of key
            }
        }
        if (key == null) {
            throw new IllegalArgumentException(keyFile + " is not an RSA, EC or Ed25519 key");
        }
        return checked(key, chain.toArray(X509Certificate[]::new), certificateFile.toString());
    }

    /** The key must belong to the first certificate: proved by signing with one and verifying with the other. */
    private static TlsCertificate checked(PrivateKey key, X509Certificate[] chain, String source)
            throws GeneralSecurityException {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> key.getAlgorithm();
        };
        byte[] probe = "tenfold".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(chain[0].getPublicKey());
        verifier.update(probe);
        if (!verifier.verify(signature)) {
            throw new IllegalArgumentException("The private key does not belong to the certificate in " + source);
        }
        chain[0].checkValidity();
        return new TlsCertificate(key, chain, null);
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static X509Certificate[] toX509(Certificate[] chain) {
        X509Certificate[] x = new X509Certificate[chain.length];
        for (int i = 0; i < chain.length; i++) {
            x[i] = (X509Certificate) chain[i];
        }
        return x;
    }

    static String pem(X509Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    static X509Certificate readPem(String text) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
