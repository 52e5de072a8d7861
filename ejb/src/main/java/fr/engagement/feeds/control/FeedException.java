package fr.engagement.feeds.control;

/**
 * A whole feed is unusable. The message starts with the peer's text ("Empty xml", "Not an XML", "Error parsing
 * xml") so that partners and screens see the same errors as before; our detail follows it.
 */
public class FeedException extends Exception {

    private static final long serialVersionUID = 1L;

    public static final String EMPTY = "Empty xml";
    public static final String NOT_XML = "Not an XML";
    public static final String PARSE = "Error parsing xml";

    public FeedException(String message) {
        super(message);
    }

    public static FeedException parse(String detail) {
        return new FeedException(PARSE + ": " + detail);
    }
}
