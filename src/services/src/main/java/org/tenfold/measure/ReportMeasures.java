package org.tenfold.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.tenfold.care.CareCase;
import org.tenfold.care.Disclosure;
import org.tenfold.measure.MeasureViews.ChangeView;
import org.tenfold.measure.MeasureViews.Point;
import org.tenfold.measure.MeasureViews.Series;
import org.tenfold.report.MeasureChart;

/**
 * The questionnaires a progress report charts: those the counsellor chose for it, each drawn with its bands and
 * cut-off and one line per person the report may speak of ({@link Disclosure} for the report's purpose: a joint
 * report carries a partner's scores only while that partner shares; an own report only its client's). Totals
 * only, from the case's counted responses in the report's period: never an item's answer, never a note.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportMeasures {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    MeasureHistory history;

    @Inject
    InstrumentCatalogue catalogue;

    /** The codes chosen for a report, in order. */
    public List<String> chosen(long reportId) {
        return em.createNamedQuery("ReportMeasure.findOfReport", ReportMeasure.class).setParameter("reportId", reportId)
                .getResultList().stream().map(ReportMeasure::getInstrumentCode).toList();
    }

    /**
     * The charts of a report about these clients ({@code audience}) in this case and period; {@code name} gives each
     * client's first name.
     */
    public List<MeasureChart> charts(long reportId, CareCase c, Disclosure disclosure, Collection<Long> audience,
            Instant from, Instant to, Function<Long, String> name) {
        List<String> codes = chosen(reportId);
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Long> members = audience.stream().filter(disclosure::mayShow).toList();
        MeasureHistory.History h = history.of(members);
        List<MeasureChart> charts = new ArrayList<>();
        for (String code : codes) {
            InstrumentDefinition d = catalogue.latest(code).map(catalogue::definition).orElse(null);
            if (d == null) {
                continue;
            }
            List<MeasureChart.Series> series = new ArrayList<>();
            List<String> captions = new ArrayList<>();
            for (long member : members) {
                Series s = h.series(member, code, from, to);
                List<Point> inCase = s.points().stream().filter(p -> h.responses().stream()
                        .anyMatch(r -> r.getId() == p.responseId() && r.getCaseId() == c.getId())).toList();
                series.add(new MeasureChart.Series(name.apply(member), inCase.stream()
                        .map(p -> new MeasureChart.Point(p.day(), p.score())).toList()));
                if (!inCase.isEmpty()) {
                    captions.add(caption(d, name.apply(member), inCase.get(inCase.size() - 1), s.latestChange(),
                            members.size() > 1));
                }
            }
            charts.add(new MeasureChart(d.title() + ": " + d.clientTitle(), d.min(), d.max(), d.higherIsBetter(),
                    d.bands().stream().map(b -> new MeasureChart.Band(b.from(), b.to(), b.label())).toList(),
                    d.cutoff() == null ? null : d.cutoff().value(), d.cutoff() == null ? null : d.cutoff().label(),
                    series, captions.isEmpty() ? "No scores in this period." : String.join(" ", captions)));
        }
        return charts;
    }

    /** "Latest 9 (Mild) on 3 March 2026, 7 lower than the first (16): a reliable improvement." */
    static String caption(InstrumentDefinition d, String name, Point latest, ChangeView change, boolean named) {
        StringBuilder b = new StringBuilder(named ? name + ": latest " : "Latest ").append(number(latest.score()));
        if (latest.band() != null) {
            b.append(" (").append(latest.band()).append(')');
        }
        b.append(" on ").append(DAY.format(latest.day()));
        if (change != null && change.delta() != 0) {
            b.append(", ").append(number(Math.abs(change.delta()))).append(change.delta() < 0 ? " lower" : " higher")
                    .append(" than the first (").append(number(change.baseline())).append(')');
            String meaning = switch (change.reliable()) {
                case RELIABLE_IMPROVEMENT -> change.clinical() == Scoring.Clinical.CLINICALLY_SIGNIFICANT_IMPROVEMENT
                        ? "a reliable improvement, now outside the range where extra support is suggested"
                        : "a reliable improvement";
                case RELIABLE_DETERIORATION -> "a reliable change for the worse";
                case NO_RELIABLE_CHANGE -> "within the range of everyday ups and downs";
                case NOT_DEFINED -> null;
            };
            if (meaning != null) {
                b.append(": ").append(meaning);
            }
        }
        return b.append('.').toString();
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.2f", v).replaceAll("0$", "");
    }
}
