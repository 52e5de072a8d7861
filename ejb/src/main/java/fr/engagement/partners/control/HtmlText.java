package fr.engagement.partners.control;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text form of a description sent as HTML (the peer's html-to-text): blocks and {@code <br>} become line
 * breaks, list items start with " • ", entities are decoded. Text without any tag is kept as sent.
 */
public final class HtmlText {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*(\\s[^>]*)?/?\\s*>");
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "ul", "ol", "h1", "h2", "h3",
            "h4", "h5", "h6", "section", "article", "table", "tr", "blockquote", "pre");

    private HtmlText() {}

    public static boolean hasTag(String text) {
        return text != null && TAG.matcher(text).find();
    }

    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        if (!hasTag(raw)) {
            return org.jsoup.parser.Parser.unescapeEntities(raw, false);
        }
        StringBuilder out = new StringBuilder();
        Jsoup.parseBodyFragment(raw).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("li")) {
                        newLine(out);
                        out.append(" • ");
                    } else if (e.normalName().equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        newLine(out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && (BLOCKS.contains(e.normalName()) || e.normalName().equals("li"))) {
                    newLine(out);
                }
            }
        });
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void newLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
