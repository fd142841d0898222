package org.tenfold.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.tenfold.report.Letterhead;

/**
 * The one place that makes the letterhead of the clinic's documents (plan PDFs, progress reports):
 * the clinic's name, address and contact lines, and the logo. The logo's bytes are kept in memory and
 * read again only when its checksum in the database changes, so a new logo shows at once on every server.
 */
@ApplicationScoped
public class Letterheads {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicProfile profile;

    private volatile CachedLogo cached;

    private record CachedLogo(String sha256, byte[] bytes) {
    }

    public Letterhead letterhead() {
        return new Letterhead(profile.name(), LetterheadSettings.of(profile.all()).lines(), logoBytes());
    }

    /** The logo as stored, or null when the clinic has none. */
    public byte[] logoBytes() {
        List<String> sha = em.createQuery("SELECT l.sha256 FROM ClinicLogo l WHERE l.id = :id", String.class)
                .setParameter("id", ClinicLogo.ID).getResultList();
        if (sha.isEmpty()) {
            cached = null;
            return null;
        }
        CachedLogo c = cached;
        if (c == null || !c.sha256().equals(sha.get(0))) {
            ClinicLogo logo = em.find(ClinicLogo.class, ClinicLogo.ID);
            if (logo == null) {
                return null;
            }
            c = new CachedLogo(logo.getSha256(), logo.getBytes());
            cached = c;
        }
        return c.bytes();
    }

    void forget() {
        cached = null;
    }
}
