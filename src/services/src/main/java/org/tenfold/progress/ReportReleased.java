package org.tenfold.progress;

import java.util.List;

/** A progress report was released to these clients (both members for a joint report); fired in the transaction. */
public record ReportReleased(long reportId, List<Long> clientIds) {

    public ReportReleased {
        clientIds = List.copyOf(clientIds);
    }
}
