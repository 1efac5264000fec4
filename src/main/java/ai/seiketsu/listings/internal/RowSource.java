package ai.seiketsu.listings.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import ai.seiketsu.listings.ListingImport.Format;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The rows of an import file, one at a time, keyed by RESO field name. Both formats are streamed: a CSV record or
 * one element of the JSON {@code value} array is in memory at once, never the file.
 */
public abstract sealed class RowSource implements AutoCloseable {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.TRIM_HEADER_SPACES).build();
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // one element at a time, the rest follows
            .build();

    public static RowSource open(Format format, Path file) {
        try {
            return switch (format) {
                case CSV -> new Csv(file);
                case JSON -> new Json(file);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next row, or null at the end of the file. */
    public abstract @Nullable Map<String, @Nullable Object> next();

    /** Counts the rows in a first, cheap pass, so that progress can be shown as done of total. */
    public static int count(Format format, Path file) {
        try (RowSource rows = open(format, file)) {
            int n = 0;
            while (rows.skip()) {
                n++;
            }
            return n;
        }
    }

    abstract boolean skip();

    @Override
    public abstract void close();

    private static final class Csv extends RowSource {

        private final BufferedReader reader;
        private final MappingIterator<Map<String, @Nullable Object>> rows;

        Csv(Path file) throws IOException {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            skipByteOrderMark(reader);
            rows = CSV.readerForMapOf(Object.class).with(CsvSchema.emptySchema().withHeader()).readValues(reader);
        }

        @Override
        public @Nullable Map<String, @Nullable Object> next() {
            return rows.hasNextValue() ? rows.nextValue() : null;
        }

        @Override
        boolean skip() {
            return next() != null;
        }

        @Override
        public void close() {
            rows.close();
            closeQuietly(reader);
        }

        /** Spreadsheets save UTF-8 CSV with a byte-order mark, which would otherwise stick to the first header. */
        private static void skipByteOrderMark(BufferedReader reader) throws IOException {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        }
    }

    /** A RESO Web API answer: {@code {"@odata.context": ..., "value": [ {...}, ... ]}}, or a bare array. */
    private static final class Json extends RowSource {

        private final InputStream in;
        private final JsonParser parser;
        private boolean inArray;

        Json(Path file) throws IOException {
            in = Files.newInputStream(file);
            parser = JSON.createParser(in);
        }

        @Override
        public @Nullable Map<String, @Nullable Object> next() {
            if (!advance()) {
                return null;
            }
            return JSON.readValue(parser, JSON.getTypeFactory().constructMapType(Map.class, String.class,
                    Object.class));
        }

        @Override
        boolean skip() {
            if (!advance()) {
                return false;
            }
            parser.skipChildren();
            return true;
        }

        /** Moves to the start of the next element of the array, or answers false at its end. */
        private boolean advance() {
            if (!inArray) {
                findArray();
                inArray = true;
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                return false;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new MalformedImportException("every element of \"value\" must be an object");
            }
            return true;
        }

        private void findArray() {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new MalformedImportException("the file must be a JSON object with a \"value\" array");
            }
            for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("value".equals(name) && value == JsonToken.START_ARRAY) {
                    return;
                }
                parser.skipChildren();
            }
            throw new MalformedImportException("the file has no \"value\" array");
        }

        @Override
        public void close() {
            parser.close();
            closeQuietly(in);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // reading is over; nothing to recover
        }
    }

    /** The file is not in the shape its format promises; the message is safe to show. */
    public static final class MalformedImportException extends RuntimeException {

        MalformedImportException(String message) {
            super(message, null, false, false);
        }
    }
}
