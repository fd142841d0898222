package org.tenfold.it.screens;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openqa.selenium.WebElement;

/**
 * axe-core's WCAG 2.1 A/AA rules run in a screen test's browser. {@link #check} records what it finds per screen
 * state; {@link #blocking()} is what fails the build: every critical or serious violation.
 */
final class Axe {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Set<String> BLOCKING = Set.of("critical", "serious");
    /** Not an axe rule: a stored code or an ISO date in a page's visible text. */
    static final String RAW_WORDS = "raw-words";

    /** One violation of one rule on one screen state, with the elements it concerns. */
    record Finding(String state, String rule, String impact, String help, List<String> elements) {
        @Override
        public String toString() {
            return state + ": " + rule + " (" + impact + ") " + help + " " + elements;
        }
    }

    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Integer> blockingByState = new LinkedHashMap<>();

    /** Runs axe on the whole page, or only inside {@code within} (an open dialog). */
    List<Finding> check(Browser b, String state, WebElement... within) {
        AxeBuilder axe = new AxeBuilder().withTags(WCAG_21_AA);
        Results results = within.length == 0 ? axe.analyze(b.driver()) : axe.analyze(b.driver(), within);
        if (results.isErrored()) {
            throw new AssertionError("axe could not run on " + state + ": " + results.getErrorMessage());
        }
        List<Finding> found = new ArrayList<>();
        for (Rule r : results.getViolations()) {
            List<String> elements = new ArrayList<>();
            for (CheckedNode n : r.getNodes()) {
                elements.add(n.getTarget() + " " + abbreviated(n.getHtml()));
            }
            found.add(new Finding(state, r.getId(), String.valueOf(r.getImpact()), r.getHelp(), elements));
        }
        findings.addAll(found);
        blockingByState.merge(state, (int) found.stream().filter(f -> BLOCKING.contains(f.impact()))
                .mapToLong(f -> f.elements().size()).sum(), Integer::sum);
        for (Finding f : found) {
            System.out.println("[axe] " + f);
        }
        return found;
    }

    void vocabulary(String state, List<String> quotes) {
        Finding f = new Finding(state, RAW_WORDS, "words", "codes or ISO dates shown as they are stored", quotes);
        findings.add(f);
        System.out.println("[axe] " + f);
    }

    List<Finding> findings() {
        return findings;
    }

    /** The critical and serious violations. */
    List<Finding> blocking() {
        return findings.stream().filter(f -> BLOCKING.contains(f.impact())).toList();
    }

    /** Per screen state: the number of elements with a critical or serious violation. */
    Map<String, Integer> blockingCounts() {
        return new TreeMap<>(blockingByState);
    }

    private static String abbreviated(String html) {
        String s = String.valueOf(html).replaceAll("\\s+", " ");
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
