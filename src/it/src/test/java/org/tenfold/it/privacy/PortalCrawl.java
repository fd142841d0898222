package org.tenfold.it.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.tenfold.it.portal.PortalData;
import org.tenfold.it.portal.PortalVisitor;
import org.tenfold.it.privacy.Outputs.Output;

/**
 * Everything a signed-in client can read in their portal: every page of the portal module (each .xhtml under
 * src/portal's webapp, read from the source tree, so a page added later is read too), every report download,
 * asked for by each of the case's report ids, and the answering page of each of the case's questionnaires that
 * wait in a portal (both partners' ids: the other's answers "not found").
 */
final class PortalCrawl {

    private PortalCrawl() {
    }

    static List<Output> everything(PortalVisitor client, List<Long> reports, List<Long> questionnaires)
            throws IOException {
        List<Output> out = new ArrayList<>();
        for (String page : pages()) {
            PortalVisitor.Page p = client.get(page);
            out.add(new Output("portal/" + page, p.status(), p.contentType(), p.body()));
        }
        assertTrue(out.stream().anyMatch(o -> o.where().endsWith("tasks.xhtml") && o.status() == 200),
                "the client was signed in while their portal was read");
        for (long report : reports) {
            PortalVisitor.Page p = client.get("file?d=" + report);
            out.add(new Output("portal/file?d=" + report, p.status(), p.contentType(),
                    Outputs.text(p.contentType(), "portal/file?d=" + report, p.bytes())));
        }
        for (long q : questionnaires) {
            PortalVisitor.Page p = client.get("fill.xhtml?f=" + q);
            out.add(new Output("portal/fill.xhtml?f=" + q, p.status(), p.contentType(), p.body()));
        }
        return out;
    }

    /** Whether the crawl opened this questionnaire's answering page (200). */
    static boolean opened(List<Output> crawl, long questionnaire) {
        return crawl.stream().anyMatch(o -> o.where().equals("portal/fill.xhtml?f=" + questionnaire)
                && o.status() == 200);
    }

    /** Whether the crawl downloaded this report (200, a PDF). */
    static boolean downloaded(List<Output> crawl, long report) {
        return crawl.stream().anyMatch(o -> o.where().equals("portal/file?d=" + report) && o.status() == 200
                && o.contentType().startsWith("application/pdf"));
    }

    static List<String> pages() throws IOException {
        return PortalData.pages();
    }
}
