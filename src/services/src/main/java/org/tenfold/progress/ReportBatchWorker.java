package org.tenfold.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tenfold.progress.ProgressReportBatchService.Item;
import org.tenfold.staff.Roles;

/**
 * Makes a batch's drafts in the background, as the counsellor who started it (the caller's identity
 * travels with the asynchronous call, so every access rule and audit row is theirs). Each draft is its own
 * transaction: one that fails is counted and the rest go on.
 */
@Stateless
public class ReportBatchWorker {

    private static final Logger LOG = Logger.getLogger(ReportBatchWorker.class.getName());

    @Inject
    ProgressReportService reports;

    @Inject
    ProgressReportBatchService batches;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public void run(long batchId, LocalDate from, LocalDate to, List<Item> items) {
        for (Item item : items) {
            boolean ok;
            try {
                reports.generateInBatch(item.clientId(), new ProgressReportService.NewReport(item.caseId(), from, to,
                        item.kind()), batchId);
                ok = true;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Batch " + batchId + ": no draft for client " + item.clientId(), e);
                ok = false;
            }
            batches.counted(batchId, ok);
        }
    }
}
