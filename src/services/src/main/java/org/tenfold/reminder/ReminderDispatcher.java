package org.tenfold.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One dispatch pass: claim the due rows in batches and send each. Runs on every server (the timer)
 * and on demand (the administrators' API); servers and passes never share a row, because each row is
 * claimed by one committed update before anything is sent.
 */
@ApplicationScoped
public class ReminderDispatcher {

    static final int BATCH = 50;
    static final int MAX_BATCHES = 20;
    private static final int CLAIM_TRIES = 3;
    private static final Logger LOG = Logger.getLogger(ReminderDispatcher.class.getName());

    @Inject
    ReminderWorker worker;

    public DispatchResult dispatchOnce() {
        DispatchResult total = new DispatchResult(0, 0, 0, 0);
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            String token = UUID.randomUUID().toString();
            List<Long> ids = claim(token);
            int sent = 0;
            int skipped = 0;
            int failed = 0;
            for (long id : ids) {
                try {
                    if (worker.deliver(id, token) == ReminderWorker.Outcome.SENT) {
                        sent++;
                    } else {
                        skipped++;
                    }
                } catch (ReminderWorker.NotSentException e) {
                    failed++;
                    boolean givenUp = worker.failed(id, token, e.getMessage());
                    LOG.log(givenUp ? Level.SEVERE : Level.WARNING, "Reminder " + id + " not sent"
                            + (givenUp ? ", given up: " : ", will retry: ") + e.getMessage());
                } catch (RuntimeException e) {
                    // possibly sent: it stays claimed rather than risk a second copy
                    failed++;
                    LOG.log(Level.SEVERE, "Reminder " + id + " may have been sent but was not marked; left claimed", e);
                }
            }
            total = total.plus(new DispatchResult(ids.size(), sent, skipped, failed));
            if (ids.size() < BATCH) {
                break;
            }
        }
        return total;
    }

    /** Racing claims may deadlock in the database; the loser simply tries again. */
    private List<Long> claim(String token) {
        for (int attempt = 1; ; attempt++) {
            try {
                return worker.claim(token, BATCH);
            } catch (RuntimeException e) {
                if (attempt >= CLAIM_TRIES) {
                    throw e;
                }
                LOG.fine("Claim attempt " + attempt + " failed, trying again: " + e);
            }
        }
    }
}
