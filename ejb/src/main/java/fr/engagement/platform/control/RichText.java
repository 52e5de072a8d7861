package fr.engagement.platform.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Rich text from forms is kept only in a small safe subset of HTML: scripts, event handlers, styles and foreign
 * links are removed on the way in, so pages can show it as is.
 */
public final class RichText {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "a", "h3", "h4", "blockquote")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "https", "http", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {}

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = Jsoup.clean(html, "", ALLOWED, OUTPUT).strip();
        return plainText(clean).isBlank() ? null : clean;
    }

    public static String plainText(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }

    /** Messages between people are plain text: any markup is dropped. */
    public static String plain(String text) {
        if (text == null) {
            return null;
        }
        String clean = Jsoup.clean(text, "", Safelist.none(), OUTPUT);
        return org.jsoup.parser.Parser.unescapeEntities(clean, false).strip();
    }
}
