package fr.engagement.feeds.control;

import java.util.List;
import java.util.Optional;

/** An element of a {@code <mission>}: its name, its text (trimmed, CDATA included) and its child elements. */
public record XmlNode(String name, String text, List<XmlNode> children) {

    public XmlNode {
        children = List.copyOf(children);
    }

    /** The first child with one of these names, in the order the names are given (aliases, preferred first). */
    public Optional<XmlNode> child(String... names) {
        for (String n : names) {
            for (XmlNode c : children) {
                if (c.name.equals(n)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    public List<XmlNode> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The text of the first present alias; absent when no alias is there, "" when it is there but empty. */
    public Optional<String> text(String... names) {
        return child(names).map(XmlNode::text);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }
}
