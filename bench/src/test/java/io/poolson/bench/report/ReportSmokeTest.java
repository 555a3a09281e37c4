package io.poolson.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import io.poolson.bench.serializer.QuickContenders;
import io.poolson.bench.serializer.SameBytesCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs the whole report at the quick scale and checks what a reader gets: every section on stdout
 * and in the HTML, the HTML well-formed (it is written as XML-compatible HTML, so an XML parser
 * must accept it), charts present with finite sizes, and no NaN anywhere.
 */
class ReportSmokeTest {

    @TempDir
    static Path dir;

    private static Path html;
    private static Path written;
    private static String text;
    private static String progress;
    private static String page;

    /** One quick run (a few seconds) shared by the tests. */
    @BeforeAll
    static void runQuickReport() throws Exception {
        html = dir.resolve("report.html");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        written = Report.run(ReportOptions.quick(html), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new Progress(new PrintStream(stderr, true, StandardCharsets.UTF_8)));
        text = stdout.toString(StandardCharsets.UTF_8);
        progress = stderr.toString(StandardCharsets.UTF_8);
        page = Files.readString(html, StandardCharsets.UTF_8);
    }

    @Test
    void everySectionReachesStdoutAndWellFormedHtml() throws Exception {
        assertEquals(html, written);
        String[] titles = {"1. Seed 000", "2. Seed 003", "3. Victim aging", "4. Quick comparison", "5. Same bytes as Jackson?"};
        for (String title : titles) {
            assertTrue(text.contains(title), "stdout lacks " + title);
            assertTrue(page.contains(title), "HTML lacks " + title);
        }
        // No figure may be NaN or infinite; the fidelity section (last on stdout) shows NaN as a value written.
        String figuresText = text.substring(0, text.indexOf("5. Same bytes as Jackson?"));
        String figuresPage = page.replaceAll("(?s)<section id=\"fidelity\">.*?</section>", "");
        assertTrue(figuresPage.length() < page.length(), "no fidelity section in the HTML");
        for (String s : new String[] {figuresText, figuresPage}) {
            assertFalse(s.contains("NaN"), "NaN in output");
            assertFalse(s.contains("Infinity"), "Infinity in output");
        }
        assertTrue(text.contains("Allocated bytes:") && text.contains("NumGC:"), "the seed-shaped listing is missing");
        assertTrue(text.contains("--quick: 20 ms of warm-up is too short") && page.contains("--quick: 20 ms of warm-up"),
                "a --quick report must say that its section 4 times mean nothing");
        assertTrue(progress.contains("done"), "no progress on stderr");

        Document doc = parse(page);
        assertEquals(5, doc.getElementsByTagName("section").getLength());
        NodeList svgs = doc.getElementsByTagName("svg");
        assertTrue(svgs.getLength() >= 6, "expected a chart per figure, found " + svgs.getLength());
        NodeList rects = doc.getElementsByTagName("rect");
        assertTrue(rects.getLength() > 20);
        for (int i = 0; i < rects.getLength(); i++) {
            double width = Double.parseDouble(((Element) rects.item(i)).getAttribute("width"));
            assertTrue(width > 0 && width <= 820, "bar width " + width);
        }
        assertFalse(page.contains("<script"), "the page must need no scripts");
        assertFalse(page.matches("(?s).*(src|href)=\"https?:.*"), "the page must need no network");
    }

    @Test
    void theQuickComparisonShowsJacksonWithAndWithoutTheModule() {
        for (String call : new String[] {"writeValueAsString", "writeValue(stream)"}) {
            String row = QuickContenders.MODULE + " " + call;
            assertEquals(2, count(text, row), "a row per map size: " + row);
            assertTrue(page.contains(row), "HTML lacks " + row);
        }
        // One sentence per size, with a finite ratio for each output (NaN is refused above).
        Matcher m = Pattern.compile("PoolsonModule registered, against it without: ([\\d.,]+)× as fast to a String; "
                + "([\\d.,]+)× as fast to an OutputStream").matcher(text.replace('\n', ' '));
        assertTrue(m.find() && m.find(), text);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int at = s.indexOf(what); at >= 0; at = s.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void victimAgingAndObjectCountsShowWhatTheSeedsShow() {
        // Aging: all objects survive one collection in the victim cache, none survive two.
        assertTrue(text.matches("(?s).*after collection 1: +held +64 +\\(primary +0, victim +64\\).*"), text);
        assertTrue(text.matches("(?s).*after collection 2: +held +0 +\\(primary +0, victim +0\\).*"), text);

        // A pool shared by 10,000 borrowers creates a handful of objects, not one per borrower.
        Matcher m = Pattern.compile("poolson Pool: +([\\d,]+) objects were created").matcher(text);
        assertTrue(m.find(), text);
        long created = Long.parseLong(m.group(1).replace(",", ""));
        assertTrue(created >= 1 && created < 1_000, "poolson created " + created);
    }

    @Test
    void theFidelityTableShowsPoolsonWritingJacksonsTextOnEveryValue() {
        // The totals row: one "N of M" cell per writer, in SameBytesCheck.WRITERS order, poolson's two first.
        Matcher line = Pattern.compile("(?m)^.*differs from Jackson 2.*$").matcher(text);
        assertTrue(line.find(), text);
        Matcher cell = Pattern.compile("(\\d+) of (\\d+)").matcher(line.group());
        List<String> counts = new ArrayList<>();
        while (cell.find()) {
            assertEquals(SameBytesCheck.CASES.size(), Integer.parseInt(cell.group(2)), line.group());
            counts.add(cell.group(1));
        }
        assertEquals(SameBytesCheck.WRITERS.size(), counts.size(), line.group());
        assertEquals(List.of("0", "0"), counts.subList(0, 2), "poolson toJson and toJsonBytes must write Jackson 2's text: " + line.group());
    }

    private static Document parse(String page) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    }
}
