package org.tenfold.measure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.tenfold.measure.MeasureViews.StepCheckIn;
import org.tenfold.measure.MeasureViews.StepCheckIns;
import org.tenfold.plan.PlanBacking;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Ids;

/**
 * The plan screen's questionnaires: each one answered in the case, with every member's scores the reader may see
 * on one chart (a couple's CSI-4 side by side), and under each step the client's own check-in rating beside the
 * counsellor's. Read once per view of the plan; the plan itself shows any refusal.
 */
@Named("planMeasures")
@ViewScoped
public class PlanMeasuresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A step's comparison chart and its sentence. */
    public record StepChart(String svg, String summary) {
    }

    @Inject
    ScoreService scores;

    @Inject
    PlanBacking plan;

    private transient List<ChartMeasuresBacking.ChartRow> charts;
    private transient Map<String, StepChart> steps;
    private transient List<String> withheld;

    public List<ChartMeasuresBacking.ChartRow> getCharts() {
        if (charts == null) {
            OptionalLong caseId = Ids.parse(plan.getCaseId());
            try {
                charts = caseId.isEmpty() ? List.of() : scores.ofCase(caseId.getAsLong(), null).stream()
                        .map(c -> ChartMeasuresBacking.row(c, "case")).toList();
            } catch (BusinessException e) {
                charts = List.of();
            }
        }
        return charts;
    }

    /** The step's comparison, or null when no member has rated it in a check-in. */
    public StepChart step(String stepCode) {
        if (steps == null) {
            steps = new HashMap<>();
            OptionalLong caseId = Ids.parse(plan.getCaseId());
            if (caseId.isPresent()) {
                try {
                    StepCheckIns all = scores.stepCheckIns(caseId.getAsLong());
                    withheld = all.withheld();
                    for (StepCheckIn s : all.steps()) {
                        if (s.members().stream().anyMatch(m -> !m.points().isEmpty())) {
                            steps.put(s.stepCode(), new StepChart(SvgCharts.step(s), summary(s)));
                        }
                    }
                } catch (BusinessException e) {
                    // the plan shows the refusal
                }
            }
        }
        return steps.get(stepCode);
    }

    static String summary(StepCheckIn s) {
        StringBuilder b = new StringBuilder();
        if (!s.counsellor().isEmpty()) {
            b.append("Counsellor's latest rating ").append(s.counsellor().get(s.counsellor().size() - 1).rating()).append("/10. ");
        }
        for (MeasureViews.Series m : s.members()) {
            if (!m.points().isEmpty()) {
                MeasureViews.Point last = m.points().get(m.points().size() - 1);
                b.append(m.member().displayName()).append("'s own latest rating ").append(SvgCharts.number(last.score()))
                        .append("/10. ");
            }
        }
        return b.toString().strip();
    }

    public List<String> getWithheld() {
        return withheld == null ? List.of() : withheld;
    }
}
