package org.tenfold.measure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tenfold.measure.InstrumentDefinition.Band;
import org.tenfold.measure.InstrumentDefinition.ClinicalWhen;
import org.tenfold.measure.InstrumentDefinition.Critical;
import org.tenfold.measure.InstrumentDefinition.Cutoff;
import org.tenfold.measure.InstrumentDefinition.Item;
import org.tenfold.measure.InstrumentDefinition.Kind;
import org.tenfold.measure.InstrumentDefinition.Method;
import org.tenfold.measure.InstrumentDefinition.Option;
import org.tenfold.measure.InstrumentDefinition.ReliableChange;
import org.tenfold.measure.InstrumentDefinition.Subscale;

/**
 * Reads an instrument's definition file (JSON, format {@value #FORMAT}) and checks it whole before anything is
 * stored: every problem is named with where it is, so a clinic adding its own instrument learns what to fix.
 * The files the product ships are listed in {@value #BUNDLED}{@code index}; a clinic imports others.
 */
public final class InstrumentDefinitions {

    /** The format a definition file declares. */
    public static final String FORMAT = "tenfold-instrument/1";
    /** Where the shipped definitions lie on the class path. */
    public static final String BUNDLED = "/org/tenfold/measure/instruments/";
    /** The longest definition accepted (characters). */
    public static final int MAX_LENGTH = 200_000;

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    static final Pattern STEP = Pattern.compile("[A-Z_]{2,40}");
    static final Set<String> RAISES = Set.of("RISK");

    private InstrumentDefinitions() {
    }

