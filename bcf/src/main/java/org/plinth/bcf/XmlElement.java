package org.plinth.bcf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed XML element with its position, small enough for BCF parts (a markup is a few KiB). Names are local names:
 * BCF has no namespace, and a producer that adds one still reads. Unknown children are simply never asked for, which
 * is how the reader stays lenient about extra elements.
 */
final class XmlElement {

    final String name;
    final int line;
    final int column;
    final Map<String, String> attributes = new LinkedHashMap<>(4);
    final List<XmlElement> children = new ArrayList<>(4);
    private final StringBuilder text = new StringBuilder(0);

    XmlElement(String name, int line, int column) {
        this.name = name;
        this.line = line;
        this.column = column;
    }

    void appendText(String chars) {
        text.append(chars);
    }

    /** Character data directly inside this element, as written (whitespace kept). */
    String text() {
        return text.toString();
    }

    /** First child with this name, or null. */
    XmlElement child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    List<XmlElement> children(String childName) {
        List<XmlElement> result = new ArrayList<>(children.size());
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                result.add(c);
            }
        }
        return result;
    }

    /** The child's text, empty when the child is absent or blank (BCF treats a blank optional value as absent). */
    Optional<String> childText(String childName) {
        XmlElement c = child(childName);
        if (c == null) {
            return Optional.empty();
        }
        String t = c.text();
        return t.isBlank() ? Optional.empty() : Optional.of(t);
    }

    /** The attribute, empty when absent or blank. */
    Optional<String> attribute(String attributeName) {
        String v = attributes.get(attributeName);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /** Texts of every child with this name that are not blank, in order. */
    List<String> childTexts(String childName) {
        List<String> result = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName) && !c.text().isBlank()) {
                result.add(c.text());
            }
        }
        return result;
    }
}
