package org.tenfold.measure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the definitions Tenfold ships into the reference tables when the application starts, each file in a
 * transaction of its own: a version stored already is left as it is; a file whose version is stored with other
 * content is refused with a warning (the stored version stays: a new wording needs a new version); a second
 * server starting at the same moment finds the row the first wrote (the unique code and version).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "FirstStart"})
@TransactionManagement(TransactionManagementType.BEAN)
public class InstrumentLoader {

    private static final Logger LOG = Logger.getLogger(InstrumentLoader.class.getName());
    static final String ACTOR = "system";

    @Resource
    UserTransaction transaction;

    @Inject
    InstrumentCatalogue catalogue;

    @PostConstruct
    void loadBundled() {
        int loaded = 0;
        for (String name : InstrumentDefinitions.bundledNames()) {
            try {
                transaction.begin();
                InstrumentCatalogue.Loaded result = catalogue.load(InstrumentDefinitions.bundledText(name),
                        Instrument.Origin.BUNDLED, ACTOR);
                transaction.commit();
                loaded += result == InstrumentCatalogue.Loaded.NEW ? 1 : 0;
            } catch (Exception e) {
                rollback();
                LOG.log(Level.WARNING, "The questionnaire definition " + name + " was not loaded: " + e.getMessage());
            }
        }
        int count = loaded;
        LOG.info(() -> "Questionnaire definitions: " + count + " new version(s) loaded");
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            LOG.log(Level.FINE, "rollback", e);
        }
    }
}
