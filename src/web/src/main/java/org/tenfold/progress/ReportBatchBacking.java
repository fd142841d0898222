package org.tenfold.progress;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tenfold.platform.BusinessException;
import org.tenfold.progress.ProgressReportViews.BatchView;
import org.tenfold.shell.Screens;

/**
 * The counsellor's monthly drafts: start the batch and watch it. Progress is read from the batch row,
 * so leaving the page and coming back shows where it stands.
 */
@Named
@ViewScoped
public class ReportBatchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final java.time.format.DateTimeFormatter RESUMED = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    ProgressReportBatchService batches;

    @Inject
    org.tenfold.clinic.ClinicProfile clinic;

    private BatchView batch;

    public void load() {
        batch = batches.latest();
    }

    public void start() {
        try {
            batch = batches.start(null, null);
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    /** For the progress bar's polling: 0 to 100. */
    public Integer getProgress() {
        if (batch != null && "RUNNING".equals(batch.status())) {
            batch = batches.get(batch.id());
        }
        return batch == null ? 0 : batch.percent();
    }

    public boolean isRunning() {
        return batch != null && "RUNNING".equals(batch.status());
    }

    public BatchView getBatch() {
        return batch;
    }

    /** "HH:mm" (clinic time) when the batch was last resumed after its worker stopped; null if never. */
    public String getResumedAt() {
        return batch == null || batch.resumedAt() == null ? null
                : RESUMED.format(batch.resumedAt().atZone(clinic.zone()));
    }

    public java.util.List<ProgressReportViews.ItemFailure> getFailures() {
        return batch == null ? java.util.List.of() : batch.failures();
    }
}
