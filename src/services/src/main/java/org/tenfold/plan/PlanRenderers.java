package org.tenfold.plan;

import jakarta.enterprise.context.ApplicationScoped;
import org.tenfold.report.PlanPdf;
import org.tenfold.report.ReportEngine;

/**
 * The one set of PDF renderers of this server: the engine (with the embedded font's bytes loaded once)
 * and the plan document. Both are immutable and thread-safe, so every request shares them.
 */
@ApplicationScoped
public class PlanRenderers {

    private final ReportEngine engine = ReportEngine.standard();
    private final PlanPdf plan = new PlanPdf(engine);

    public ReportEngine engine() {
        return engine;
    }

    public PlanPdf plan() {
        return plan;
    }
}
