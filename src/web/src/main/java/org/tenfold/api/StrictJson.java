package org.tenfold.api;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.tenfold.platform.DateLimits;
import org.tenfold.platform.InvalidInputException;

/**
 * JSON bodies read strictly, for every resource at once: a number where a number is meant, and a whole
 * one where an id or a count is (1.5 is not counsellor 1); a string where text is meant (["a"] is not "a");
 * dates and instants in their ISO form within the clinic's years ({@link DateLimits}); and no null inside
 * an array (a list of ids never holds "no id"). What does not fit is a 400 that names the problem.
 */
@Provider
@Consumes(MediaType.WILDCARD)
public class StrictJson implements ContextResolver<Jsonb>, ReaderInterceptor {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(
            new WholeLong(), new WholeInt(),
            new Text(), new Day(), new Moment(), new Clock()));
    /** Larger bodies than any screen or script of ours sends are not read into memory to be checked. */
    static final int MAX_BODY = 2 * 1024 * 1024;

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** A value that does not fit its field: the message says which and how. */
    public static final class InvalidValue extends JsonbException {
        private static final long serialVersionUID = 1L;

        InvalidValue(String message) {
            super(message);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new InvalidInputException("body", "The body is larger than " + MAX_BODY / 1024 / 1024 + " MB.");
        }
        if (body.length > 0) {
            checkNoNullInArrays(body);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static void checkNoNullInArrays(byte[] body) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            // for each open array or object: the field it is the value of ("" at the top or inside a list)
            Deque<String> names = new ArrayDeque<>();
            Deque<Boolean> inArray = new ArrayDeque<>();
            String key = "";
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case KEY_NAME -> key = parser.getString();
                    case START_ARRAY -> {
                        inArray.push(true);
                        names.push(key);
                    }
                    case START_OBJECT -> {
                        inArray.push(false);
                        names.push(key);
                        key = "";
                    }
                    case END_ARRAY, END_OBJECT -> {
                        inArray.poll();
                        names.poll();
                    }
                    case VALUE_NULL -> {
                        if (Boolean.TRUE.equals(inArray.peek())) {
                            String field = names.isEmpty() || names.peek().isEmpty() ? "body" : names.peek();
                            throw new InvalidInputException(field, "The list " + field + " holds null; leave the entry"
                                    + " out instead.");
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (JsonParsingException | IllegalStateException e) {
            // malformed JSON: JSON-B reports it in its own words (400)
        }
    }

    /** The value the parser stands on (JSON-B's parser offers no current event, only the value). */
    private static JsonValue value(JsonParser parser) {
        return parser.getValue();
    }

    /** Whole numbers: JSON numbers with no fraction, within the range. */
    static BigDecimal whole(JsonParser parser, long min, long max) {
        JsonValue sent = value(parser);
        if (sent.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new InvalidValue("A whole number is expected where " + describe(sent) + " was sent.");
        }
        BigDecimal value = ((JsonNumber) sent).bigDecimalValue();
        if (value.precision() - value.scale() > 20 || value.stripTrailingZeros().scale() > 0
                || value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidValue("A whole number is expected, not " + abbreviated(value.toString()) + ".");
        }
        return value.setScale(0);
    }

    /** Ids and other longs (JSON-B finds a deserializer by its declared type, so one class per type). */
    static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return whole(parser, Long.MIN_VALUE, Long.MAX_VALUE).longValueExact();
        }
    }

    /** Counts, minutes, days. */
    static final class WholeInt implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return whole(parser, Integer.MIN_VALUE, Integer.MAX_VALUE).intValueExact();
        }
    }

    /** Text: a JSON string and nothing else. */
    static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue sent = value(parser);
            if (sent.getValueType() != JsonValue.ValueType.STRING) {
                throw new InvalidValue("Text (a JSON string) is expected where " + describe(sent) + " was sent.");
            }
            return ((JsonString) sent).getString();
        }
    }

    static final class Day implements JsonbDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return DateLimits.parseDate("date", string(parser, "a date like 2026-03-02"));
        }
    }

    static final class Moment implements JsonbDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return DateLimits.parseInstant("time", string(parser, "an instant like 2026-03-02T09:00:00Z"));
        }
    }

    static final class Clock implements JsonbDeserializer<LocalTime> {
        @Override
        public LocalTime deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            String text = string(parser, "a time like 09:30");
            if (!text.matches("[0-9]{2}:[0-9]{2}(:[0-9]{2})?")) {
                throw new InvalidValue("A time like 09:30 is expected, not " + abbreviated(text) + ".");
            }
            try {
                return LocalTime.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidValue("A time like 09:30 is expected, not " + abbreviated(text) + ".");
            }
        }
    }

    private static String string(JsonParser parser, String expected) {
        JsonValue sent = value(parser);
        if (sent.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidValue(Character.toUpperCase(expected.charAt(0)) + expected.substring(1) + " is expected where "
                    + describe(sent) + " was sent.");
        }
        return ((JsonString) sent).getString();
    }

    private static String describe(JsonValue v) {
        return switch (v.getValueType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "text";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "true or false";
            default -> "something else";
        };
    }

    private static String abbreviated(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
