package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.ItemContent.Distractor;
import app.flashpoint.core.bank.ItemContent.Pair;
import app.flashpoint.core.bank.KeyPoint;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class QtiWriterTest {
    private static final String TRICKY = "Is a < b & \"c\" 'd' > e?";

    private static Deck deck() {
        var items = List.of(
                item("mc-correct", "sky", new ItemContent.MultipleChoice(TRICKY, "yes & no",
                        List.of(new Distractor("<none>", "tags are \"text\" here"), new Distractor("maybe", ""))),
                        "Because < and & are escaped."),
                item("tf", "sky", new ItemContent.TrueFalse("The sun rises in the east.", true), ""),
                item("tf-false", "sky", new ItemContent.TrueFalse("2 + 2 = 5", false), ""),
                item("sa", "sea", new ItemContent.ShortAnswer("Who's buried in Grant's tomb?",
                        List.of("no one", "Nobody")), ""),
                item("basic", "sea", new ItemContent.Basic("Capital of France?", "Paris"), ""),
                item("two-way", "sea", new ItemContent.Reversible("Hund", "dog"), ""),
                item("cloze", "sea", new ItemContent.Cloze("The sky is {{c1::blue|azure}} and the sea {{c2::deep::how?}}."), ""),
                item("match-42", "sea", new ItemContent.Matching("Match the capitals.",
                        List.of(new Pair("Italy", "Rome"), new Pair("Canada", "Ottawa"))), ""),
                item("order", "sky", new ItemContent.Ordering("Order these.", List.of("one", "two")), ""),
                item("stray", "not-listed", new ItemContent.Basic("Orphan?", "yes"), ""));
        return new Deck("nature", "Nature & <more>", "", List.of(),
                List.of(new KeyPoint("sky", "Sky", "About the sky.", "", 3),
                        new KeyPoint("sea", "Sea/shore", "", "", 2)), items);
    }

    private static Item item(String id, String keyPoint, ItemContent content, String explanation) {
        return new Item(id, keyPoint, Bloom.REMEMBER, content, explanation, List.of());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> all(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        var list = new ArrayList<Element>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static Element one(Element parent, String tag) {
        var found = all(parent, tag);
        assertThat(found).as(tag).isNotEmpty();
        return found.get(0);
    }

    private static Document assessment() throws Exception {
        var files = unzip(QtiWriter.write(deck()));
        return parse(files.get("nature/nature.xml"));
    }

    private static Element item(Document doc, String ident) {
        return all(doc.getDocumentElement(), "item").stream().filter(i -> i.getAttribute("ident").equals(ident))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + ident));
    }

    private static String field(Element item, String label) {
        for (var f : all(item, "qtimetadatafield")) {
            if (one(f, "fieldlabel").getTextContent().equals(label)) {
                return one(f, "fieldentry").getTextContent();
            }
        }
        return null;
    }

    /** The label idents that a condition setting or adding SCORE accepts. */
    private static List<String> scored(Element item) {
        var idents = new ArrayList<String>();
        for (var condition : all(item, "respcondition")) {
            if (!all(condition, "setvar").isEmpty()) {
                all(condition, "varequal").forEach(v -> idents.add(v.getTextContent()));
            }
        }
        return idents;
    }

    private static String labelText(Element item, String labelIdent) {
        return all(item, "response_label").stream().filter(l -> l.getAttribute("ident").equals(labelIdent))
                .map(l -> one(l, "mattext").getTextContent()).findFirst().orElseThrow();
    }

    private static String question(Element item) {
        return one(one(item, "presentation"), "mattext").getTextContent();
    }

    @Test
    void zipHoldsTheManifestNamingTheAssessment() throws Exception {
        var files = unzip(QtiWriter.write(deck()));
        assertThat(files.keySet()).containsExactly("imsmanifest.xml", "nature/nature.xml");
        var manifest = parse(files.get("imsmanifest.xml")).getDocumentElement();
        assertThat(manifest.getTagName()).isEqualTo("manifest");
        var resources = all(manifest, "resource");
        assertThat(resources).hasSize(1);
        assertThat(resources.get(0).getAttribute("type")).isEqualTo("imsqti_xmlv1p2");
        assertThat(one(resources.get(0), "file").getAttribute("href")).isEqualTo("nature/nature.xml");

        String raw = new String(files.get("nature/nature.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(raw).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<questestinterop")
                .contains("Is a &lt; b &amp; \"c\"").doesNotContain("a < b").contains("title=\"Nature &amp; &lt;more&gt;\"");

        var root = parse(files.get("nature/nature.xml")).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("questestinterop");
        var assessment = one(root, "assessment");
        assertThat(assessment.getAttribute("title")).isEqualTo("Nature & <more>");
        assertThat(all(assessment, "section")).extracting(s -> s.getAttribute("title"))
                .containsExactly("Sky", "Sea/shore", "Nature & <more>");
        assertThat(all(one(assessment, "section"), "item")).extracting(i -> i.getAttribute("ident"))
                .containsExactly("item-mc-correct", "item-tf", "item-tf-false");
    }

    @Test
    void everyItemSaysItsCanvasTypeAndPoints() throws Exception {
        var doc = assessment();
        var types = new LinkedHashMap<String, String>();
        for (var item : all(doc.getDocumentElement(), "item")) {
            types.put(item.getAttribute("ident"), field(item, "question_type"));
            assertThat(field(item, "points_possible")).isEqualTo("1");
        }
        assertThat(types).containsExactly(
                Map.entry("item-mc-correct", "multiple_choice_question"),
                Map.entry("item-tf", "true_false_question"),
                Map.entry("item-tf-false", "true_false_question"),
                Map.entry("item-sa", "short_answer_question"),
                Map.entry("item-basic", "short_answer_question"),
                Map.entry("item-two-way", "short_answer_question"),
                Map.entry("item-cloze", "fill_in_multiple_blanks_question"),
                Map.entry("item-match-42", "matching_question"),
                Map.entry("item-stray", "short_answer_question"));
    }

    @Test
    void multipleChoiceScoresTheRightOptionAndEscapesText() throws Exception {
        var mc = item(assessment(), "item-mc-correct");
        assertThat(question(mc)).isEqualTo(TRICKY);
        assertThat(one(mc, "response_lid").getAttribute("rcardinality")).isEqualTo("Single");
        assertThat(all(mc, "response_label")).extracting(l -> one(l, "mattext").getTextContent())
                .containsExactlyInAnyOrder("yes & no", "<none>", "maybe");
        assertThat(all(mc, "mattext")).allMatch(t -> t.getAttribute("texttype").equals("text/plain"));
        var right = scored(mc);
        assertThat(right).hasSize(1);
        assertThat(labelText(mc, right.get(0))).isEqualTo("yes & no");
        var score = all(mc, "setvar").get(0);
        assertThat(score.getAttribute("varname")).isEqualTo("SCORE");
        assertThat(score.getTextContent()).isEqualTo("100");

        var feedback = new LinkedHashMap<String, String>();
        all(mc, "itemfeedback").forEach(f -> feedback.put(f.getAttribute("ident"), one(f, "mattext").getTextContent()));
        assertThat(feedback).containsEntry("general_fb", "Because < and & are escaped.");
        var none = all(mc, "response_label").stream()
                .filter(l -> one(l, "mattext").getTextContent().equals("<none>")).findFirst().orElseThrow();
        var shown = all(mc, "respcondition").stream()
                .filter(c -> all(c, "varequal").stream().anyMatch(v -> v.getTextContent().equals(none.getAttribute("ident"))))
                .flatMap(c -> all(c, "displayfeedback").stream()).map(d -> d.getAttribute("linkrefid")).toList();
        assertThat(shown).singleElement().asString().doesNotContainIgnoringCase("correct");
        assertThat(feedback).containsEntry(shown.get(0), "tags are \"text\" here").hasSize(2);
        // Every feedback shown is one that exists.
        assertThat(all(mc, "displayfeedback")).extracting(d -> d.getAttribute("linkrefid"))
                .containsExactlyInAnyOrderElementsOf(feedback.keySet());
    }

    @Test
    void trueFalseHasTrueAndFalseLabels() throws Exception {
        var doc = assessment();
        for (var entry : Map.of("item-tf", "True", "item-tf-false", "False").entrySet()) {
            var tf = item(doc, entry.getKey());
            assertThat(all(tf, "response_label")).extracting(l -> one(l, "mattext").getTextContent())
                    .containsExactly("True", "False");
            assertThat(scored(tf)).hasSize(1);
            assertThat(labelText(tf, scored(tf).get(0))).isEqualTo(entry.getValue());
        }
    }

    @Test
    void shortAnswersAndCardsAcceptEachAnswer() throws Exception {
        var doc = assessment();
        var sa = item(doc, "item-sa");
        assertThat(question(sa)).isEqualTo("Who's buried in Grant's tomb?");
        assertThat(one(sa, "response_str").getAttribute("ident")).isEqualTo("response1");
        assertThat(all(sa, "varequal")).extracting(Element::getTextContent).containsExactly("no one", "Nobody");
        assertThat(all(sa, "varequal")).allMatch(v -> v.getAttribute("respident").equals("response1")
                && v.getAttribute("case").equals("No"));
        assertThat(one(sa, "setvar").getTextContent()).isEqualTo("100");
        assertThat(all(item(doc, "item-basic"), "varequal")).extracting(Element::getTextContent).containsExactly("Paris");
        assertThat(question(item(doc, "item-two-way"))).isEqualTo("Hund");
        assertThat(all(item(doc, "item-two-way"), "varequal")).extracting(Element::getTextContent).containsExactly("dog");
    }

    @Test
    void clozeBecomesNamedBlanksWithTheirAnswers() throws Exception {
        var cloze = item(assessment(), "item-cloze");
        assertThat(question(cloze)).isEqualTo("The sky is [blank1] and the sea [blank2].");
        var blanks = new LinkedHashMap<String, List<String>>();
        for (var lid : all(cloze, "response_lid")) {
            blanks.put(lid.getAttribute("ident"), all(lid, "response_label").stream()
                    .map(l -> one(l, "mattext").getTextContent()).toList());
        }
        assertThat(blanks).containsExactly(Map.entry("response_blank1", List.of("blue", "azure")),
                Map.entry("response_blank2", List.of("deep")));
        assertThat(scored(cloze)).extracting(id -> labelText(cloze, id)).containsExactly("blue", "deep");
    }

    @Test
    void matchingOffersEveryRightSideToEachLeftSide() throws Exception {
        var match = item(assessment(), "item-match-42");
        var lids = all(match, "response_lid");
        assertThat(lids).extracting(l -> one(l, "mattext").getTextContent()).containsExactly("Italy", "Canada");
        for (var lid : lids) {
            assertThat(all(lid, "response_label")).extracting(l -> one(l, "mattext").getTextContent())
                    .containsExactlyInAnyOrder("Rome", "Ottawa");
        }
        // Canvas reads a match's id from the first digits of its ident: they must differ, the item id's aside.
        assertThat(all(lids.get(0), "response_label"))
                .extracting(l -> l.getAttribute("ident").replaceAll("^\\D*(\\d+).*", "$1")).doesNotHaveDuplicates();
        var right = new ArrayList<String>();
        for (var condition : all(match, "respcondition")) {
            var v = one(condition, "varequal");
            right.add(v.getAttribute("respident") + "=" + labelText(match, v.getTextContent()));
        }
        assertThat(right).containsExactly("response_1=Rome", "response_2=Ottawa");
    }

    @Test
    void orderingIsLeftOutAndListed() throws Exception {
        assertThat(all(assessment().getDocumentElement(), "item")).extracting(i -> i.getAttribute("ident"))
                .doesNotContain("item-order");
        assertThat(QtiWriter.leftOut(deck())).singleElement().asString().startsWith("order (Put in order): ");
    }

    @Test
    void charactersXmlCannotHoldAreDroppedNotWritten() throws Exception {
        var deck = new Deck("odd", "Odd", "", List.of(), List.of(),
                List.of(item("ctl", "none", new ItemContent.Basic("a\u0001b\u001Fc", "d"), "")));
        var doc = parse(unzip(QtiWriter.write(deck)).get("odd/odd.xml"));
        assertThat(question(item(doc, "item-ctl"))).isEqualTo("abc");
    }

    @Test
    void twoExportsAreByteIdentical() {
        assertThat(QtiWriter.write(deck())).isEqualTo(QtiWriter.write(deck()));
    }
}
