package org.tenfold.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.tenfold.progress.ProgressReportBatchService.BatchStarted;

/** Hands a batch to the background worker once its row has committed, so the worker always finds it. */
@ApplicationScoped
public class ReportBatchLauncher {

    @Inject
    ReportBatchWorker worker;

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) BatchStarted started) {
        worker.run(started.batchId(), started.token());
    }
}
