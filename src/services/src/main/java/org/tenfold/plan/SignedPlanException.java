package org.tenfold.plan;

import org.tenfold.platform.BusinessException;

/** A change to a plan version that is no longer a draft (409): a signed plan is revised, never edited. */
public class SignedPlanException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE = "signed plans cannot be changed; revise it";

    public SignedPlanException() {
        super(Kind.CONFLICT, MESSAGE);
    }
}
