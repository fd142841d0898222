package org.tenfold.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tenfold.measure.Scoring.Change;
import org.tenfold.measure.Scoring.Clinical;
import org.tenfold.measure.Scoring.Reliable;
import org.tenfold.measure.Scoring.Score;

/**
 * Hand-worked examples from each instrument's published scoring rules, scored through the shipped definition
 * files: PHQ-9 (Kroenke, Spitzer and Williams 2001: items 1-9 summed, 0-27; bands at 5, 10, 15 and 20; 10 or more
 * is the cut-off; PHQ-2 is items 1 and 2, positive at 3), GAD-7 (Spitzer et al. 2006: 0-21; bands at 5, 10 and
 * 15; cut-off 10; GAD-2 positive at 3), CSI-4 (Funk and Rogge 2007: item 1 scored 0-6, items 2-4 0-5, summed to
 * 0-21; below 13.5 is notable dissatisfaction; higher is better), reliable change from the NHS Talking Therapies
 * manual (PHQ-9 6 points, GAD-7 4 points), clinically significant change as Jacobson and Truax define it, and the
 * clinic's own Ten-step check-in (the mean of ten 0-10 ratings).
 */
class ScoringTest {

    static InstrumentDefinition bundled(String file) {
        return InstrumentDefinitions.parse(InstrumentDefinitions.bundledText(file));
    }

