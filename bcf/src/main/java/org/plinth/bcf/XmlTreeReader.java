package org.plinth.bcf;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses one XML part into an {@link XmlElement} tree with StAX. DTDs are rejected outright (a BCF part never needs
 * one), external entities are off, so no XXE or entity expansion can happen; every error carries entry, line and column.
 */
final class XmlTreeReader {

    /** Deeper nesting than any BCF part has; bounds the tree a hostile part can build. */
    private static final int MAX_DEPTH = 64;

    private static final XMLInputFactory FACTORY = newFactory();

    private XmlTreeReader() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource '" + systemId + "' refused");
        });
        return f;
    }

    /** Parses {@code bytes} of zip entry {@code entryName} and returns the root element. */
    static XmlElement parse(String entryName, byte[] bytes) {
        XMLStreamReader r = null;
        try {
            synchronized (FACTORY) {
                // XMLInputFactory is not documented thread-safe for creation; creation is cheap next to parsing.
                r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
            }
            ArrayDeque<XmlElement> stack = new ArrayDeque<>();
            XmlElement root = null;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Location loc = r.getLocation();
                        if (stack.size() >= MAX_DEPTH) {
                            throw new BcfFormatException(entryName, loc.getLineNumber(), loc.getColumnNumber(),
                                    "XML nested deeper than " + MAX_DEPTH + " elements");
                        }
                        XmlElement e = new XmlElement(r.getLocalName(), loc.getLineNumber(), loc.getColumnNumber());
                        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
                            e.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        if (stack.isEmpty()) {
                            root = e;
                        } else {
                            stack.peek().children.add(e);
                        }
                        stack.push(e);
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.peek().appendText(r.getText());
                        }
                    }
                    case XMLStreamConstants.DTD -> {
                        Location loc = r.getLocation();
                        throw new BcfFormatException(entryName, loc.getLineNumber(), loc.getColumnNumber(),
                                "DOCTYPE declarations are not allowed in BCF (no DTDs, no entities)");
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        Location loc = r.getLocation();
                        throw new BcfFormatException(entryName, loc.getLineNumber(), loc.getColumnNumber(),
                                "entity reference '&" + r.getLocalName() + ";' is not allowed in BCF");
                    }
                    default -> {
                        // comments, processing instructions, document start/end carry nothing BCF needs
                    }
                }
            }
            if (root == null) {
                throw new BcfFormatException(entryName, 1, 1, "no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            Location loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(0, loc.getLineNumber());
            int column = loc == null ? 0 : Math.max(0, loc.getColumnNumber());
            throw new BcfFormatException(entryName, line, column, "invalid XML: " + cleanMessage(e), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over a byte array releases nothing that matters
                }
            }
        }
    }

    /** The JDK prefixes the message with "ParseError at [row,col]:" which we already report as line and column. */
    private static String cleanMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int idx = m.indexOf("Message: ");
        return idx >= 0 ? m.substring(idx + 9).trim() : m.trim();
    }
}
