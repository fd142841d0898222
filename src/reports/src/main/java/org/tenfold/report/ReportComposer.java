package org.tenfold.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Lays out one document: A4 pages, the letterhead, headings, wrapped paragraphs, bullet lists, key-value
 * rows, tables and charts. Content that does not fit flows onto a new page; nothing is cut. Obtained from
 * {@link ReportEngine#render}; one composer per document, used by one thread.
 *
 * <p>All text passes through {@link ReportFont#clean(String)}, so any input is safe to give. Every block is
 * tagged as it is drawn ({@link Tags}): the title, headings, paragraphs, lists, tables and charts are the
 * document's structure; rules, shading, running heads and footers are artifacts.
 */
public final class ReportComposer {

    /** A table column: its header and its share of the width. */
    public record Column(String header, float weight) {
        public Column {
            header = header == null ? "" : header;
            if (!(weight > 0)) {
                throw new IllegalArgumentException("A column needs a positive weight");
            }
        }
    }

    static final PDRectangle A4 = PDRectangle.A4;
    static final float MARGIN = 56;
    static final float LEFT = MARGIN;
    static final float RIGHT = A4.getWidth() - MARGIN;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = A4.getHeight() - 48;
    /** where the body starts on the pages after the first, below the running head */
    static final float CONTINUED_TOP = TOP - 26;
    static final float FOOTER_TOP = 62;
    static final float BOTTOM = FOOTER_TOP + 10;

    static final float BODY = 10f;
    static final float SMALL = 8.5f;
    static final float LEADING = 1.4f;

    static final Color INK = new Color(0x22, 0x26, 0x2b);
    static final Color MUTED = new Color(0x5f, 0x66, 0x6d);
    static final Color ACCENT = new Color(0x1d, 0x5c, 0x7a);
    static final Color RULE = new Color(0xc9, 0xd1, 0xd8);
    static final Color SHADE = new Color(0xee, 0xf2, 0xf5);

    private static final float CELL_PAD = 3.5f;
    private static final float BULLET_INDENT = 14;

    private final PDDocument document;
    private final PDType0Font font;
    private final ReportFont metrics;
    private final PageFrame frame;
    private final List<PDPage> pages = new ArrayList<>();
    private final Tags tags;
    /** The level of the last heading tagged: levels never skip one going down, and the first is H1. */
    private int headingLevel;

    private PDPageContentStream content;
    /** The page {@link #content} draws on. */
    private PDPage contentPage;
    private float y;
    /** where the body starts below the letterhead on the first page */
    private float firstBodyTop;
    // what the content stream has already been told, so that unchanged state is not written again
    private float fontSize = -1;
    private Color fillColor;
    private Color strokeColor;
    private float lineWidth = -1;

    ReportComposer(PDDocument document, PDType0Font font, ReportFont metrics, PageFrame frame) throws IOException {
        this.document = document;
        this.font = font;
        this.metrics = metrics;
        this.frame = frame;
        this.tags = new Tags(document);
        newPage();
    }

    // ---- content --------------------------------------------------------------------------------

    /** The document's title, large, below the letterhead. */
    public ReportComposer title(String text) {
        tags.within(heading(1), () -> block(text, 17, ACCENT, true, 0, 2, 4));
        return this;
    }

    /** A section heading; kept on the same page as the first lines that follow it. */
    public ReportComposer heading(String text) {
        gap(8);
        List<String> lines = wrap(text, 13, WIDTH);
        ensure(lines.size() * 13 * LEADING + 4 + 3 * BODY * LEADING);
        tags.within(heading(2), () -> block(lines, 13, ACCENT, true, 0, 0, 0));
        rule(LEFT, RIGHT, y + 2, RULE, 0.6f);
        gap(5);
        return this;
    }

    /** A smaller heading inside a section; kept with what follows it. */
    public ReportComposer subheading(String text) {
        gap(4);
        List<String> lines = wrap(text, 11, WIDTH);
        ensure(lines.size() * 11 * LEADING + 2 * BODY * LEADING);
        tags.within(heading(3), () -> block(lines, 11, INK, true, 0, 0, 2));
        return this;
    }

    /** Body text; line breaks in the text start new lines, blank lines new paragraphs. */
    public ReportComposer paragraph(String text) {
        return paragraph(text, BODY, INK, 0);
    }

    /** Smaller grey text, for explanations and empty states. */
    public ReportComposer note(String text) {
        return paragraph(text, SMALL + 0.5f, MUTED, 0);
    }

    private ReportComposer paragraph(String text, float size, Color color, float indent) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String[] hard = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (String line : hard) {
            if (line.isBlank()) {
                gap(size * 0.6f);
            } else {
                tags.within(StandardStructureTypes.P, () -> block(wrap(line, size, WIDTH - indent), size, color, false,
                        indent, 0, 0));
            }
        }
        gap(size * 0.5f);
        return this;
    }

    /** A bullet list; each item wraps under its own first letter. */
    public ReportComposer bullets(List<String> items) {
        if (items == null) {
            return this;
        }
        tags.open(StandardStructureTypes.L);
        for (String item : items) {
            List<String> lines = wrap(item, BODY, WIDTH - BULLET_INDENT);
            float lead = BODY * LEADING;
            tags.open(StandardStructureTypes.LI);
            for (int i = 0; i < lines.size(); i++) {
                ensure(lead);
                if (i == 0) {
                    tags.within(StandardStructureTypes.LBL, () -> text("\u2022", LEFT + 3, baseline(BODY), BODY, ACCENT,
                            false));
                }
                String line = lines.get(i);
                tags.within(StandardStructureTypes.L_BODY, () -> text(line, LEFT + BULLET_INDENT, baseline(BODY), BODY,
                        INK, false));
                y -= lead;
            }
            tags.close();
        }
        tags.close();
        gap(BODY * 0.5f);
        return this;
    }

    /** A label and its value on one row; the value wraps beside the label. */
    public ReportComposer keyValue(String key, String value) {
        rows(List.of(new Column("", 1.25f), new Column("", 3.75f)), List.of(List.of(nz(key), nz(value))), false);
        return this;
    }

    /** A table with a header row, repeated at the top of each page the table continues on. */
    public ReportComposer table(List<Column> columns, List<List<String>> rows) {
        rows(columns, rows, true);
        gap(BODY * 0.6f);
        return this;
    }

    /** Progress per step over time as a line chart with a legend, or its empty state. */
    public ReportComposer chart(ProgressChart chart) {
        ProgressChart shown = chart == null ? ProgressChart.empty() : chart;
        ChartPainter painter = new ChartPainter(this, shown, WIDTH);
        ensure(painter.height());
        float top = y;
        try {
            tags.figure(content, page(), metrics.clean(shown.description()),
                    new PDRectangle(LEFT, top - painter.height(), WIDTH, painter.height()), () -> painter.paint(LEFT, top));
        } catch (IOException e) {
            throw new ReportException("Could not draw the chart", e);
        }
        y -= painter.height();
        gap(BODY * 0.6f);
        return this;
    }

    /**
     * A questionnaire's scores over time with its bands and cut-off, as a figure read by its description, under its
     * heading; the two are kept on one page.
     */
    public ReportComposer measureChart(String heading, MeasureChart chart) {
        MeasurePainter painter = new MeasurePainter(this, chart, WIDTH);
        ensure(4 + wrap(heading, 11, WIDTH).size() * 11 * LEADING + 2 + painter.height());
        subheading(heading);
        ensure(painter.height());
        float top = y;
        try {
            tags.figure(content, page(), metrics.clean(chart.description()),
                    new PDRectangle(LEFT, top - painter.height(), WIDTH, painter.height()), () -> painter.paint(LEFT, top));
        } catch (IOException e) {
            throw new ReportException("Could not draw the questionnaire chart", e);
        }
        y -= painter.height();
        gap(BODY * 0.6f);
        return this;
    }

    /** Vertical space; at the top of a page it is dropped. */
    public ReportComposer gap(float points) {
        if (y < bodyTop() - 0.1f) {
            y -= points;
        }
        return this;
    }

    /** Continues on a new page. */
    public ReportComposer pageBreak() {
        if (y < bodyTop() - 0.1f) {
            newPage();
        }
        return this;
    }

    /** The heading tag for a heading drawn at {@code wanted}: one level below the last at most. */
    private String heading(int wanted) {
        headingLevel = Math.min(wanted, headingLevel + 1);
        return "H" + headingLevel;
    }

    // ---- layout ---------------------------------------------------------------------------------

    private void block(String text, float size, Color color, boolean bold, float indent, float before, float after) {
        gap(before);
        block(wrap(text, size, WIDTH - indent), size, color, bold, indent, 0, after);
    }

    private void block(List<String> lines, float size, Color color, boolean bold, float indent, float before, float after) {
        gap(before);
        float lead = size * LEADING;
        for (String line : lines) {
            ensure(lead);
            text(line, LEFT + indent, baseline(size), size, color, bold);
            y -= lead;
        }
        gap(after);
    }

    private void rows(List<Column> columns, List<List<String>> rows, boolean header) {
        if (rows == null || columns == null || columns.isEmpty()) {
            return;
        }
        float[] x = new float[columns.size() + 1];
        float total = 0;
        for (Column c : columns) {
            total += c.weight();
        }
        x[0] = LEFT;
        for (int i = 0; i < columns.size(); i++) {
            x[i + 1] = x[i] + WIDTH * columns.get(i).weight() / total;
        }
        float lead = BODY * LEADING;
        List<String> headers = columns.stream().map(Column::header).toList();
        tags.open(StandardStructureTypes.TABLE);
        if (header) {
            List<List<String>> headerLines = cells(headers, x, SMALL);
            float height = height(headerLines, SMALL * LEADING) ;
            ensure(height + lead + 2 * CELL_PAD);
            tags.open(StandardStructureTypes.TR);
            drawHeader(headerLines, x, true);
            tags.close();
        }
        // key-value rows sit closer together than table rows
        float pad = header ? CELL_PAD : 1.5f;
        float freshRoom = bodyTopAfterBreak() - BOTTOM - headerHeight(header, headers, x);
        for (List<String> row : rows) {
            List<List<String>> cells = cells(row, x, BODY);
            int count = cells.stream().mapToInt(List::size).max().orElse(1);
            // a key-value row's key heads its row; a table's cells are data under the column headers
            tags.open(StandardStructureTypes.TR);
            List<PDStructureElement> cellTags = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                cellTags.add(!header && c == 0 ? tags.headerCellChild(false) : tags.child(StandardStructureTypes.TD));
            }
            int from = 0;
            while (from < count) {
                float room = y - BOTTOM - 2 * pad;
                int fit = (int) Math.floor(room / lead + 1e-3);
                boolean wholeFitsFreshPage = count * lead + 2 * pad <= freshRoom;
                if (fit < 1 || from == 0 && fit < count && wholeFitsFreshPage) {
                    newPage();
                    if (header) {
                        drawHeader(cells(headers, x, SMALL), x, false);
                    }
                    continue;
                }
                int to = Math.min(count, from + fit);
                float top = y - pad;
                for (int c = 0; c < cells.size(); c++) {
                    Color color = !header && c == 0 ? MUTED : INK;
                    List<String> lines = cells.get(c);
                    tags.reopen(cellTags.get(c));
                    for (int l = from; l < to && l < lines.size(); l++) {
                        text(lines.get(l), x[c] + CELL_PAD, top - (l - from) * lead - BODY * 0.95f, BODY, color, false);
                    }
                    tags.close();
                }
                y = top - (to - from) * lead - pad;
                if (header) {
                    rule(LEFT, RIGHT, y, RULE, 0.4f);
                }
                from = to;
            }
            tags.close();
        }
        tags.close();
    }

    private float headerHeight(boolean header, List<String> headers, float[] x) {
        return header ? height(cells(headers, x, SMALL), SMALL * LEADING) : 0;
    }

    private List<List<String>> cells(List<String> row, float[] x, float size) {
        List<List<String>> cells = new ArrayList<>(x.length - 1);
        for (int c = 0; c < x.length - 1; c++) {
            String value = row != null && c < row.size() ? row.get(c) : "";
            cells.add(wrap(value, size, x[c + 1] - x[c] - 2 * CELL_PAD));
        }
        return cells;
    }

    private static float height(List<List<String>> cells, float lead) {
        return cells.stream().mapToInt(List::size).max().orElse(1) * lead + 2 * CELL_PAD;
    }

    /** The header row: the table's header cells the first time, an artifact where it repeats on a new page. */
    private void drawHeader(List<List<String>> cells, float[] x, boolean first) {
        float lead = SMALL * LEADING;
        float height = height(cells, lead);
        fill(LEFT, y - height, WIDTH, height, SHADE);
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = cells.get(c);
            float top = y;
            float left = x[c] + CELL_PAD;
            Tags.IoAction draw = () -> {
                for (int l = 0; l < lines.size(); l++) {
                    text(lines.get(l), left, top - CELL_PAD - l * lead - SMALL * 0.95f, SMALL, MUTED, true);
                }
            };
            try {
                if (first) {
                    tags.reopen(tags.headerCellChild(true));
                    try {
                        draw.run();
                    } finally {
                        tags.close();
                    }
                } else {
                    tags.artifact(draw);
                }
            } catch (IOException e) {
                throw new ReportException("Could not draw a table header", e);
            }
        }
        y -= height;
    }

    /** Lines of at most {@code width} points; words longer than a line are broken. */
    List<String> wrap(String raw, float size, float width) {
        String text = metrics.clean(raw).strip();
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            lines.add("");
            return lines;
        }
        if (metrics.width(text, size) <= width) {
            lines.add(text);
            return lines;
        }
        float space = metrics.width(" ", size);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : text.split(" +")) {
            float w = metrics.width(word, size);
            if (line.length() > 0 && lineWidth + space + w <= width) {
                line.append(' ').append(word);
                lineWidth += space + w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (w <= width) {
                line.append(word);
                lineWidth = w;
                continue;
            }
            // a word wider than the line: break it where it must
            for (int i = 0; i < word.length(); i++) {
                String ch = word.substring(i, i + 1);
                float cw = metrics.width(ch, size);
                if (lineWidth + cw > width && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.append(ch);
                lineWidth += cw;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float baseline(float size) {
        return y - size * 0.95f;
    }

    private void ensure(float height) {
        if (y - height < BOTTOM && y < bodyTop() - 0.1f) {
            newPage();
        }
    }

    private float bodyTop() {
        return pages.size() == 1 ? firstBodyTop : CONTINUED_TOP;
    }

    private float bodyTopAfterBreak() {
        return CONTINUED_TOP;
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(A4);
            document.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(document, page);
            contentPage = page;
            forgetState();
            if (pages.size() == 1) {
                y = letterhead();
                firstBodyTop = y;
            } else {
                tags.artifact(this::runningHead);
                y = bodyTop();
            }
        } catch (IOException e) {
            throw new ReportException("Could not start a page", e);
        }
    }

    private float letterhead() throws IOException {
        Letterhead head = frame.letterhead();
        float x = LEFT;
        float top = TOP;
        float logoBottom = top;
        byte[] logo = head.logoBytes();
        if (logo != null) {
            try {
                PDImageXObject image = PDImageXObject.createFromByteArray(document, logo, "logo");
                float scale = Math.min(52f / image.getHeight(), 130f / image.getWidth());
                float w = image.getWidth() * scale;
                float h = image.getHeight() * scale;
                // the logo decorates: the clinic's name follows it as text
                tags.begin(content, page(), true, null);
                content.drawImage(image, LEFT, top - h, w, h);
                tags.end(content);
                x = LEFT + w + 12;
                logoBottom = top - h;
            } catch (IOException | RuntimeException unreadable) {
                // a broken logo in the settings must not stop a report: the letterhead goes without it
            }
        }
        float width = RIGHT - x;
        float line = top;
        tags.open(StandardStructureTypes.P);
        for (String name : wrap(head.clinicName(), 15, width)) {
            text(name, x, line - 15 * 0.8f, 15, ACCENT, true);
            line -= 15 * 1.25f;
        }
        tags.close();
        if (!head.addressLines().isEmpty()) {
            tags.open(StandardStructureTypes.P);
            for (String address : head.addressLines()) {
                for (String part : wrap(address, SMALL, width)) {
                    text(part, x, line - SMALL * 0.9f, SMALL, MUTED, false);
                    line -= SMALL * 1.35f;
                }
            }
            tags.close();
        }
        float bottom = Math.min(line, logoBottom) - 8;
        rule(LEFT, RIGHT, bottom, ACCENT, 1.2f);
        return bottom - 14;
    }

    private void runningHead() throws IOException {
        float base = TOP - SMALL;
        String clinic = metrics.clean(frame.letterhead().clinicName());
        String title = metrics.clean(frame.title());
        float titleWidth = Math.min(metrics.width(title, SMALL), WIDTH / 2);
        List<String> clinicLines = wrap(clinic, SMALL, WIDTH - titleWidth - 12);
        text(clinicLines.get(0), LEFT, base, SMALL, MUTED, false);
        List<String> titleLines = wrap(title, SMALL, WIDTH / 2);
        text(titleLines.get(0), RIGHT - metrics.width(titleLines.get(0), SMALL), base, SMALL, MUTED, false);
        rule(LEFT, RIGHT, base - 5, RULE, 0.5f);
    }

    /** Footer on every page, once the number of pages is known. */
    void finish() throws IOException {
        content.close();
        content = null;
        int total = pages.size();
        List<String> notice = wrap(frame.confidentiality(), 7.5f, WIDTH - 90);
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                content = footer;
                contentPage = pages.get(i);
                forgetState();
                rule(LEFT, RIGHT, FOOTER_TOP - 4, RULE, 0.5f);
                float line = FOOTER_TOP - 14;
                for (String part : notice.subList(0, Math.min(3, notice.size()))) {
                    text(part, LEFT, line, 7.5f, MUTED, false);
                    line -= 7.5f * 1.3f;
                }
                String number = "Page " + (i + 1) + " of " + total;
                text(number, RIGHT - metrics.width(number, SMALL), FOOTER_TOP - 14, SMALL, MUTED, false);
            } finally {
                content = null;
            }
        }
        tags.finish();
    }

    int pageCount() {
        return pages.size();
    }

    // ---- drawing --------------------------------------------------------------------------------

    /** Draws cleaned text; the composer only calls it with text from {@link #wrap}. */
    void text(String cleaned, float x, float baseline, float size, Color color, boolean bold) {
        if (cleaned.isEmpty()) {
            return;
        }
        String drawn = VisualOrder.of(cleaned);
        try {
            tags.begin(content, contentPage, false, drawn.equals(cleaned) ? null : cleaned);
            content.beginText();
            if (size != fontSize) {
                content.setFont(font, size);
                fontSize = size;
            }
            fillColor(color);
            if (bold) {
                // the font has no bold face: a thin outline in the text colour thickens the letters
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                stroke(color, size * 0.035f);
            }
            content.newLineAtOffset(x, baseline);
            content.showText(drawn);
            if (bold) {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.endText();
            tags.end(content);
        } catch (IOException e) {
            throw new ReportException("Could not draw text", e);
        }
    }

    void rule(float x1, float x2, float at, Color color, float width) {
        try {
            stroke(color, width);
            tags.begin(content, contentPage, true, null);
            content.moveTo(x1, at);
            content.lineTo(x2, at);
            content.stroke();
            tags.end(content);
        } catch (IOException e) {
            throw new ReportException("Could not draw a line", e);
        }
    }

    void fill(float x, float bottom, float width, float height, Color color) {
        try {
            fillColor(color);
            tags.begin(content, contentPage, true, null);
            content.addRect(x, bottom, width, height);
            content.fill();
            tags.end(content);
        } catch (IOException e) {
            throw new ReportException("Could not draw a box", e);
        }
    }

    void fillColor(Color color) throws IOException {
        if (!color.equals(fillColor)) {
            content.setNonStrokingColor(color);
            fillColor = color;
        }
    }

    void stroke(Color color, float width) throws IOException {
        if (!color.equals(strokeColor)) {
            content.setStrokingColor(color);
            strokeColor = color;
        }
        if (width != lineWidth) {
            content.setLineWidth(width);
            lineWidth = width;
        }
    }

    /** After drawing on {@link #canvas()} directly, or a restored graphics state, nothing is assumed. */
    void forgetState() {
        fontSize = -1;
        fillColor = null;
        strokeColor = null;
        lineWidth = -1;
    }

    PDPageContentStream canvas() {
        return content;
    }

    /** The page being drawn on. */
    PDPage page() {
        return contentPage;
    }

    ReportFont metrics() {
        return metrics;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
