package org.tenfold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PlanPdfTest {

    private final PlanPdf renderer = new PlanPdf();

    @Test
    void fortyGoalsFlowOverSeveralPagesWithNothingCut() {
        byte[] pdf = renderer.render(Samples.plan(40), Audience.CLINICIAN);
        int pages = Pdfs.pages(pdf);
        assertTrue(pages >= 4, "40 goals need several pages, got " + pages);

        String text = Pdfs.text(pdf);
        Set<Integer> expected = IntStream.rangeClosed(1, 40).boxed().collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, numbers(text, "goal"));
        assertEquals(expected, numbers(text, "objective"));
        assertEquals(expected, numbers(text, "intervention"));
        assertEquals(expected, numbers(text, "note"));
        for (int step = 1; step <= 10; step++) {
            assertTrue(text.contains("Step " + step + ": " + Samples.STEPS[step - 1].substring(0, 10)), "step " + step);
        }

        for (int page = 1; page <= pages; page++) {
            String pageText = Pdfs.pageText(pdf, page);
            assertTrue(pageText.contains("Page " + page + " of " + pages), "page number on page " + page);
            assertTrue(pageText.contains("Confidential clinical record of Harbour Light Counselling"), "footer on page " + page);
        }
        assertTrue(Pdfs.pageText(pdf, 1).contains("12 Quay Street, Bristol BS1 4DB"), "letterhead");
        assertTrue(Pdfs.pageText(pdf, 2).contains("Harbour Light Counselling"), "running head");
    }

    @Test
    void clinicianVersionHoldsTheRecord() {
        String text = Pdfs.text(renderer.render(Samples.plan(10), Audience.CLINICIAN));
        assertTrue(text.contains("Treatment plan, version 2"));
        assertTrue(text.contains(Samples.CLIENT_NAME + " (Partner in recovery)"));
        assertTrue(text.contains("Signed"));
        assertTrue(text.contains("Dr Alex Counsellor, Tue 1 Sep 2026, 14:30"));
        assertTrue(text.contains("1 December 2026"), "review date");
        assertTrue(text.contains("Content hash"));
        assertTrue(text.replaceAll("\\s", "").contains("3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea"));
        assertTrue(text.contains("No phone in the bedroom after 22:00"));
        assertTrue(text.contains("Ninety days of honesty"));
        assertTrue(text.contains("Support group, Tuesday evenings"));
        assertTrue(text.contains("A walk by the river"));
        assertTrue(text.contains("Clinician note"));
    }

    @Test
    void clientVersionLeavesOutEveryClinicianOnlyField() {
        PlanReport plan = withClinicianOnlyRecords(Samples.plan(12));
        String clinician = Pdfs.text(renderer.render(plan, Audience.CLINICIAN));
        String client = Pdfs.text(renderer.render(plan, Audience.CLIENT));

        for (String sentinel : List.of("note-", "intervention-", "SECRET-GOAL", "SECRET-BOUNDARY", "SECRET-MILESTONE",
                "SECRET-EDUCATION", "SECRET-SELFCARE", "3f79bb7b", "Content hash", "Clinician note", "Interventions")) {
            assertTrue(clinician.contains(sentinel), "clinician version holds " + sentinel);
            assertFalse(client.contains(sentinel), "client version must not hold " + sentinel);
        }
        assertTrue(client.contains("Your treatment plan, version 2"));
        assertEquals(IntStream.rangeClosed(1, 12).boxed().collect(Collectors.toSet()), numbers(client, "goal"));
        assertTrue(client.contains("No phone in the bedroom after 22:00"));
        assertTrue(client.contains("Ninety days of honesty"));
        assertTrue(client.contains("Confidential: prepared for " + Samples.CLIENT_NAME + " and Sam O'Neill"));
    }

    @Test
    void stepsWithoutContentSayso() {
        String text = Pdfs.text(renderer.render(Samples.plan(0), Audience.CLIENT));
        assertTrue(text.contains("Nothing planned under this step yet."));
        assertTrue(text.contains("Step 10: Rebuild Intimacy"));
    }

    private static PlanReport withClinicianOnlyRecords(PlanReport plan) {
        List<PlanReport.Step> steps = new ArrayList<>();
        for (PlanReport.Step s : plan.steps()) {
            List<PlanReport.Goal> goals = new ArrayList<>(s.goals());
            if (s.number() == 1) {
                goals.add(new PlanReport.Goal("Sam O'Neill", "SECRET-GOAL explore the history", "In progress", List.of(), List.of(), null, true));
            }
            List<PlanReport.Boundary> boundaries = new ArrayList<>(s.boundaries());
            List<PlanReport.Milestone> milestones = new ArrayList<>(s.milestones());
            List<PlanReport.Education> education = new ArrayList<>(s.education());
            List<PlanReport.SelfCare> selfCare = new ArrayList<>(s.selfCare());
            switch (s.number()) {
                case 4 -> boundaries.add(new PlanReport.Boundary("SECRET-BOUNDARY", "Sam O'Neill", null, null, "Proposed", true));
                case 7 -> milestones.add(new PlanReport.Milestone(null, "SECRET-MILESTONE", null, true));
                case 8 -> education.add(new PlanReport.Education("SECRET-EDUCATION", "Book", null, null, true));
                case 9 -> selfCare.add(new PlanReport.SelfCare(null, "SECRET-SELFCARE", null, true));
                default -> { }
            }
            steps.add(new PlanReport.Step(s.number(), s.title(), s.description(), goals, boundaries, milestones, education, selfCare));
        }
        return new PlanReport(plan.clinic(), plan.clientNames(), plan.caseKind(), plan.members(), plan.version(), plan.status(),
                plan.signedBy(), plan.signedAt(), plan.contentHash(), plan.reviewDate(), steps);
    }

    static Set<Integer> numbers(String text, String prefix) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = Pattern.compile(prefix + "-(\\d+)\\b").matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
