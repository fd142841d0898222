package org.tenfold.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The ten steps, read on every plan page, kept in memory. A rewording on this server shows at once
 * (the service drops the copy); on another server of the clinic within {@link #FRESH_FOR}. No role is
 * needed to read it here: the steps are the clinic's published framework, not clinical content.
 */
@ApplicationScoped
public class FrameworkCatalogue {

    /** How long a copy read from the database is used before it is read again. */
    public static final Duration FRESH_FOR = Duration.ofSeconds(30);

    /** The steps in order, and a tag that changes whenever any step's wording does. */
    public record Snapshot(List<StepView> steps, String tag, long loadedAtNanos) {

        public Optional<StepView> byCode(String code) {
            return steps.stream().filter(s -> s.code().equals(code)).findFirst();
        }
    }

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    private volatile Snapshot current;

    public Snapshot snapshot() {
        Snapshot s = current;
        if (s == null || System.nanoTime() - s.loadedAtNanos() > FRESH_FOR.toNanos()) {
            s = load();
            current = s;
        }
        return s;
    }

    public List<StepView> steps() {
        return snapshot().steps();
    }

    public Optional<StepView> step(String code) {
        return code == null ? Optional.empty() : snapshot().byCode(code);
    }

    /** Forgets the copy, after a rewording. */
    public void invalidate() {
        current = null;
    }

    private Snapshot load() {
        List<StepView> steps = em.createNamedQuery("FrameworkStep.findAll", FrameworkStep.class).getResultList()
                .stream().map(StepView::of).toList();
        StringBuilder b = new StringBuilder();
        steps.forEach(s -> b.append(s.code()).append(':').append(s.version()).append(';'));
        return new Snapshot(steps, tag(b.toString()), System.nanoTime());
    }

    private static String tag(String versions) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(versions.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
