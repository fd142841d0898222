package org.tenfold.care;

import java.time.Instant;

/** A case has just closed, in the transaction that closed it: observers stop what belongs to it. */
public record CaseClosed(CareCase theCase, String by, Instant at) {
}
