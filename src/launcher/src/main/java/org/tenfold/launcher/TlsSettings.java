package org.tenfold.launcher;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the HTTPS certificate comes from. By default the launcher makes a key pair and a self-signed
 * certificate for this installation ({@code localhost}, the host's name, and {@code TENFOLD_TLS_HOSTS}).
 * An operator's own: {@code TENFOLD_TLS_CERT} + {@code TENFOLD_TLS_KEY} (PEM chain and PKCS#8 key, as a
 * public CA issues them), or {@code TENFOLD_TLS_KEYSTORE} + {@code TENFOLD_TLS_KEYSTORE_PASSWORD} (PKCS#12).
 * {@code TENFOLD_TLS_PROXY=true} declares a TLS-terminating reverse proxy (named in
 * {@code TENFOLD_TRUSTED_PROXIES}), whose {@code X-Forwarded-Proto} then says whether a request was HTTPS.
 */
record TlsSettings(Path certificatePem, Path keyPem, Path keystore, String keystorePassword, String keystoreAlias,
        boolean proxy, List<String> hostNames) {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*");

    static TlsSettings fromEnvironment(Map<String, String> env) {
        Path cert = path(env, "TENFOLD_TLS_CERT");
        Path key = path(env, "TENFOLD_TLS_KEY");
        Path keystore = path(env, "TENFOLD_TLS_KEYSTORE");
        if ((cert == null) != (key == null)) {
            throw new IllegalArgumentException("TENFOLD_TLS_CERT and TENFOLD_TLS_KEY go together: the certificate"
                    + " chain (PEM) and its private key (PEM, PKCS#8)");
        }
        if (cert != null && keystore != null) {
            throw new IllegalArgumentException("Set either TENFOLD_TLS_CERT/TENFOLD_TLS_KEY or TENFOLD_TLS_KEYSTORE,"
                    + " not both");
        }
        String proxy = env.getOrDefault("TENFOLD_TLS_PROXY", "false").strip().toLowerCase(Locale.ROOT);
        if (!proxy.equals("true") && !proxy.equals("false")) {
            throw new IllegalArgumentException("TENFOLD_TLS_PROXY is true or false, not '" + proxy + "'");
        }
        if (proxy.equals("true") && env.getOrDefault("TENFOLD_TRUSTED_PROXIES", "").isBlank()) {
            throw new IllegalArgumentException("TENFOLD_TLS_PROXY=true needs TENFOLD_TRUSTED_PROXIES: the address of the"
                    + " proxy whose X-Forwarded-Proto header is believed");
        }
        return new TlsSettings(cert, key, keystore, env.getOrDefault("TENFOLD_TLS_KEYSTORE_PASSWORD", ""),
                blankToNull(env.get("TENFOLD_TLS_KEYSTORE_ALIAS")), proxy.equals("true"),
                hostNames(env.getOrDefault("TENFOLD_TLS_HOSTS", ""), localHostName()));
    }

    static TlsSettings forTests() {
        return new TlsSettings(null, null, null, "", null, false, hostNames("", null));
    }

    boolean generated() {
        return certificatePem == null && keystore == null;
    }

    /** localhost, then the host's own name and the configured ones that are valid DNS names. */
    static List<String> hostNames(String configured, String localHost) {
        Set<String> names = new LinkedHashSet<>();
        names.add("localhost");
        List<String> candidates = new ArrayList<>();
        if (localHost != null) {
            candidates.add(localHost);
        }
        for (String c : configured.split(",")) {
            candidates.add(c);
        }
        for (String c : candidates) {
            String name = c.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!HOST.matcher(name).matches() || name.length() > 253) {
                throw new IllegalArgumentException("'" + c.strip() + "' is not a host name for the certificate"
                        + " (TENFOLD_TLS_HOSTS: names like clinic.example.org, comma-separated)");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    private static String localHostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return HOST.matcher(name).matches() ? name : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static Path path(Map<String, String> env, String name) {
        String value = blankToNull(env.get(name));
        return value == null ? null : Path.of(value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "TlsSettings[" + (generated() ? "generated for " + hostNames : certificatePem != null
                ? certificatePem.toString() : keystore.toString()) + (proxy ? ", behind a TLS proxy" : "") + "]";
    }
}
