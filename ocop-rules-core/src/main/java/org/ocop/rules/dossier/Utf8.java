package org.ocop.rules.dossier;

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
import org.ocop.rules.internal.json.JsonPaths;

/**
 * The text checks of the dossier reader, below JSON: bytes must be UTF-8 (RFC 8259 §8.1) and strings must be
 * Unicode text. Each refusal is a {@link DossierFormatException} that says where (line, column, JSON path), what the
 * offending bytes or characters were and what is allowed, so a portal can tell a person how to fix the file.
 */
final class Utf8 {

    /** U+FEFF, the byte-order mark; accepted (and skipped) before a document. */
    static final String BYTE_ORDER_MARK = "\uFEFF";


    private static final JsonFactory PLAIN = new JsonFactory();

    private Utf8() {
    }

    /**
     * The document's text: UTF-8 with or without a byte-order mark. UTF-16 and UTF-32 (with a byte-order mark, or
     * recognised by the NUL bytes JSON text in them starts with) and any byte that is not UTF-8 are refused.
     */
    static String decode(byte[] bytes, String source) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            throw notUtf8(source, "dossier.utf32", bytes, 4);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw notUtf8(source, "dossier.utf16", bytes, 2);
        }
        if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0)) {
            // JSON text begins with an ASCII character: a NUL beside it means two or four bytes a character
            throw notUtf8(source, "dossier.nulBytes", bytes, 2);
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
            throw new DossierFormatException(source, pathAtEnd(text), Messages.text("dossier.notUtf8.at", line, column,
                    offset), found.toString(), Messages.text("dossier.notUtf8.allowed"), null);
        }
        return text;
    }

    /**
     * Refuses a string or key holding a surrogate that is not half of a pair (written as an escape such as
     * {@code "\ud800"}, or given in a Java string): it is not Unicode text and would travel into every message and
     * the JSON output. Well-formed text is scanned once, without parsing; only a document that holds a surrogate
     * or a surrogate escape is parsed to find where.
     */
    static void refuseLoneSurrogates(String json, String source) {
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
                    throw new DossierFormatException(source, escapeSurrogates(
                            JsonPaths.pointerToPath(parser.getParsingContext().pathAsPointer().toString())),
                            Messages.text("dossier.loneSurrogate", escape(text.charAt(lone)), at.getLineNr(),
                                    at.getColumnNr()), escapeSurrogates(text),
                            Messages.text("dossier.loneSurrogate.allowed"), null);
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
     */
    static String escapeInvisible(String text) {
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
    private static DossierFormatException notUtf8(String source, String what, byte[] bytes, int count) {
        StringBuilder found = new StringBuilder();
        for (int i = 0; i < count; i++) {
            found.append(i == 0 ? "" : " ").append(hex(bytes[i]));
        }
        return new DossierFormatException(source, "$", Messages.text("dossier.notUtf8", Messages.text(what)),
                found.toString(), Messages.text("dossier.notUtf8.allowed"), null);
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
