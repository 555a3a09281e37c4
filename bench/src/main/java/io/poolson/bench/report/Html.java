package io.poolson.bench.report;

/** Escaping for HTML text and attribute values (also valid in inline SVG). Stateless, thread-safe. */
public final class Html {

    private Html() {
    }

    /** {@code s} with {@code & < > " '} replaced by character references. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
