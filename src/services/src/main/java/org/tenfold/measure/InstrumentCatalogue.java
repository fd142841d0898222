package org.tenfold.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.plan.FrameworkCatalogue;

/**
 * The instruments in the reference tables: stores a checked definition as a new version, finds the version to
 * give (the newest) and the version a response was given on. A stored version never changes, so its definition
 * is kept in memory once read (safe on every server of a cluster). No role is needed here: the callers check.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InstrumentCatalogue {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    FrameworkCatalogue framework;

    private final Map<Long, InstrumentDefinition> definitions = new ConcurrentHashMap<>();

    /** What loading a definition did. */
    public enum Loaded {
        /** Stored as a new version. */
        NEW,
        /** This version was stored already, with the same text. */
        SAME,
    }

    /**
     * Stores the definition's version unless it is stored already with the same text; a stored version whose text
     * differs is refused (409): a new wording needs a new version.
     */
    public Loaded load(String text, Instrument.Origin origin, String by) {
        InstrumentDefinition d;
        try {
            d = InstrumentDefinitions.parse(text);
        } catch (InstrumentDefinitions.InvalidDefinition e) {
            throw new InvalidInputException("definition", e.getMessage());
        }
        List<String> unknownSteps = d.items().stream().map(InstrumentDefinition.Item::stepCode)
                .filter(s -> s != null && framework.step(s).isEmpty()).toList();
        if (!unknownSteps.isEmpty()) {
            throw new InvalidInputException("definition", "These step codes are not steps of the framework: "
                    + unknownSteps + ".");
        }
        String sha = InstrumentDefinitions.sha256(text);
        Optional<Instrument> stored = version(d.code(), d.version());
        if (stored.isPresent()) {
            if (stored.get().getDefinitionSha256().equals(sha) || stored.get().definition().equals(d)) {
                return Loaded.SAME;
            }
            throw new BusinessException(BusinessException.Kind.CONFLICT, "Version " + d.version() + " of " + d.code()
                    + " is stored already with other content. Give the changed definition a new version number.");
        }
        Optional<Instrument> newest = latest(d.code());
        if (newest.isPresent() && newest.get().getDefinitionVersion() > d.version()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, d.code() + " is at version "
                    + newest.get().getDefinitionVersion() + " already; a new definition needs a higher version.");
        }
        em.persist(new Instrument(d, sha, origin, by, Instant.now()));
        em.flush();
        return Loaded.NEW;
    }

    /** The newest version of an instrument. */
    public Optional<Instrument> latest(String code) {
        return em.createNamedQuery("Instrument.findVersions", Instrument.class).setParameter("code", code)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public Instrument requireLatest(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(field, "Choose a questionnaire.");
        }
        return latest(code.strip()).orElseThrow(() -> new InvalidInputException(field,
                "There is no questionnaire " + code.strip() + "."));
    }

    public Optional<Instrument> version(String code, int version) {
        return em.createNamedQuery("Instrument.findVersions", Instrument.class).setParameter("code", code)
                .getResultStream().filter(i -> i.getDefinitionVersion() == version).findFirst();
    }

    public List<Instrument> all() {
        return em.createNamedQuery("Instrument.findAll", Instrument.class).getResultList();
    }

    public Instrument get(long id) {
        Instrument i = em.find(Instrument.class, id);
        if (i == null) {
            throw new NotFoundException("Instrument", id);
        }
        return i;
    }

    /** The definition of a stored version, read once. */
    public InstrumentDefinition definition(long instrumentId) {
        return definitions.computeIfAbsent(instrumentId, id -> get(id).definition());
    }

    public InstrumentDefinition definition(Instrument i) {
        return definitions.computeIfAbsent(i.getId(), id -> i.definition());
    }
}
