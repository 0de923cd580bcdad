package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.exchange.ImportException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses uploaded XML with everything that can reach outside the file turned off: a DOCTYPE is refused
 * outright (no entity of any kind, so no XXE and no entity expansion bombs), external DTDs and schemas are
 * not loaded, XInclude is off and secure processing on.
 */
final class XmlDocuments {
    private XmlDocuments() {
    }

    static Document parse(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw new ImportException("The file is empty.");
        }
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            var builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(new Quiet());
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new ImportException("The file declares a DOCTYPE. Moodle XML files have none, and Flashpoint"
                        + " refuses them because they can make a parser read other files.", e);
            }
            throw new ImportException("The file is not well-formed XML (line " + e.getLineNumber() + ": "
                    + e.getMessage() + ").", e);
        } catch (SAXException | IOException e) {
            throw new ImportException("The file is not readable XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser does not support secure parsing", e);
        }
    }

    static List<Element> children(Element parent, String name) {
        var found = new ArrayList<Element>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
                found.add(e);
            }
        }
        return found;
    }

    static Element child(Element parent, String name) {
        var found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The text of {@code parent}'s first {@code name} child, "" if there is none. */
    static String childText(Element parent, String name) {
        var child = child(parent, name);
        return child == null ? "" : child.getTextContent();
    }

    /** The parser reports through exceptions, not to stderr as its default handler would. */
    private static final class Quiet implements ErrorHandler {
        public void warning(SAXParseException e) {
        }

        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
