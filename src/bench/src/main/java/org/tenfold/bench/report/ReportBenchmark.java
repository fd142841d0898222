package org.tenfold.bench.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tenfold.report.ProgressReport;
import org.tenfold.report.ProgressReportPdf;
import org.tenfold.report.ReportEngine;
import org.tenfold.report.ReportFont;

/**
 * The progress report against the floor: a bare PDFBox document with the same pages, the same lines of
 * text and the same embedded subset font, but no layout, chart or footer work. {@code stockFont} is the
 * same bare document with the font loaded the usual way ({@code PDType0Font.load}, GSUB applied on every
 * {@code showText}), to show what the prepared font saves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {

    private ProgressReport report;
    private ProgressReportPdf renderer;
    private ReportFont font;
    private byte[] originalFont;
    /** the report's text, page by page and line by line */
    private List<String[]> pages;

    @Setup
    public void setUp() throws IOException {
        report = ReportFixtures.jointReport();
        renderer = new ProgressReportPdf(ReportEngine.standard());
        font = ReportEngine.standard().font();
        try (InputStream in = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            originalFont = in.readAllBytes();
        }
        pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(renderer.render(report))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(Arrays.stream(stripper.getText(document).split("\\R")).filter(l -> !l.isBlank()).toArray(String[]::new));
            }
        }
    }

    public int pageCount() {
        return pages.size();
    }

    @Benchmark
    public byte[] progressReport() {
        return renderer.render(report);
    }

    @Benchmark
    public byte[] bareDocument() throws IOException {
        try (PDDocument document = new PDDocument(); ReportFont.Embedded embedded = font.embed(document)) {
            return bare(document, embedded.font());
        }
    }

    @Benchmark
    public byte[] stockFont() throws IOException {
        try (PDDocument document = new PDDocument()) {
            return bare(document, PDType0Font.load(document, new ByteArrayInputStream(originalFont), true));
        }
    }

    private byte[] bare(PDDocument document, PDType0Font pdfFont) throws IOException {
        for (String[] lines : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 790;
                for (String line : lines) {
                    content.beginText();
                    content.setFont(pdfFont, 10);
                    content.newLineAtOffset(56, y);
                    content.showText(line);
                    content.endText();
                    y -= 14;
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        // saved as the engine saves (no object streams), so that the two differ only in what they draw
        document.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }
}
