package org.ocop.rules.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.ocop.rules.internal.Messages;

/**
 * The text checks below JSON, shared by the dossier reader and the criteria loader: bytes must be UTF-8 (RFC 8259
 * §8.1) and strings must be Unicode text. Each refusal is a {@link JsonProblem} that says where (line, column, JSON
 * path), what the offending bytes or characters were and what is allowed, so a person can be told how to fix the
 * file. Not API: may change in any release. Stateless and thread-safe.
 */
public final class Utf8 {

    /** U+FEFF, the byte-order mark; accepted (and skipped) before a document. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";


    private static final JsonFactory PLAIN = new JsonFactory();

    private Utf8() {
    }

    /**
     * The document's text: UTF-8 with or without a byte-order mark (the mark is dropped). UTF-16 and UTF-32 (with
     * a byte-order mark, or recognised by the NUL bytes JSON text in them starts with) and any byte that is not
     * UTF-8 are refused.
     *
     * @param bytes the document
     * @return its text
     * @throws JsonProblem of kind {@link JsonProblem.Kind#NOT_UTF8}, at the first byte that is not UTF-8
     */
    public static String decode(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            throw notUtf8("json.utf32", bytes, 4);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw notUtf8("json.utf16", bytes, 2);
        }
        if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0)) {
            // JSON text begins with an ASCII character: a NUL beside it means two or four bytes a character
            throw notUtf8("json.nulBytes", bytes, 2);
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        String text = out.flip().toString();
        if (result.isError()) {
            int offset = in.position();
            int line = 1 + (int) text.chars().filter(c -> c == '\n').count();
            int column = text.length() - text.lastIndexOf('\n');
            StringBuilder found = new StringBuilder();
            for (int i = offset; i < Math.min(bytes.length, offset + result.length()); i++) {
                found.append(found.length() == 0 ? "" : " ").append(hex(bytes[i]));
            }
            throw JsonProblem.ofText(JsonProblem.Kind.NOT_UTF8, pathAtEnd(text), line, column, offset,
                    Messages.text("json.notUtf8"), found.toString(), Messages.text("json.notUtf8.allowed"));
        }
        return text;
    }

    /** The text without the byte-order mark it may start with (a text given as characters, not decoded here). */
    public static String withoutByteOrderMark(String text) {
        return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
    }

    /**
     * Refuses a string or key holding a surrogate that is not half of a pair (written as an escape such as
     * {@code "\ud800"}, or given in a Java string): it is not Unicode text and would travel into every message and
     * the JSON output. Well-formed text is scanned once, without parsing; only a document that holds a surrogate
     * or a surrogate escape is parsed to find where. A document that is not well-formed is left to the binding,
     * which reports it with its own position.
     *
     * @param json the document
     * @throws JsonProblem of kind {@link JsonProblem.Kind#LONE_SURROGATE}, at the first string or key holding one
     */
    public static void refuseLoneSurrogates(String json) {
        if (!mayHoldSurrogate(json)) {
            return;
        }
        try (JsonParser parser = PLAIN.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.FIELD_NAME && token != JsonToken.VALUE_STRING) {
                    continue;
                }
                String text = parser.getText();
                int lone = loneSurrogate(text);
                if (lone >= 0) {
                    var at = parser.currentTokenLocation();
                    throw JsonProblem.ofText(JsonProblem.Kind.LONE_SURROGATE, escapeSurrogates(
                            JsonPaths.pointerToPath(parser.getParsingContext().pathAsPointer().toString())),
                            at.getLineNr(), at.getColumnNr(), -1, Messages.text("json.loneSurrogate",
                                    escape(text.charAt(lone))), escapeSurrogates(text),
                            Messages.text("json.loneSurrogate.allowed"));
                }
            }
        } catch (IOException malformed) {
            // not well-formed JSON: the binding that follows reports it with its own position
        }
    }

    private static boolean mayHoldSurrogate(String json) {
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (Character.isSurrogate(c)) {
                return true;
            }
            if (c == '\\' && i + 3 < json.length() && json.charAt(i + 1) == 'u'
                    && (json.charAt(i + 2) == 'd' || json.charAt(i + 2) == 'D')
                    && "89abcdefABCDEF".indexOf(json.charAt(i + 3)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first surrogate that is not half of a pair, or -1. */
    private static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The text with every character a reader cannot see (controls, format characters such as a byte-order mark or
     * a zero-width space, spaces other than U+0020, surrogates) written as a {@code \\uXXXX} escape, for messages.
     *
     * @param text any text
     * @return the text, every invisible character escaped
     */
    public static String escapeInvisible(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || (Character.isSpaceChar(c) && c != ' ');
            sb.append(invisible ? escape(c) : String.valueOf(c));
        }
        return sb.toString();
    }

    private static String escapeSurrogates(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(Character.isSurrogate(c) ? escape(c) : String.valueOf(c));
        }
        return sb.toString();
    }

    private static String escape(char c) {
        return String.format("\\u%04x", (int) c);
    }

    /** The JSON path where a parser stops at the end of {@code prefix}: where the undecodable byte sits. */
    private static String pathAtEnd(String prefix) {
        try (JsonParser parser = PLAIN.createParser(prefix)) {
            try {
                while (parser.nextToken() != null) {
                    // read up to the end of the prefix
                }
            } catch (IOException endOfPrefix) {
                // expected: the prefix ends inside the document
            }
            return JsonPaths.pointerToPath(parser.getParsingContext().pathAsPointer().toString());
        } catch (IOException e) {
            return "$";
        }
    }

    /** Not UTF-8: {@code what} is the key of what was found instead. */
    private static JsonProblem notUtf8(String what, byte[] bytes, int count) {
        StringBuilder found = new StringBuilder();
        for (int i = 0; i < count; i++) {
            found.append(i == 0 ? "" : " ").append(hex(bytes[i]));
        }
        return JsonProblem.ofText(JsonProblem.Kind.NOT_UTF8, "$", 0, 0, -1, Messages.text("json.notUtf8.found",
                Messages.text(what)), found.toString(), Messages.text("json.notUtf8.allowed"));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String hex(byte b) {
        return String.format("0x%02X", b & 0xFF);
    }
}
