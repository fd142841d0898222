package org.tenfold.care;

import org.tenfold.platform.BusinessException;

/**
 * The caller may not use these clinical records. Raised only by {@link ClinicalAccess}, after the
 * refusal was written to the audit trail in a transaction of its own (so it stays when the caller's
 * transaction rolls back); the API answers 403.
 */
public class AccessRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    AccessRefusedException(String message) {
        super(Kind.FORBIDDEN, message);
    }
}
