package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.Slugs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a deck as the "QTI .zip file" Canvas imports as a quiz and question bank: an IMS Content Packaging
 * {@code imsmanifest.xml} naming one {@code imsqti_xmlv1p2} resource, and that assessment,
 * {@code <deck>/<deck>.xml}, with a section per key point (as the Moodle writers make a category per key
 * point; Canvas flattens plain sections into the quiz). Multiple choice, true/false, short answer and matching
 * map to Canvas's types of the same names; a basic or two-way card becomes a short answer (front asks, back
 * answers); a cloze becomes a fill-in-multiple-blanks question (see {@link QtiItem}). Ordering has no QTI 1.2
 * type Canvas imports: such items are left out, and {@link #leftOut} says so. The same deck always gives the
 * same bytes: idents come from ids, and the zip's entries have a fixed order and a fixed time.
 */
public final class QtiWriter {
    static final String MANIFEST = "imsmanifest.xml";
    /** The DOS epoch, the earliest time a zip entry holds without an extra field, in no time zone. */
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private QtiWriter() {
    }

    public static byte[] write(Deck deck) {
        String slug = Slugs.of(deck.slug(), "deck");
        String assessmentPath = slug + "/" + slug + ".xml";
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            entry(zip, MANIFEST, manifest(slug, assessmentPath));
            entry(zip, assessmentPath, assessment(deck, slug));
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /** One line per item that {@link #write} leaves out, with why. */
    public static List<String> leftOut(Deck deck) {
        return DeckGroups.leftOut(deck, QtiWriter::whyNot);
    }

    private static String whyNot(Item item) {
        var content = item.content();
        if (content instanceof ItemContent.Ordering) {
            return "Canvas imports no QTI 1.2 question type for putting items in order";
        }
        if (content instanceof ItemContent.MultipleChoice mc && mc.distractors().isEmpty()) {
            return "a multiple choice without distractors; a choice needs at least two answers";
        }
        if (content instanceof ItemContent.Cloze c && new ClozeText(c.text()).numbers().isEmpty()) {
            return "a cloze without blanks";
        }
        if (content instanceof ItemContent.Matching m && m.pairs().isEmpty()) {
            return "a matching without pairs";
        }
        return null;
    }

    private static byte[] manifest(String slug, String assessmentPath) {
        var xml = QtiXml.newDocument();
        var manifest = xml.root("manifest", "identifier", slug + "-manifest",
                "xmlns", "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1");
        var metadata = xml.add(manifest, "metadata");
        xml.addText(metadata, "schema", "IMS Content");
        xml.addText(metadata, "schemaversion", "1.1.3");
        xml.add(manifest, "organizations");
        var resource = xml.add(xml.add(manifest, "resources"), "resource",
                "identifier", slug, "type", "imsqti_xmlv1p2", "href", assessmentPath);
        xml.add(resource, "file", "href", assessmentPath);
        return xml.bytes();
    }

    private static byte[] assessment(Deck deck, String slug) {
        var xml = QtiXml.newDocument();
        var root = xml.root("questestinterop", "xmlns", "http://www.imsglobal.org/xsd/ims_qtiasiv1p2");
        var assessment = xml.add(root, "assessment", "ident", slug, "title", deck.title());
        Set<String> taken = new HashSet<>(Set.of(slug));
        int sections = 0;
        for (var group : DeckGroups.of(deck)) {
            var items = group.items().stream().filter(i -> whyNot(i) == null).toList();
            if (items.isEmpty()) {
                continue;
            }
            // Key point ids may hold characters an ident cannot, so sections are numbered in deck order; the
            // title is the key point's (the deck's for items under no listed key point).
            var section = xml.add(assessment, "section", "ident", slug + "-section-" + ++sections,
                    "title", CategoryPath.parse(group.category()).title());
            for (var item : items) {
                QtiItem.write(xml, section, item, ident(item.id(), taken));
            }
        }
        return xml.bytes();
    }

    /**
     * {@code item-} and the id, with anything an XML name cannot hold turned into dashes; made unique in deck
     * order should two ids come out the same.
     */
    private static String ident(String id, Set<String> taken) {
        String ident = Slugs.unique("item-" + id.replaceAll("[^A-Za-z0-9_.-]+", "-"), taken::contains);
        taken.add(ident);
        return ident;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        var entry = new ZipEntry(name);
        entry.setTimeLocal(ZIP_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
