package org.tenfold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What clients take home is judged by veraPDF, the PDF Association's validator: a progress report (joint,
 * with a chart, a table over pages and lists) and a plan copy, each against PDF/UA-1 (accessible: tagged,
 * language, title, alternative text) and PDF/A-2b (archival: embedded fonts, metadata, output intent).
 */
class ConformanceTest {

    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void aProgressReportIsAccessibleAndArchival() {
        byte[] pdf = new ProgressReportPdf().render(Samples.progress(true, Samples.chart()));
        assertConforms(pdf, PDFAFlavour.PDFUA_1);
        assertConforms(pdf, PDFAFlavour.PDFA_2_B);
    }

    @Test
    void aReportWithoutRatingsAndAPlanCopyAreToo() {
        assertConforms(new ProgressReportPdf().render(Samples.progress(false, ProgressChart.empty())), PDFAFlavour.PDFUA_1);
        for (Audience audience : Audience.values()) {
            byte[] plan = new PlanPdf().render(Samples.plan(14), audience);
            assertConforms(plan, PDFAFlavour.PDFUA_1);
            assertConforms(plan, PDFAFlavour.PDFA_2_B);
        }
    }

    @Test
    void aReportWithQuestionnaireChartsIsToo() {
        byte[] pdf = new ProgressReportPdf().render(Samples.withMeasures(Samples.progress(true, Samples.chart()),
                Samples.measures()));
        assertConforms(pdf, PDFAFlavour.PDFUA_1);
        assertConforms(pdf, PDFAFlavour.PDFA_2_B);
        byte[] empty = new ProgressReportPdf().render(Samples.withMeasures(Samples.progress(false, ProgressChart.empty()),
                List.of(new MeasureChart("GAD-7", 0, 21, false, List.of(), null, null, List.of(), "No scores in this period."))));
        assertConforms(empty, PDFAFlavour.PDFUA_1);
        assertConforms(empty, PDFAFlavour.PDFA_2_B);
    }

    static void assertConforms(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
            assertEquals(List.of(), failed, flavour.getId() + " rules failed");
            assertTrue(result.isCompliant(), flavour.getId());
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate: " + e, e);
        }
    }
}