    static Map<Integer, Integer> answers(int... values) {
        Map<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(i + 1, values[i]);
        }
        return m;
    }

    private final InstrumentDefinition phq9 = bundled("phq-9.json");
    private final InstrumentDefinition gad7 = bundled("gad-7.json");
    private final InstrumentDefinition csi4 = bundled("csi-4.json");
    private final InstrumentDefinition tenStep = bundled("ten-step-check-in.json");

    @Test
    void phq9TotalsItsNineItemsIntoTheirBand() {
        // 1+2+1+1+0+1+2+1+0 = 9: mild, below the cut-off of 10; PHQ-2 = 1+2 = 3, a positive screen
        Score s = Scoring.score(phq9, answers(1, 2, 1, 1, 0, 1, 2, 1, 0));
        assertTrue(s.complete());
        assertEquals(9.0, s.total());
        assertEquals("Mild", s.band());
        assertEquals(false, s.clinical());
        assertEquals(3.0, s.subscales().get("PHQ-2"));
        assertEquals(true, s.subscalesClinical().get("PHQ-2"));
        assertEquals(List.of(), s.critical());

        Score worst = Scoring.score(phq9, answers(3, 3, 3, 3, 3, 3, 3, 3, 3));
        assertEquals(27.0, worst.total());
        assertEquals("Severe", worst.band());
        assertEquals(true, worst.clinical());
    }

    @Test
    void phq9BandsChangeAtFiveTenFifteenAndTwenty() {
        assertEquals("Minimal", Scoring.score(phq9, answers(1, 1, 1, 1, 0, 0, 0, 0, 0)).band());
        assertEquals("Mild", Scoring.score(phq9, answers(1, 1, 1, 1, 1, 0, 0, 0, 0)).band());
        Score ten = Scoring.score(phq9, answers(2, 2, 2, 2, 2, 0, 0, 0, 0));
        assertEquals("Moderate", ten.band());
        assertEquals(true, ten.clinical(), "10 is at the cut-off: in the clinical range");
        assertEquals("Moderately severe", Scoring.score(phq9, answers(3, 3, 3, 3, 3, 0, 0, 0, 0)).band());
        assertEquals("Severe", Scoring.score(phq9, answers(3, 3, 3, 3, 3, 3, 2, 0, 0)).band());
        assertEquals("Mild", Scoring.band(phq9, 9));
        assertEquals("Moderately severe", Scoring.band(phq9, 19));
    }

    @Test
    void phq9DifficultyItemIsAskedButNotScored() {
        Map<Integer, Integer> a = answers(1, 2, 1, 1, 0, 1, 2, 1, 0);
        a.put(10, 3);
        assertEquals(9.0, Scoring.score(phq9, a).total());
        Map<Integer, Integer> withoutIt = answers(1, 2, 1, 1, 0, 1, 2, 1, 0);
        assertTrue(Scoring.score(phq9, withoutIt).complete(), "the difficulty item is optional");
    }

    @Test
    void phq9ItemNineAboveNotAtAllIsCriticalEvenUnfinished() {
        Score s = Scoring.score(phq9, answers(0, 1, 0, 0, 0, 0, 0, 0, 2));
        assertEquals(1, s.critical().size());
        assertEquals(9, s.critical().get(0).item());
        assertEquals("RISK", s.critical().get(0).raises());
        Map<Integer, Integer> partial = new HashMap<>(Map.of(1, 0, 9, 1));
        Score p = Scoring.score(phq9, partial);
        assertFalse(p.complete());
        assertNull(p.total(), "an unfinished response has no total");
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), p.missing());
        assertEquals(9, p.critical().get(0).item());
        assertEquals(List.of(), Scoring.score(phq9, answers(3, 3, 3, 3, 3, 3, 3, 3, 0)).critical(), "0 is not positive");
    }

    @Test
    void phq9ChangeIsReliableAtSixPointsAndClinicallySignificantWhenItAlsoCrossesTen() {
        Change recovered = Scoring.change(phq9, 16, 9);
        assertEquals(-7.0, recovered.delta());
        assertTrue(recovered.better());
        assertEquals(Reliable.RELIABLE_IMPROVEMENT, recovered.reliable());
        assertEquals(Clinical.CLINICALLY_SIGNIFICANT_IMPROVEMENT, recovered.clinical());

        Change exactlySix = Scoring.change(phq9, 14, 8);
        assertEquals(Reliable.RELIABLE_IMPROVEMENT, exactlySix.reliable(), "6 points is reliable");
        assertEquals(Clinical.CLINICALLY_SIGNIFICANT_IMPROVEMENT, exactlySix.clinical());

        Change crossedNotReliable = Scoring.change(phq9, 12, 8);
        assertEquals(Reliable.NO_RELIABLE_CHANGE, crossedNotReliable.reliable());
        assertEquals(Clinical.NONE, crossedNotReliable.clinical(), "crossing the cut-off by 4 points is not enough");

        Change stillClinical = Scoring.change(phq9, 20, 14);
        assertEquals(Reliable.RELIABLE_IMPROVEMENT, stillClinical.reliable());
        assertEquals(Clinical.NONE, stillClinical.clinical(), "14 is still at or above 10");

        Change worse = Scoring.change(phq9, 8, 15);
        assertFalse(worse.better());
        assertEquals(Reliable.RELIABLE_DETERIORATION, worse.reliable());
        assertEquals(Clinical.CLINICALLY_SIGNIFICANT_DETERIORATION, worse.clinical());
    }

    @Test
    void gad7TotalsSevenItemsWithGad2AndReliableChangeAtFour() {
        // 2+2+1+1+0+1+1 = 8: mild; GAD-2 = 4, positive
        Score s = Scoring.score(gad7, answers(2, 2, 1, 1, 0, 1, 1));
        assertEquals(8.0, s.total());
        assertEquals("Mild", s.band());
        assertEquals(false, s.clinical());
        assertEquals(4.0, s.subscales().get("GAD-2"));
        assertEquals(true, s.subscalesClinical().get("GAD-2"));
        assertEquals("Severe", Scoring.score(gad7, answers(3, 3, 3, 3, 3, 0, 0)).band());
        assertEquals(List.of(), s.critical(), "the GAD-7 has no critical item");

        assertEquals(Reliable.RELIABLE_IMPROVEMENT, Scoring.change(gad7, 15, 11).reliable());
        assertEquals(Clinical.NONE, Scoring.change(gad7, 15, 10).clinical(), "10 is still in the clinical range");
        assertEquals(Clinical.CLINICALLY_SIGNIFICANT_IMPROVEMENT, Scoring.change(gad7, 15, 9).clinical());
        assertEquals(Reliable.NO_RELIABLE_CHANGE, Scoring.change(gad7, 12, 9).reliable());
    }

    @Test
    void csi4SumsItsScalesWhereHigherIsBetterAndBelowThirteenAndAHalfIsDissatisfied() {
        Score twelve = Scoring.score(csi4, answers(3, 3, 3, 3));
        assertEquals(12.0, twelve.total());
        assertEquals(true, twelve.clinical());
        assertEquals("Notable dissatisfaction", twelve.band());
        Score fourteen = Scoring.score(csi4, answers(4, 4, 3, 3));
        assertEquals(false, fourteen.clinical());
        assertEquals("Satisfied", fourteen.band());
        assertEquals(21.0, Scoring.score(csi4, answers(6, 5, 5, 5)).total(), "item 1 runs to 6 (Perfect)");

        Change better = Scoring.change(csi4, 10, 14);
        assertTrue(better.better(), "on the CSI-4 a rise is an improvement");
        assertEquals(Reliable.RELIABLE_IMPROVEMENT, better.reliable());
        assertEquals(Clinical.CLINICALLY_SIGNIFICANT_IMPROVEMENT, better.clinical());
        assertEquals(Reliable.NO_RELIABLE_CHANGE, Scoring.change(csi4, 16, 13).reliable());
        Change worse = Scoring.change(csi4, 17, 12);
        assertEquals(Reliable.RELIABLE_DETERIORATION, worse.reliable());
        assertEquals(Clinical.CLINICALLY_SIGNIFICANT_DETERIORATION, worse.clinical());
    }

    @Test
    void tenStepCheckInIsTheMeanOfTenRatingsAndItsNoteIsNotScored() {
        Map<Integer, Integer> a = answers(5, 6, 7, 4, 5, 6, 7, 8, 5, 6);
        Score s = Scoring.score(tenStep, a);
        assertEquals(5.9, s.total());
        assertEquals("Building", s.band());
        assertNull(s.clinical(), "the check-in has no cut-off");
        assertEquals("Strong", Scoring.score(tenStep, answers(7, 7, 7, 7, 7, 7, 7, 7, 7, 7)).band());
        assertEquals("Early days", Scoring.score(tenStep, answers(3, 4, 3, 4, 3, 4, 3, 4, 4, 3)).band());
        Change c = Scoring.change(tenStep, 3.5, 5.9);
        assertEquals(2.4, c.delta());
        assertEquals(Reliable.NOT_DEFINED, c.reliable());
        assertEquals(Clinical.NOT_DEFINED, c.clinical());
        assertEquals(10, tenStep.items().stream().filter(i -> i.stepCode() != null).count(), "one item per step");
    }

    @Test
    void reverseScoredItemsCountFromTheOtherEnd() {
        InstrumentDefinition d = InstrumentDefinitions.parse("""
                {"format": "tenfold-instrument/1", "code": "REV-3", "version": 1, "title": "Reverse", "name": "Reverse test",
                 "clientTitle": "A few questions", "instructions": "Answer each.", "source": "Test", "licence": "Test",
                 "options": [{"value": 1, "label": "Never"}, {"value": 2, "label": "Rarely"}, {"value": 3, "label": "Sometimes"},
                             {"value": 4, "label": "Often"}, {"value": 5, "label": "Always"}],
                 "items": [{"number": 1, "text": "A"}, {"number": 2, "text": "B", "reverse": true}, {"number": 3, "text": "C"}],
                 "scoring": {"method": "SUM", "min": 3, "max": 15, "higherIsBetter": true}}
                """);
        // 5 + (1 + 5 - 1) + 3 = 13
        assertEquals(13.0, Scoring.score(d, answers(5, 1, 3)).total());
        assertEquals(9.0, Scoring.score(d, answers(3, 3, 3)).total(), "the middle is the middle either way");
        assertNull(Scoring.score(d, answers(5, 1, 3)).band(), "no bands defined");
    }
}
