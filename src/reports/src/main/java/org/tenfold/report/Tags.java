package org.tenfold.report;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The document's logical structure, so screen readers and archives read it as it is meant: headings,
 * paragraphs, lists, tables with their header cells, figures with their alternative text, in reading
 * order. Drawn content belongs to the element that is open when it is drawn (each piece a marked-content
 * sequence with its own MCID); anything drawn with no element open — rules, shading, the running head,
 * the footer, a decorative logo — is an artifact. One instance per document, used by its composer.
 */
final class Tags {

    private final PDStructureTreeRoot root;
    private final PDStructureElement document;
    private final Deque<PDStructureElement> open = new ArrayDeque<>();
    /** For each page, the element of each MCID on it, in MCID order: the parent tree. */
    private final Map<PDPage, List<PDStructureElement>> marked = new LinkedHashMap<>();
    /** While a figure is drawn, what is drawn is the figure's and is not marked again piece by piece. */
    private boolean inFigure;
    /** While pagination and decoration are drawn, whatever element is open. */
    private boolean decoration;

    Tags(PDDocument pdf) {
        root = new PDStructureTreeRoot();
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, null);
        root.appendKid(document);
        document.setParent(root);
        open.push(document);
    }

    /** Opens an element under the current one; what is drawn until {@link #close} is its content. */
    PDStructureElement open(String type) {
        PDStructureElement e = new PDStructureElement(type, open.peek());
        open.peek().appendKid(e);
        open.push(e);
        return e;
    }

    void close() {
        if (open.size() > 1) {
            open.pop();
        }
    }

    /** An element with the given type, open while {@code body} runs. */
    void within(String type, Runnable body) {
        open(type);
        try {
            body.run();
        } finally {
            close();
        }
    }

    /** Makes an element created earlier (a table cell) the one content is drawn into, until {@link #close}. */
    void reopen(PDStructureElement element) {
        open.push(element);
    }

    /** A child element created now but opened later (a table cell drawn line by line across pages). */
    PDStructureElement child(String type) {
        PDStructureElement e = new PDStructureElement(type, open.peek());
        open.peek().appendKid(e);
        return e;
    }

    /** A header cell created now, for a column ({@code column}) or a row, opened later with {@link #reopen}. */
    PDStructureElement headerCellChild(boolean column) {
        PDStructureElement th = child(StandardStructureTypes.TH);
        PDTableAttributeObject scope = new PDTableAttributeObject();
        scope.setScope(column ? PDTableAttributeObject.SCOPE_COLUMN : PDTableAttributeObject.SCOPE_ROW);
        th.addAttribute(scope);
        return th;
    }

    /** While {@code draw} runs, everything drawn is an artifact (a running head, a repeated table header). */
    void artifact(IoAction draw) throws IOException {
        boolean before = decoration;
        decoration = true;
        try {
            draw.run();
        } finally {
            decoration = before;
        }
    }

    /** A header cell of a table, for a column ({@code column}) or a row. */
    void headerCell(boolean column, Runnable body) {
        PDStructureElement th = open(StandardStructureTypes.TH);
        PDTableAttributeObject scope = new PDTableAttributeObject();
        scope.setScope(column ? PDTableAttributeObject.SCOPE_COLUMN : PDTableAttributeObject.SCOPE_ROW);
        th.addAttribute(scope);
        try {
            body.run();
        } finally {
            close();
        }
    }

    /** Whether content drawn now belongs to an element (otherwise it is an artifact). */
    boolean tagging() {
        return open.size() > 1;
    }

    /**
     * Starts a marked-content sequence for the open element (or an artifact) on this page; {@code actualText},
     * when not null, is what the drawn glyphs say in reading order (right-to-left text drawn reversed).
     */
    void begin(PDPageContentStream content, PDPage page, boolean artifact, String actualText) throws IOException {
        if (inFigure) {
            return;
        }
        if (artifact || decoration || !tagging()) {
            content.beginMarkedContent(COSName.ARTIFACT);
            return;
        }
        PDStructureElement element = open.peek();
        List<PDStructureElement> onPage = marked.computeIfAbsent(page, p -> new ArrayList<>());
        int mcid = onPage.size();
        onPage.add(element);
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        if (actualText != null) {
            properties.setString(COSName.ACTUAL_TEXT, actualText);
        }
        content.beginMarkedContent(COSName.getPDFName(element.getStandardStructureType()),
                PDPropertyList.create(properties));
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setMCID(mcid);
        reference.setPage(page);
        element.appendKid(reference);
    }

    void end(PDPageContentStream content) throws IOException {
        if (!inFigure) {
            content.endMarkedContent();
        }
    }

    /** A figure: what {@code draw} paints is one marked-content sequence, read as {@code alt}. */
    void figure(PDPageContentStream content, PDPage page, String alt, PDRectangle box, IoAction draw)
            throws IOException {
        PDStructureElement figure = open(StandardStructureTypes.Figure);
        figure.setAlternateDescription(alt);
        PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
        layout.setBBox(box);
        figure.addAttribute(layout);
        try {
            begin(content, page, false, null);
            inFigure = true;
            try {
                draw.run();
            } finally {
                inFigure = false;
            }
            end(content);
        } finally {
            close();
        }
    }

    /** Writes the parent tree that maps each page's MCIDs back to their elements. */
    void finish() {
        COSArray nums = new COSArray();
        int key = 0;
        for (Map.Entry<PDPage, List<PDStructureElement>> e : marked.entrySet()) {
            e.getKey().setStructParents(key);
            COSArray elements = new COSArray();
            for (PDStructureElement element : e.getValue()) {
                elements.add(element.getCOSObject());
            }
            nums.add(COSInteger.get(key));
            nums.add(elements);
            key++;
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        root.getCOSObject().setInt(COSName.PARENT_TREE_NEXT_KEY, key);
    }

    /** Drawing that may fail on I/O. */
    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }
}
