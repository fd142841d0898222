package org.tenfold.reminder;

/** What one dispatch pass did: rows it claimed, and of those how many were sent, skipped or failed. */
public record DispatchResult(int claimed, int sent, int skipped, int failed) {

    public DispatchResult plus(DispatchResult o) {
        return new DispatchResult(claimed + o.claimed, sent + o.sent, skipped + o.skipped, failed + o.failed);
    }
}
