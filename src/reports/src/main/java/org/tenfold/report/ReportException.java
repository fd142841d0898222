package org.tenfold.report;

/** A document could not be produced (unreadable input PDF, I/O failure inside PDFBox). */
public class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
