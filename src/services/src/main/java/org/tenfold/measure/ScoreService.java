package org.tenfold.measure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.AccessRule;
import org.tenfold.care.CareCase;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.Disclosure;
import org.tenfold.measure.MeasureViews.MeasureChart;
import org.tenfold.measure.MeasureViews.Series;
import org.tenfold.measure.MeasureViews.StepCheckIn;
import org.tenfold.measure.MeasureViews.StepCheckIns;
import org.tenfold.measure.MeasureViews.StepRating;
import org.tenfold.note.NoteQueries;
import org.tenfold.note.NoteViews.RatingPoint;
import org.tenfold.plan.FrameworkCatalogue;
import org.tenfold.plan.StepView;
import org.tenfold.staff.Roles;

/**
 * Scores over time, as the chart and plan screens and the API show them: a client's questionnaires, a case's
 * (each member's scores on one chart per questionnaire, so a couple's CSI-4 is read side by side), and the
 * Ten-step check-in beside the counsellor's ratings of the same step. Each member's series is shown only when the
 * reader may use that member's records ({@link Disclosure}); the others are named as withheld. Audited.
 */
@Stateless
public class ScoreService {

    /** The clinic's own check-in: one item per framework step. */
    public static final String CHECK_IN = "TEN-STEP";

    @Inject
    ClinicalAccess access;

    @Inject
    MeasureAccess measureAccess;

    @Inject
    MeasureHistory history;

    @Inject
    InstrumentCatalogue catalogue;

    @Inject
    FrameworkCatalogue framework;

    @Inject
    NoteQueries notes;

    @Inject
    AuditTrail audit;

    /** Each questionnaire the client has scores on (or only {@code code}), the client's own series. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<MeasureChart> ofClient(long clientId, String code) {
        AccessRule.Caller caller = access.requireClient(clientId, AuditAction.MEASURE_VIEW, "Client", clientId);
        MeasureAccess.Disclosures d = measureAccess.disclosures(caller);
        MeasureHistory.History h = history.of(List.of(clientId));
        List<MeasureResponse> seen = h.counted().stream().filter(r -> d.mayShow(r.getCaseId(), clientId)).toList();
        List<MeasureChart> charts = new ArrayList<>();
        for (String c : codes(h, seen, code)) {
            Series s = h.series(clientId, c, null, null);
            Series shown = new Series(s.member(), s.points().stream()
                    .filter(p -> seen.stream().anyMatch(r -> r.getId() == p.responseId())).toList(), s.latestChange());
            charts.add(chart(c, List.of(shown), List.of()));
        }
        audit.record(AuditAction.MEASURE_VIEW, AuditOutcome.SUCCESS, "Client", clientId, clientId,
                "scores of " + charts.size() + " questionnaire(s) read");
        return charts;
    }

    /** Each questionnaire answered in the case (or only {@code code}): every member's series the reader may see. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<MeasureChart> ofCase(long caseId, String code) {
        CareCase c = measureAccess.existingCase(caseId);
        AccessRule.Caller caller = access.requireCase(c, AuditAction.MEASURE_VIEW);
        Disclosure disclosure = access.disclosure(caller, c);
        List<Long> shown = c.clientIds().stream().filter(disclosure::mayShow).toList();
        MeasureHistory.History h = history.of(shown);
        List<MeasureResponse> seen = h.counted().stream().filter(r -> r.getCaseId() == caseId).toList();
        List<String> withheld = withheld(c, disclosure, h);
        List<MeasureChart> charts = new ArrayList<>();
        for (String instrument : codes(h, seen, code)) {
            List<Series> series = new ArrayList<>();
            for (long member : shown) {
                Series s = h.series(member, instrument, null, null);
                List<MeasureViews.Point> inCase = s.points().stream()
                        .filter(p -> seen.stream().anyMatch(r -> r.getId() == p.responseId())).toList();
                if (!inCase.isEmpty()) {
                    series.add(new Series(s.member(), inCase, s.latestChange()));
                }
            }
            charts.add(chart(instrument, series, withheld));
        }
        for (long member : shown) {
            audit.record(AuditAction.MEASURE_VIEW, AuditOutcome.SUCCESS, "CareCase", caseId, member,
                    "scores of the case's questionnaires read");
        }
        return charts;
    }

    /** For each step, the counsellor's ratings in signed notes beside each member's own check-in rating of it. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public StepCheckIns stepCheckIns(long caseId) {
        CareCase c = measureAccess.existingCase(caseId);
        AccessRule.Caller caller = access.requireCase(c, AuditAction.MEASURE_VIEW);
        Disclosure disclosure = access.disclosure(caller, c);
        List<Long> shown = c.clientIds().stream().filter(disclosure::mayShow).toList();
        MeasureHistory.History h = history.of(shown);
        Map<String, List<RatingPoint>> ratings = notes.stepProgress(caseId);
        InstrumentDefinition checkIn = catalogue.latest(CHECK_IN).map(catalogue::definition).orElse(null);
        List<StepCheckIn> steps = new ArrayList<>();
        for (StepView step : framework.steps()) {
            List<StepRating> counsellor = ratings.getOrDefault(step.code(), List.of()).stream()
                    .map(p -> new StepRating(p.day(), p.rating())).toList();
            List<Series> members = new ArrayList<>();
            if (checkIn != null) {
                checkIn.items().stream().filter(i -> step.code().equals(i.stepCode())).findFirst().ifPresent(item -> {
                    for (long member : shown) {
                        Series s = h.itemSeries(member, CHECK_IN, item.number());
                        List<MeasureViews.Point> inCase = s.points().stream().filter(p -> h.responses().stream()
                                .anyMatch(r -> r.getId() == p.responseId() && r.getCaseId() == caseId)).toList();
                        members.add(new Series(s.member(), inCase, null));
                    }
                });
            }
            steps.add(new StepCheckIn(step.code(), step.number(), step.title(), counsellor, members));
        }
        for (long member : shown) {
            audit.record(AuditAction.MEASURE_VIEW, AuditOutcome.SUCCESS, "CareCase", caseId, member,
                    "check-in ratings beside the counsellor's read");
        }
        return new StepCheckIns(caseId, steps, withheld(c, disclosure, h));
    }

    private MeasureChart chart(String code, List<Series> series, List<String> withheld) {
        InstrumentDefinition d = catalogue.definition(catalogue.latest(code).orElseThrow());
        return new MeasureChart(d.code(), d.title(), d.name(), d.min(), d.max(), d.higherIsBetter(), d.bands(),
                d.cutoff(), d.reliableChange() == null ? null : d.reliableChange().value(), series, withheld);
    }

    private static Set<String> codes(MeasureHistory.History h, List<MeasureResponse> seen, String only) {
        Set<String> codes = new LinkedHashSet<>();
        seen.forEach(r -> codes.add(h.code(r)));
        if (only != null && !only.isBlank()) {
            codes.retainAll(Set.of(only.strip()));
        }
        return codes;
    }

    /** The names of members whose records this reader may not see (to say so, never what they hold). */
    private List<String> withheld(CareCase c, Disclosure disclosure, MeasureHistory.History h) {
        return disclosure.withheldMembers().stream().map(id -> {
            var client = access.existingClient(id);
            return client.getDisplayName();
        }).toList();
    }
}
