package org.ocop.rules.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.Optional;
import java.util.Set;

/**
 * Where things are in a JSON text, found by parsing it again: the line and column where the value at a JSON path
 * starts (checks that work on bound values know only paths), and the head of an object (its text up to a key, for a
 * reader that needs only its first keys). Not API: may change in any release. Stateless and thread-safe.
 */
public final class JsonLocations {
    /** Refuses duplicate keys as the binding does: a text is read here as it was bound. */
    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonLocations() {
    }

    /**
     * A line and column of a text.
     *
     * @param line the line, from 1
     * @param column the column, from 1, in characters (the column an editor shows on a line of Vietnamese text)
     */
    public record Position(int line, int column) {
    }

    /**
     * Where the value at a JSON path ({@code $.a.b[2].c}) starts in a text; for a path that is not in it (a missing
     * key), where its nearest enclosing value starts; for a text that no longer parses, the best found before the
     * error.
     *
     * @param text the document
     * @param path a JSON path
     * @return the position, or empty when not even the document's start was found
     */
    public static Optional<Position> locate(String text, String path) {
        String target = JsonPaths.pathToPointer(path);
        JsonLocation best = null;
        int bestLength = -1;
        try (JsonParser parser = STRICT.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (pointer.equals(target)) {
                    return Optional.of(position(parser.currentTokenLocation()));
                }
                if (pointer.length() > bestLength && (pointer.isEmpty() || target.startsWith(pointer + "/"))) {
                    best = parser.currentTokenLocation();
                    bestLength = pointer.length();
                }
            }
        } catch (IOException e) {
            // a text that no longer parses: report what was found before the error
        }
        return Optional.ofNullable(best).map(JsonLocations::position);
    }

    private static Position position(JsonLocation at) {
        return new Position(at.getLineNr(), at.getColumnNr());
    }

    /**
     * The head of a JSON object: its text before the first of {@code stopKeys}, closed with {@code }}, read from
     * {@code in} without reading further than that key (so a large document's head costs what the head does). The
     * head is the document's beginning, so its positions are the document's (after a byte-order mark, which the
     * head leaves out as {@link Utf8#withoutByteOrderMark} does).
     *
     * @param document the document
     * @param stopKeys the keys the head ends before
     * @return the head as a JSON object, or empty when the text is no object, holds none of the keys, or is
     *     malformed before the first of them (a full read then reports the problem)
     * @throws IOException if {@code in} cannot be read, or holds characters it cannot decode
     */
    public static Optional<String> head(Reader document, Set<String> stopKeys) throws IOException {
        PushbackReader in = new PushbackReader(document);
        int first = in.read();
        if (first >= 0 && first != Utf8.BYTE_ORDER_MARK.charAt(0)) {
            in.unread(first);
        }
        StringBuilder seen = new StringBuilder();
        Reader recording = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                    seen.append(buffer, offset, n);
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
        try (JsonParser parser = STRICT.createParser(recording)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if (stopKeys.contains(parser.currentName())) {
                    return Optional.of(cut(seen, (int) parser.currentTokenLocation().getCharOffset()));
                }
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (JsonProcessingException e) {
            // read in full by the caller, which reports it
        }
        return Optional.empty();
    }

    /** The object's text before the key starting at {@code keyStart}, closed: its head as a JSON object. */
    private static String cut(CharSequence text, int keyStart) {
        int end = keyStart;
        while (end > 0 && " \t\r\n".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == ',') {
            end--;
        }
        return text.subSequence(0, end) + "}";
    }
}
