package org.tenfold.launcher;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Takes the DEFINER clause out of the trigger and routine definitions of a dump as it is loaded, so they
 * belong to the account that loads them (an empty MySQL's owner need not be called as ours was, and only
 * a superuser may name another definer). Only lines that begin a versioned comment are looked at; the
 * long INSERT lines pass through untouched.
 */
final class DefinerFilter extends FilterOutputStream {

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean passing;
    private boolean atLineStart = true;

    DefinerFilter(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        if (atLineStart) {
            atLineStart = false;
            passing = b != '/' && b != 'C'; // "/*!50017 DEFINER=..." or "CREATE DEFINER=..."
        }
        if (passing) {
            out.write(b);
        } else {
            line.write(b);
        }
        if (b == '\n') {
            if (!passing) {
                out.write(strip(line.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                line.reset();
            }
            atLineStart = true;
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (atLineStart || !passing || b[i] == '\n') {
                if (i > start) {
                    out.write(b, start, i - start);
                }
                write(b[i]);
                start = i + 1;
            }
        }
        if (start < off + len) {
            out.write(b, start, off + len - start);
        }
    }

    @Override
    public void close() throws IOException {
        if (line.size() > 0) {
            out.write(strip(line.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        }
        super.close();
    }

    static String strip(String text) {
        return text.replaceAll("DEFINER=`[^`]*`@`[^`]*`\\s?", "");
    }
}
