package fr.engagement.feeds.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the {@code <mission>} elements of a feed one at a time (StAX), holding at most one mission in memory.
 * DTDs are refused outright — a DOCTYPE fails the feed, which also stops external entities and entity expansion
 * ("billion laughs") — and the size, mission count, text length and depth are bounded ({@link FeedLimits}).
 * Every failure is a {@link FeedException} carrying the peer's error text first.
 */
public final class FeedParser implements AutoCloseable {

    private static final int PROLOG_PEEK = 4096;

    private final FeedLimits limits;
    private final LimitedInputStream counted;
    private final XMLStreamReader xml;
    private int missions;
    private boolean done;

    public FeedParser(InputStream in, FeedLimits limits) throws FeedException {
        this.limits = limits;
        this.counted = new LimitedInputStream(in, limits.maxBytes());
        BufferedInputStream buffered = new BufferedInputStream(counted, PROLOG_PEEK * 2);
        checkProlog(buffered);
        try {
            this.xml = factory().createXMLStreamReader(buffered);
            enterRoot();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return factory;
    }

    /** The peer's two first checks: an empty body, and a body without {@code <?xml}. */
    private void checkProlog(BufferedInputStream in) throws FeedException {
        try {
            in.mark(PROLOG_PEEK + 1);
            byte[] head = in.readNBytes(PROLOG_PEEK);
            in.reset();
            String text = new String(head, StandardCharsets.ISO_8859_1).replace("\uFEFF", "")
                    .replace("\u00EF\u00BB\u00BF", "").strip();
            if (text.isEmpty()) {
                throw new FeedException(FeedException.EMPTY);
            }
            if (!text.contains("<?xml")) {
                throw new FeedException(FeedException.NOT_XML);
            }
        } catch (LimitedInputStream.TooLarge e) {
            throw FeedException.parse(e.getMessage());
        } catch (IOException e) {
            throw FeedException.parse("lecture impossible (" + e.getMessage() + ")");
        }
    }

    private void enterRoot() throws XMLStreamException, FeedException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw doctype();
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!"source".equals(xml.getLocalName())) {
                    throw new FeedException(FeedException.EMPTY + ": root element is <" + xml.getLocalName()
                            + ">, expected <source>");
                }
                return;
            }
        }
        throw new FeedException(FeedException.EMPTY);
    }

    /** The next mission, or null after the last one. A feed without any mission is "Empty xml". */
    public XmlNode next() throws FeedException {
        if (done) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw doctype();
                    case XMLStreamConstants.START_ELEMENT -> {
                        if ("mission".equals(xml.getLocalName())) {
                            if (++missions > limits.maxMissions()) {
                                throw FeedException.parse("more than " + limits.maxMissions() + " missions");
                            }
                            return element(2);
                        }
                        element(2); // channel elements (publisher, lastBuildDate, ...) are read and ignored
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        finish();
                        return null;
                    }
                    default -> { }
                }
            }
            throw FeedException.parse("unexpected end of document");
        } catch (XMLStreamException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            // some StAX implementations wrap I/O failures (the size limit) in unchecked exceptions
            throw failure(e);
        }
    }

    private void finish() throws XMLStreamException, FeedException {
        // the rest of the document must still be well formed (nothing but comments and spaces)
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                throw FeedException.parse("content after </source>");
            }
        }
        done = true;
        if (missions == 0) {
            throw new FeedException(FeedException.EMPTY);
        }
    }

    /** Reads the element the reader is on (START_ELEMENT) up to its end. */
    private XmlNode element(int depth) throws XMLStreamException, FeedException {
        if (depth > limits.maxDepth()) {
            throw FeedException.parse("elements nested deeper than " + limits.maxDepth() + " levels");
        }
        String name = xml.getLocalName();
        StringBuilder text = new StringBuilder();
        List<XmlNode> children = new ArrayList<>();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(element(depth + 1));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    if (text.length() > limits.maxTextLength()) {
                        throw FeedException.parse("element <" + name + "> longer than " + limits.maxTextLength()
                                + " characters" + where());
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw FeedException.parse("undeclared entity &"
                        + xml.getLocalName() + ";" + where());
                case XMLStreamConstants.DTD -> throw doctype();
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlNode(name, text.toString().strip(), children);
                }
                default -> { }
            }
        }
    }

    private String where() {
        var location = xml.getLocation();
        return location == null ? "" : " (line " + location.getLineNumber() + ")";
    }

    private FeedException doctype() {
        return FeedException.parse("DOCTYPE is not allowed in a feed (DTDs and entities are refused)" + where());
    }

    private FeedException failure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitedInputStream.TooLarge) {
                return FeedException.parse(t.getMessage());
            }
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof LimitedInputStream.TooLarge big) {
                return FeedException.parse(big.getMessage());
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = message.indexOf("Message: ");
        String detail = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        if (e instanceof XMLStreamException x && x.getLocation() != null) {
            detail = "line " + x.getLocation().getLineNumber() + ", column " + x.getLocation().getColumnNumber()
                    + ": " + detail;
        }
        // DOCTYPE with SUPPORT_DTD off: some implementations fail on the entity instead of reporting the DTD
        return FeedException.parse(detail.strip());
    }

    /** Missions read so far. */
    public int missionCount() {
        return missions;
    }

    public long bytesRead() {
        return counted.count();
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException | RuntimeException e) {
            // nothing left to release that matters: the caller closes its stream
        }
    }
}
