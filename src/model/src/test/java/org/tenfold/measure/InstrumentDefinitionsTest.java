package org.tenfold.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The shipped definitions are whole, cite their source and licence, and survive the reference tables unchanged. */
class InstrumentDefinitionsTest {

    @Test
    void everyShippedFileIsIndexedAndEveryIndexedFileIsValid() throws URISyntaxException {
        File folder = new File(InstrumentDefinitions.class.getResource(InstrumentDefinitions.BUNDLED).toURI());
        TreeSet<String> files = new TreeSet<>(Arrays.stream(folder.list()).filter(n -> n.endsWith(".json")).toList());
        assertEquals(files, new TreeSet<>(InstrumentDefinitions.bundledNames()), "the index lists every definition file");
        List<String> codes = InstrumentDefinitions.bundledNames().stream()
                .map(n -> InstrumentDefinitions.parse(InstrumentDefinitions.bundledText(n)).code()).toList();
        assertEquals(List.of("PHQ-9", "GAD-7", "CSI-4", "TEN-STEP"), codes);
    }

    @Test
    void eachCitesItsSourceAndLicence() {
        for (String name : InstrumentDefinitions.bundledNames()) {
            InstrumentDefinition d = InstrumentDefinitions.parse(InstrumentDefinitions.bundledText(name));
            assertTrue(d.source().length() > 30, name + " cites its source");
            assertTrue(d.licence().length() > 30, name + " states its licence");
        }
        InstrumentDefinition phq9 = InstrumentDefinitions.parse(InstrumentDefinitions.bundledText("phq-9.json"));
        assertTrue(phq9.source().contains("Kroenke"));
        assertTrue(phq9.licence().contains("No permission required"));
        assertTrue(phq9.item(9).orElseThrow().critical() != null, "PHQ-9 item 9 is critical");
    }

    @Test
    void aDefinitionSurvivesTheReferenceTables() {
        for (String name : InstrumentDefinitions.bundledNames()) {
            InstrumentDefinition d = InstrumentDefinitions.parse(InstrumentDefinitions.bundledText(name));
            Instrument row = new Instrument(d, "0".repeat(64), Instrument.Origin.BUNDLED, "system", Instant.now());
            assertEquals(d, row.definition(), name + " read back from its rows");
        }
    }

    @Test
    void aBrokenDefinitionNamesEveryProblem() {
        var e = assertThrows(InstrumentDefinitions.InvalidDefinition.class, () -> InstrumentDefinitions.parse("""
                {"format": "tenfold-instrument/1", "code": "bad code", "version": 0, "title": "X", "name": "X",
                 "clientTitle": "X", "instructions": "X", "source": "X", "licence": "X",
                 "options": [{"value": 0, "label": "No"}, {"value": 1, "label": "Yes"}],
                 "items": [{"number": 1, "text": "A"}, {"number": 3, "text": "B"},
                           {"number": 3, "kind": "TEXT", "text": "C", "critical": {"above": 0, "raises": "RISK", "label": "x"}}],
                 "scoring": {"method": "SUM", "min": 0, "max": 5, "higherIsBetter": false,
                   "bands": [{"from": 0, "to": 0, "label": "Low"}, {"from": 0, "to": 2, "label": "High"}],
                   "cutoff": {"value": 9, "clinicalWhen": "AT_OR_ABOVE", "label": "x"}}}
                """));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("code must be"), all);
        assertTrue(all.contains("version must be from 1"), all);
        assertTrue(all.contains("items[1].number must be 2"), all);
        assertTrue(all.contains("used twice"), all);
        assertTrue(all.contains("TEXT item"), all);
        e = assertThrows(InstrumentDefinitions.InvalidDefinition.class, () -> InstrumentDefinitions.parse("""
                {"format": "tenfold-instrument/1", "code": "OK-1", "version": 1, "title": "X", "name": "X",
                 "clientTitle": "X", "instructions": "X", "source": "X", "licence": "X",
                 "options": [{"value": 0, "label": "No"}, {"value": 1, "label": "Yes"}],
                 "items": [{"number": 1, "text": "A"}, {"number": 2, "text": "B"}],
                 "scoring": {"method": "SUM", "min": 0, "max": 5, "higherIsBetter": false,
                   "bands": [{"from": 0, "to": 0, "label": "Low"}, {"from": 0, "to": 2, "label": "High"}],
                   "cutoff": {"value": 9, "clinicalWhen": "AT_OR_ABOVE", "label": "x"}}}
                """));
        all = String.join("\n", e.problems());
        assertTrue(all.contains("must be 0 and 2"), all);
        assertTrue(all.contains("scoring.bands[1] must start after"), all);
        assertTrue(all.contains("cutoff.value must lie within"), all);
        assertFalse(all.contains("code must be"), all);
        assertEquals(List.of("The definition is not valid JSON (line 1, column 2)."),
                assertThrows(InstrumentDefinitions.InvalidDefinition.class,
                        () -> InstrumentDefinitions.parse("{,")).problems());
        assertEquals(List.of("The definition must be one JSON object."),
                assertThrows(InstrumentDefinitions.InvalidDefinition.class,
                        () -> InstrumentDefinitions.parse("[1]")).problems());
    }
}
