package org.tenfold.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often anyone may try to sign in, decided before any password is hashed or any account read: per
 * source address and per username (known or not, so the answer tells nothing), a burst of attempts and then
 * one more every few seconds (token buckets). A successful sign-in gives its attempt back. Kept in memory on
 * each server: with several servers behind a balancer each counts on its own (see security.md).
 */
@ApplicationScoped
public class SignInThrottle {

    /** Bounded: past this many tracked keys, the idle ones (full buckets) are forgotten. */
    static final int MAX_KEYS = 20_000;

    @Inject
    @ConfigProperty(name = "tenfold.sign-in.address-attempts", defaultValue = "20")
    int addressAttempts;

    @Inject
    @ConfigProperty(name = "tenfold.sign-in.address-refill-seconds", defaultValue = "3")
    int addressRefillSeconds;

    @Inject
    @ConfigProperty(name = "tenfold.sign-in.username-attempts", defaultValue = "6")
    int usernameAttempts;

    @Inject
    @ConfigProperty(name = "tenfold.sign-in.username-refill-seconds", defaultValue = "30")
    int usernameRefillSeconds;

    private Buckets addresses;
    private Buckets usernames;

    public SignInThrottle() {
    }

    SignInThrottle(int addressAttempts, int addressRefillSeconds, int usernameAttempts, int usernameRefillSeconds) {
        this.addressAttempts = addressAttempts;
        this.addressRefillSeconds = addressRefillSeconds;
        this.usernameAttempts = usernameAttempts;
        this.usernameRefillSeconds = usernameRefillSeconds;
        init();
    }

    @PostConstruct
    void init() {
        addresses = new Buckets(Math.max(1, addressAttempts), Duration.ofSeconds(Math.max(1, addressRefillSeconds)));
        // one more than the lockout count, so the attempt that meets a locked account is still answered
        usernames = new Buckets(Math.max(Staff.MAX_FAILED_LOGINS + 1, usernameAttempts),
                Duration.ofSeconds(Math.max(1, usernameRefillSeconds)));
    }

    /** What the throttle decided: go ahead (the attempt is counted), or wait this long. */
    public record Decision(boolean admitted, Duration waitTime, boolean firstRefusal, String refusedKey) {
        static final Decision ADMITTED = new Decision(true, Duration.ZERO, false, null);
    }

    public Decision admit(String address, String username) {
        return admit(address, username, System.nanoTime());
    }

    Decision admit(String address, String username, long nanos) {
        String a = address == null ? "unknown" : address;
        String u = normalised(username);
        Optional<Duration> addressWait = addresses.waitFor(a, nanos);
        Optional<Duration> usernameWait = usernames.waitFor(u, nanos);
        if (addressWait.isPresent() || usernameWait.isPresent()) {
            boolean byAddress = addressWait.isPresent()
                    && addressWait.get().compareTo(usernameWait.orElse(Duration.ZERO)) >= 0;
            String key = byAddress ? "address " + a : "username " + u;
            boolean first = byAddress ? addresses.markRefusing(a) : usernames.markRefusing(u);
            return new Decision(false, byAddress ? addressWait.get() : usernameWait.get(), first, key);
        }
        addresses.take(a, nanos);
        usernames.take(u, nanos);
        return Decision.ADMITTED;
    }

    /** A right password (and code): the attempt is given back to the address, the username starts afresh. */
    public void succeeded(String address, String username) {
        addresses.giveBack(address == null ? "unknown" : address);
        usernames.forget(normalised(username));
    }

    /**
     * A right password with a second step still to come: the address gets this attempt back, as after a whole
     * sign-in, since the code step takes an attempt of its own (without this, every two-step sign-in would cost
     * its address one attempt for good). The username's attempts stay counted until the sign-in completes.
     */
    public void passwordRight(String address) {
        addresses.giveBack(address == null ? "unknown" : address);
    }

    private static String normalised(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > 64 ? u.substring(0, 64) : u;
    }

    /** Token buckets by key. */
    static final class Buckets {
        private final int capacity;
        private final long refillNanos;
        private final Map<String, Bucket> byKey = new ConcurrentHashMap<>();

        Buckets(int capacity, Duration refill) {
            this.capacity = capacity;
            this.refillNanos = refill.toNanos();
        }

        Optional<Duration> waitFor(String key, long now) {
            Bucket b = byKey.get(key);
            if (b == null) {
                return Optional.empty();
            }
            synchronized (b) {
                b.refill(now, capacity, refillNanos);
                if (b.tokens >= 1) {
                    return Optional.empty();
                }
                return Optional.of(Duration.ofNanos((long) Math.ceil((1 - b.tokens) * refillNanos)));
            }
        }

        void take(String key, long now) {
            if (byKey.size() > MAX_KEYS) {
                forgetIdle(now);
            }
            Bucket b = byKey.computeIfAbsent(key, k -> new Bucket(capacity, now));
            synchronized (b) {
                b.refill(now, capacity, refillNanos);
                b.tokens = Math.max(0, b.tokens - 1);
                b.refusing = false;
            }
        }

        boolean markRefusing(String key) {
            Bucket b = byKey.get(key);
            if (b == null) {
                return false;
            }
            synchronized (b) {
                boolean first = !b.refusing;
                b.refusing = true;
                return first;
            }
        }

        void giveBack(String key) {
            Bucket b = byKey.get(key);
            if (b != null) {
                synchronized (b) {
                    b.tokens = Math.min(capacity, b.tokens + 1);
                }
            }
        }

        void forget(String key) {
            byKey.remove(key);
        }

        private void forgetIdle(long now) {
            byKey.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    e.getValue().refill(now, capacity, refillNanos);
                    return e.getValue().tokens >= capacity;
                }
            });
            if (byKey.size() > MAX_KEYS) {
                byKey.clear(); // a flood of distinct keys: start over rather than grow without bound
            }
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;
        boolean refusing;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updated = now;
        }

        void refill(long now, int capacity, long refillNanos) {
            if (now > updated) {
                tokens = Math.min(capacity, tokens + (double) (now - updated) / refillNanos);
                updated = now;
            }
        }
    }
}
