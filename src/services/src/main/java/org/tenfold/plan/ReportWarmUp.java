package org.tenfold.plan;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads PDFBox and the report font on a managed thread once the application is deployed, so the first
 * plan PDF a counsellor asks for is as quick as the rest, without slowing the deployment itself.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportWarmUp {

    private static final Logger LOG = Logger.getLogger(ReportWarmUp.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    PlanRenderers renderers;

    @PostConstruct
    void start() {
        executor.submit(() -> {
            long started = System.nanoTime();
            try {
                renderers.engine().warmUp();
                LOG.info(() -> "Report renderers ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            } catch (RuntimeException e) {
                // the first real report then pays the start-up cost, and shows any real error itself
                LOG.log(Level.WARNING, "Report warm-up failed", e);
            }
        });
    }
}