    /** A definition that cannot be used, with every problem found in it. */
    public static final class InvalidDefinition extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        InvalidDefinition(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** The shipped definition files' names, from the index beside them. */
    public static List<String> bundledNames() {
        try (InputStream in = InstrumentDefinitions.class.getResourceAsStream(BUNDLED + "index")) {
            if (in == null) {
                throw new IllegalStateException("No instrument index at " + BUNDLED);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A shipped definition file's text. */
    public static String bundledText(String name) {
        try (InputStream in = InstrumentDefinitions.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new IllegalStateException("No instrument definition " + BUNDLED + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of a definition's text as given (hex): what tells two files of one version apart. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads and checks a definition; throws {@link InvalidDefinition} naming every problem. */
    public static InstrumentDefinition parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidDefinition(List.of("The definition is empty."));
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidDefinition(List.of("A definition is at most " + MAX_LENGTH + " characters."));
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new InvalidDefinition(List.of("The definition is not valid JSON (line "
                    + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")."));
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidDefinition(List.of("The definition must be one JSON object."));
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidDefinition(List.of("The definition must be one JSON object."));
        }
        JsonObject root = value.asJsonObject();
        Reader r = new Reader();
        InstrumentDefinition d = r.definition(root);
        if (!r.problems.isEmpty()) {
            throw new InvalidDefinition(r.problems);
        }
        return d;
    }

    /** Collects problems as it reads, so one pass reports them all. */
    private static final class Reader {
        final List<String> problems = new ArrayList<>();

        InstrumentDefinition definition(JsonObject o) {
            String format = string(o, "format", true, 40);
            if (format != null && !FORMAT.equals(format)) {
                problems.add("format must be \"" + FORMAT + "\".");
            }
            String code = string(o, "code", true, 40);
            if (code != null && !CODE.matcher(code).matches()) {
                problems.add("code must be 2 to 40 capital letters, digits and hyphens (like PHQ-9).");
            }
            int version = integer(o, "version", 1, 10_000, true, 0);
            String title = string(o, "title", true, 200);
            String name = string(o, "name", true, 300);
            String clientTitle = string(o, "clientTitle", true, 200);
            String instructions = string(o, "instructions", true, 2000);
            String source = string(o, "source", true, 2000);
            String licence = string(o, "licence", true, 2000);
            List<Option> defaults = options(o, "options", "options", false);
            List<Item> items = items(o, defaults);

            JsonObject s = object(o, "scoring", true);
            if (s == null) {
                return null;
            }
            Method method = enumValue(s, "scoring.method", "method", Method.class, true);
            double min = number(s, "scoring.min", "min", true);
            double max = number(s, "scoring.max", "max", true);
            boolean higherIsBetter = bool(s, "scoring.higherIsBetter", "higherIsBetter", true, false);
            List<Band> bands = bands(s);
            Cutoff cutoff = cutoff(s, "cutoff", "scoring.cutoff");
            ReliableChange reliable = reliable(s);
            List<Subscale> subscales = subscales(s, items);
            if (!problems.isEmpty()) {
                return null;
            }
            InstrumentDefinition d = new InstrumentDefinition(code, version, title, name, clientTitle, instructions,
                    source, licence, method, min, max, higherIsBetter, items, bands, subscales, cutoff, reliable);
            consistent(d);
            return d;
        }

        private List<Item> items(JsonObject o, List<Option> defaults) {
            JsonArray array = array(o, "items", "items", true);
            List<Item> items = new ArrayList<>();
            if (array == null) {
                return items;
            }
            if (array.isEmpty()) {
                problems.add("items must list at least one item.");
            }
            Set<Integer> numbers = new HashSet<>();
            for (int i = 0; i < array.size(); i++) {
                String where = "items[" + i + "]";
                if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    problems.add(where + " must be an object.");
                    continue;
                }
                JsonObject it = array.getJsonObject(i);
                int number = integer(it, where + ".number", 1, 500, true, 0);
                if (number > 0 && !numbers.add(number)) {
                    problems.add(where + ".number " + number + " is used twice.");
                }
                if (number > 0 && number != i + 1) {
                    problems.add(where + ".number must be " + (i + 1) + ": items are numbered 1, 2, 3, ... in order.");
                }
                Kind kind = it.containsKey("kind") ? enumValue(it, where + ".kind", "kind", Kind.class, true) : Kind.CHOICE;
                String text = stringAt(it, "text", where + ".text", true, 1000);
                String step = stringAt(it, "stepCode", where + ".stepCode", false, 40);
                if (step != null && !STEP.matcher(step).matches()) {
                    problems.add(where + ".stepCode must be a step's code, like SELF_CARE.");
                }
                boolean choice = kind != Kind.TEXT;
                boolean scored = bool(it, where + ".scored", "scored", false, choice);
                boolean reverse = bool(it, where + ".reverse", "reverse", false, false);
                boolean required = bool(it, where + ".required", "required", false, choice);
                List<Option> options = it.containsKey("options") ? options(it, "options", where + ".options", true)
                        : defaults;
                Critical critical = critical(it, where);
                if (choice && options.size() < 2) {
                    problems.add(where + " needs at least two options (its own, or the definition's \"options\").");
                }
                if (!choice && (scored || reverse || critical != null || it.containsKey("options"))) {
                    problems.add(where + " is a TEXT item: it has no options and is never scored, reversed or critical.");
                }
                if (critical != null && choice && !options.isEmpty()
                        && options.stream().noneMatch(op -> critical.positive(op.value()))) {
                    problems.add(where + ".critical.above leaves no answer that is positive.");
                }
                items.add(new Item(number, kind, text, step, scored && choice, reverse && choice, required,
                        choice ? options : List.of(), choice ? critical : null));
            }
            return items;
        }

        private Critical critical(JsonObject it, String where) {
            JsonObject c = object(it, "critical", false);
            if (c == null) {
                return null;
            }
            int above = integer(c, where + ".critical.above", -1000, 1000, true, 0);
            String raises = stringAt(c, "raises", where + ".critical.raises", true, 20);
            if (raises != null && !RAISES.contains(raises)) {
                problems.add(where + ".critical.raises must be one of " + RAISES + ".");
            }
            String label = stringAt(c, "label", where + ".critical.label", true, 200);
            return new Critical(above, raises, label);
        }

        private List<Option> options(JsonObject o, String key, String where, boolean required) {
            JsonArray array = array(o, key, where, required);
            List<Option> out = new ArrayList<>();
            if (array == null) {
                return out;
            }
            Set<Integer> values = new HashSet<>();
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    problems.add(where + "[" + i + "] must be an object.");
                    continue;
                }
                JsonObject op = array.getJsonObject(i);
                int value = integer(op, where + "[" + i + "].value", -1000, 1000, true, 0);
                String label = stringAt(op, "label", where + "[" + i + "].label", true, 200);
                if (!values.add(value)) {
                    problems.add(where + "[" + i + "].value " + value + " is used twice.");
                }
                out.add(new Option(value, label));
            }
            return out;
        }

        private List<Band> bands(JsonObject s) {
            JsonArray array = array(s, "bands", "scoring.bands", false);
            List<Band> out = new ArrayList<>();
            if (array == null) {
                return out;
            }
            for (int i = 0; i < array.size(); i++) {
                String where = "scoring.bands[" + i + "]";
                if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    problems.add(where + " must be an object.");
                    continue;
                }
                JsonObject b = array.getJsonObject(i);
                out.add(new Band(number(b, where + ".from", "from", true), number(b, where + ".to", "to", true),
                        stringAt(b, "label", where + ".label", true, 100)));
            }
            return out;
        }

        private Cutoff cutoff(JsonObject o, String key, String where) {
            JsonObject c = object(o, key, false);
            if (c == null) {
                return null;
            }
            return new Cutoff(number(c, where + ".value", "value", true),
                    enumValue(c, where + ".clinicalWhen", "clinicalWhen", ClinicalWhen.class, true),
                    stringAt(c, "label", where + ".label", true, 300));
        }

        private ReliableChange reliable(JsonObject s) {
            JsonObject c = object(s, "reliableChange", false);
            if (c == null) {
                return null;
            }
            double value = number(c, "scoring.reliableChange.value", "value", true);
            if (!(value > 0)) {
                problems.add("scoring.reliableChange.value must be above 0.");
            }
            return new ReliableChange(value, stringAt(c, "source", "scoring.reliableChange.source", true, 1000));
        }

        private List<Subscale> subscales(JsonObject s, List<Item> items) {
            JsonArray array = array(s, "subscales", "scoring.subscales", false);
            List<Subscale> out = new ArrayList<>();
            if (array == null) {
                return out;
            }
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < array.size(); i++) {
                String where = "scoring.subscales[" + i + "]";
                if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    problems.add(where + " must be an object.");
                    continue;
                }
                JsonObject sub = array.getJsonObject(i);
                String code = stringAt(sub, "code", where + ".code", true, 40);
                if (code != null && (!CODE.matcher(code).matches() || !codes.add(code))) {
                    problems.add(where + ".code must be a distinct code like PHQ-2.");
                }
                String title = stringAt(sub, "title", where + ".title", true, 200);
                JsonArray numbers = array(sub, "items", where + ".items", true);
                List<Integer> list = new ArrayList<>();
                if (numbers != null) {
                    for (JsonValue v : numbers) {
                        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                            problems.add(where + ".items must be item numbers.");
                            continue;
                        }
                        int number = n.intValue();
                        boolean scoredItem = items.stream().anyMatch(it -> it.number() == number && it.scored());
                        if (!scoredItem) {
                            problems.add(where + ".items names " + number + ", which is not a scored item.");
                        }
                        list.add(number);
                    }
                    if (list.isEmpty()) {
                        problems.add(where + ".items must name at least one item.");
                    }
                }
                out.add(new Subscale(code, title, list, cutoff(sub, "cutoff", where + ".cutoff")));
            }
            return out;
        }

        /** What only the whole can say: the range matches the items, the bands cover it, thresholds lie in it. */
        private void consistent(InstrumentDefinition d) {
            List<Item> scored = d.scoredItems();
            if (scored.isEmpty()) {
                problems.add("At least one item must be scored.");
                return;
            }
            double low = 0;
            double high = 0;
            for (Item i : scored) {
                low += i.lowest();
                high += i.highest();
            }
            if (d.method() == Method.MEAN) {
                low = Scoring.round(low / scored.size());
                high = Scoring.round(high / scored.size());
            }
            if (d.min() != low || d.max() != high) {
                problems.add(String.format(Locale.ROOT, "scoring.min and scoring.max must be %s and %s: what the "
                        + "scored items' answers add up to.", plain(low), plain(high)));
            }
            List<Band> bands = d.bands();
            for (int b = 0; b < bands.size(); b++) {
                Band band = bands.get(b);
                if (band.to() < band.from()) {
                    problems.add("scoring.bands[" + b + "] ends before it starts.");
                }
                if (b == 0 && band.from() != d.min()) {
                    problems.add("scoring.bands[0] must start at scoring.min.");
                }
                if (b > 0 && !(band.from() > bands.get(b - 1).to())) {
                    problems.add("scoring.bands[" + b + "] must start after the band before it ends.");
                }
                if (b == bands.size() - 1 && band.to() != d.max()) {
                    problems.add("the last band must end at scoring.max.");
                }
            }
            if (d.cutoff() != null && (d.cutoff().value() < d.min() || d.cutoff().value() > d.max())) {
                problems.add("scoring.cutoff.value must lie within scoring.min and scoring.max.");
            }
            if (d.reliableChange() != null && d.reliableChange().value() > d.max() - d.min()) {
                problems.add("scoring.reliableChange.value is larger than the whole range.");
            }
        }

        // --- typed reads, each naming its place on a problem

        private String string(JsonObject o, String key, boolean required, int max) {
            return stringAt(o, key, key, required, max);
        }

        private String stringAt(JsonObject o, String key, String where, boolean required, int max) {
            JsonValue v = o.get(key);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                if (required) {
                    problems.add(where + " is required.");
                }
                return null;
            }
            if (!(v instanceof JsonString s) || s.getString().isBlank()) {
                problems.add(where + " must be text.");
                return null;
            }
            String text = s.getString().strip();
            if (text.length() > max) {
                problems.add(where + " is at most " + max + " characters.");
                return null;
            }
            return text;
        }

        private int integer(JsonObject o, String where, int min, int max, boolean required, int fallback) {
            String key = where.substring(where.lastIndexOf('.') + 1);
            JsonValue v = o.get(key);
            if (v == null) {
                if (required) {
                    problems.add(where + " is required.");
                }
                return fallback;
            }
            if (!(v instanceof JsonNumber n) || !n.isIntegral() || n.bigDecimalValue().abs().intValue() > 1_000_000) {
                problems.add(where + " must be a whole number.");
                return fallback;
            }
            int value = n.intValue();
            if (value < min || value > max) {
                problems.add(where + " must be from " + min + " to " + max + ".");
                return fallback;
            }
            return value;
        }

        private double number(JsonObject o, String where, String key, boolean required) {
            JsonValue v = o.get(key);
            if (!(v instanceof JsonNumber n)) {
                if (v != null || required) {
                    problems.add(where + (v == null ? " is required." : " must be a number."));
                }
                return 0;
            }
            double value = n.doubleValue();
            if (Double.isNaN(value) || Math.abs(value) > 100_000) {
                problems.add(where + " must be a number from -100000 to 100000.");
                return 0;
            }
            return value;
        }

        private boolean bool(JsonObject o, String where, String key, boolean required, boolean fallback) {
            JsonValue v = o.get(key);
            if (v == null) {
                if (required) {
                    problems.add(where + " is required.");
                }
                return fallback;
            }
            if (v.getValueType() != JsonValue.ValueType.TRUE && v.getValueType() != JsonValue.ValueType.FALSE) {
                problems.add(where + " must be true or false.");
                return fallback;
            }
            return v.getValueType() == JsonValue.ValueType.TRUE;
        }

        private <E extends Enum<E>> E enumValue(JsonObject o, String where, String key, Class<E> type, boolean required) {
            String text = stringAt(o, key, where, required, 40);
            if (text == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                Map<String, String> names = new LinkedHashMap<>();
                for (E c : type.getEnumConstants()) {
                    names.put(c.name(), c.name());
                }
                problems.add(where + " must be one of " + names.keySet() + ".");
                return null;
            }
        }

        private JsonObject object(JsonObject o, String key, boolean required) {
            JsonValue v = o.get(key);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                if (required) {
                    problems.add(key + " is required.");
                }
                return null;
            }
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(key + " must be an object.");
                return null;
            }
            return v.asJsonObject();
        }

        private JsonArray array(JsonObject o, String key, String where, boolean required) {
            JsonValue v = o.get(key);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                if (required) {
                    problems.add(where + " is required.");
                }
                return null;
            }
            if (v.getValueType() != JsonValue.ValueType.ARRAY) {
                problems.add(where + " must be a list.");
                return null;
            }
            return v.asJsonArray();
        }
    }

    static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
