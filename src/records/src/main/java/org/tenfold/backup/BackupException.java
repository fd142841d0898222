package org.tenfold.backup;

import java.io.IOException;

/** A backup that cannot be made, opened or trusted; the message says why in the operator's words. */
public class BackupException extends IOException {

    private static final long serialVersionUID = 1L;

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
