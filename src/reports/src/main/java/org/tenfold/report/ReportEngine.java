package org.tenfold.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Turns content into PDF bytes: tagged, with its language, title and metadata, made to conform to PDF/UA-1
 * and PDF/A-2b. Immutable and thread-safe: keep one (for example in a field of a stateless bean) and call
 * {@link #render} from any thread; every call builds its own document.
 */
public final class ReportEngine {

    private static volatile ReportEngine standard;

    private final ReportFont font;

    public ReportEngine(ReportFont font) {
        this.font = Objects.requireNonNull(font, "font");
    }

    /** The engine with the clinic's standard font. */
    public static ReportEngine standard() {
        ReportEngine engine = standard;
        if (engine == null) {
            synchronized (ReportEngine.class) {
                engine = standard;
                if (engine == null) {
                    engine = new ReportEngine(ReportFont.standard());
                    standard = engine;
                }
            }
        }
        return engine;
    }

    /**
     * Renders and discards a small document with a chart, so that PDFBox's classes and the font are loaded
     * before the first real report (for example from a start-up bean, off the request path).
     */
    public void warmUp() {
        ProgressChart chart = new ProgressChart(List.of(new ProgressChart.Series("1",
                List.of(new ProgressChart.Point(LocalDate.of(2026, 1, 1), 5),
                        new ProgressChart.Point(LocalDate.of(2026, 2, 1), 7)))));
        render(new PageFrame(new Letterhead("Tenfold", List.of()), "Warm-up", "Warm-up"),
                doc -> doc.title("Zoë Đặng").paragraph("Warm-up").table(
                        List.of(new ReportComposer.Column("A", 1)), List.of(List.of("1")))
                        .chart(chart));
    }

    public ReportFont font() {
        return font;
    }

    /**
     * One document: the frame's letterhead, title and footer on its pages, and whatever {@code content}
     * writes into the composer.
     */
    public byte[] render(PageFrame frame, Consumer<ReportComposer> content) {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(content, "content");
        try (PDDocument document = new PDDocument(); ReportFont.Embedded embedded = font.embed(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            String title = font.clean(frame.title());
            String author = font.clean(frame.letterhead().clinicName());
            info.setTitle(title);
            info.setAuthor(author);
            info.setProducer(Archival.PRODUCER);
            Archival.apply(document, title, author);
            ReportComposer composer = new ReportComposer(document, embedded.font(), font, frame);
            content.accept(composer);
            composer.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            // page content is still compressed; object streams would make the file about 8 % smaller
            // and the save about a third slower
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new ReportException("Could not write the PDF", e);
        }
    }
}
