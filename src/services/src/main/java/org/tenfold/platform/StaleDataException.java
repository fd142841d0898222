package org.tenfold.platform;

/** Someone else saved the record since it was loaded; nothing was overwritten. */
public class StaleDataException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public StaleDataException(String what) {
        super(Kind.STALE, what + " was changed by someone else since you opened it. Nothing was saved: "
                + "reload to see their changes, then make yours again.");
    }
}
