package org.tenfold.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for the audit trail and the sign-in records. Behind a reverse proxy every
 * request arrives from the proxy; naming it in {@code tenfold.trusted-proxies} ({@code TENFOLD_TRUSTED_PROXIES}:
 * addresses or CIDR ranges, comma-separated) makes Tenfold read {@code X-Forwarded-For} instead. The header is read
 * from the right, skipping trusted hops, so an address a client wrote into the header itself is never taken unless
 * every hop after it is trusted. Without the setting the header is ignored.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    @Inject
    @ConfigProperty(name = "tenfold.trusted-proxies")
    Optional<String> trustedSetting;

    private List<Range> trusted = List.of();

    @PostConstruct
    void readSetting() {
        trusted = trustedSetting.map(ClientAddress::ranges).orElse(List.of());
    }

    /** Where this request came from: the connection's peer, or the client a trusted proxy forwarded it for. */
    public String of(HttpServletRequest request) {
        Enumeration<String> forwarded = request.getHeaders("X-Forwarded-For");
        return resolve(request.getRemoteAddr(), forwarded == null ? List.of() : Collections.list(forwarded), trusted);
    }

    /** True when the connection comes from a reverse proxy named in {@code tenfold.trusted-proxies}. */
    public boolean fromTrustedProxy(HttpServletRequest request) {
        return isTrusted(request.getRemoteAddr(), trusted);
    }

    static String resolve(String peer, List<String> forwardedHeaders, List<Range> trusted) {
        if (!isTrusted(peer, trusted)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedHeaders) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop).isEmpty()) {
                return client; // not an address: nothing left of it can be believed
            }
            client = hop;
            if (!isTrusted(hop, trusted)) {
                return hop;
            }
        }
        return client;
    }

    /** The ranges a setting names; an entry that is not an address or range is left out, with a warning. */
    static List<Range> ranges(String setting) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : setting.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            Optional<Range> range = Range.parse(e);
            if (range.isPresent()) {
                ranges.add(range.get());
            } else {
                LOG.warning(() -> "tenfold.trusted-proxies: '" + e + "' is not an address or CIDR range; ignored");
            }
        }
        return List.copyOf(ranges);
    }

    private static boolean isTrusted(String address, List<Range> trusted) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && trusted.stream().anyMatch(r -> r.contains(bytes.get()));
    }

    /** The bytes of an IPv4 or IPv6 literal; never a name lookup. */
    static Optional<byte[]> literal(String text) {
        if (text == null || text.length() > 45 || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address and how many leading bits of it a match must share. */
    record Range(byte[] address, int prefixBits) {

        static Optional<Range> parse(String text) {
            int slash = text.indexOf('/');
            Optional<byte[]> address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            int max = address.get().length * 8;
            int bits = max;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (bits < 0 || bits > max) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Range(address.get(), bits));
        }

        boolean contains(byte[] other) {
            if (other.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (other[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
