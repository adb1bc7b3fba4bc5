package org.ocop.rules.audit;

/** Escaping for the report's XHTML, which openhtmltopdf parses as XML and browsers as HTML. */
final class Html {

    private Html() {
    }

    /**
     * {@code text} safe in element content and in double-quoted attributes. Characters XML 1.0 forbids (control
     * characters a dossier may carry in a name) become U+FFFD, so that one bad name never makes the whole report
     * unreadable to the PDF renderer.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** {@code text} as a CSS string literal (for the PDF's page margin boxes). */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '<' || c == '&') {
                // the style sheet is XML content in the XHTML the PDF is made from
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else if (c < 0x20) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
