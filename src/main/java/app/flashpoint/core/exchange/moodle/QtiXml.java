package app.flashpoint.core.exchange.moodle;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds the QTI files as DOM trees, so every piece of user text goes through the serializer's escaping and
 * never through string concatenation; the characters XML 1.0 cannot hold at all are dropped on the way in.
 */
final class QtiXml {
    private final Document doc;

    private QtiXml(Document doc) {
        this.doc = doc;
    }

    static QtiXml newDocument() {
        try {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            return new QtiXml(doc);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK has no DOM builder", e);
        }
    }

    Element root(String name, String... attributes) {
        var root = element(name, attributes);
        doc.appendChild(root);
        return root;
    }

    /** A new element under {@code parent}, with attributes given as name, value pairs. */
    Element add(Element parent, String name, String... attributes) {
        var child = element(name, attributes);
        parent.appendChild(child);
        return child;
    }

    /** A new element under {@code parent} holding only {@code text}. */
    Element addText(Element parent, String name, String text, String... attributes) {
        var child = add(parent, name, attributes);
        child.setTextContent(clean(text));
        return child;
    }

    /** {@code <material><mattext texttype="text/plain">text</mattext></material>}: Flashpoint's text is plain. */
    Element material(Element parent, String text) {
        var material = add(parent, "material");
        addText(material, "mattext", text, "texttype", "text/plain");
        return material;
    }

    private Element element(String name, String... attributes) {
        var element = doc.createElement(name);
        for (int i = 0; i < attributes.length; i += 2) {
            element.setAttribute(attributes[i], clean(attributes[i + 1]));
        }
        return element;
    }

    /** UTF-8, indented; the JDK serializer has no clock or randomness, so equal trees give equal bytes. */
    byte[] bytes() {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // The JDK writes its own declaration with no line break after it, so this one is written here.
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            var out = new ByteArrayOutputStream();
            out.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("could not serialize a QTI document", e);
        }
    }

    /** Stripped, without the control characters XML 1.0 cannot hold even escaped. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        var out = new StringBuilder(s.length());
        s.strip().codePoints().filter(c -> c >= 0x20 || c == '\n' || c == '\t' || c == '\r')
                .filter(c -> c != 0xFFFE && c != 0xFFFF).forEach(out::appendCodePoint);
        return out.toString();
    }
}
