package app.flashpoint.core.exchange.anki;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FieldTextTest {
    @Test
    void htmlBecomesTextWithLineBreaksAndMediaReferences() {
        assertThat(FieldText.toText("<div>One &amp; two</div><div>three<br>four</div><img src='a b.png'>[sound:x.mp3]"))
                .isEqualTo("One & two\nthree\nfour\n[image: a b.png][sound: x.mp3]");
        assertThat(FieldText.toText("<style>.x{}</style><b>bold</b>&nbsp;&lt;tag&gt; &#233;&#x41;")).isEqualTo("bold <tag> éA");
    }

    @Test
    void mediaNamesAreFoundAndMediaOnlySidesRecognised() {
        assertThat(FieldText.mediaNames("<img src=\"p.jpg\"> [sound:s.ogg] <img src=p.jpg>")).containsExactly("p.jpg", "s.ogg");
        assertThat(FieldText.mediaOnly("[image: p.jpg] [sound: s.ogg]")).isTrue();
        assertThat(FieldText.mediaOnly("[image: p.jpg] a cell")).isFalse();
    }

    @Test
    void textSurvivesARoundTripThroughHtml() {
        String text = "a < b & c\n\"quoted\" [image: p.png] [sound: s.mp3]";
        assertThat(FieldText.toHtml(text)).contains("<img src=\"p.png\">", "[sound:s.mp3]", "&lt;", "<br>");
        assertThat(FieldText.toText(FieldText.toHtml(text))).isEqualTo(text);
    }

    @Test
    void unsafeMediaNamesAndUnknownTypesAreRefused() {
        assertThat(MediaFiles.safeName("../etc/passwd")).isEmpty();
        assertThat(MediaFiles.safeName("a\\b.png")).isEmpty();
        assertThat(MediaFiles.safeName("bell\u0007.png")).isEmpty();
        assertThat(MediaFiles.safeName("e\u0301.png")).contains("\u00e9.png");
        assertThat(MediaFiles.type("<svg/>".getBytes())).isEmpty();
        assertThat(MediaFiles.type(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})).contains("image/jpeg");
        assertThat(MediaFiles.type("OggS....".getBytes())).contains("audio/ogg");
    }

    @Test
    void noteTypesMapByStructure() {
        var basic = new AnkiNoteType(1, "Einfach", false, List.of("Vorne", "Hinten"),
                List.of(new AnkiNoteType.Template("K1", "{{Vorne}}", "{{FrontSide}}<hr id=answer>{{Hinten}}")));
        var reversed = new AnkiNoteType(2, "Basic (optional reversed card)", false, List.of("Front", "Back", "Add Reverse"),
                List.of(new AnkiNoteType.Template("Card 1", "{{Front}}", "{{Back}}"),
                        new AnkiNoteType.Template("Card 2", "{{#Add Reverse}}{{Back}}{{/Add Reverse}}", "{{Front}}")));
        var typed = new AnkiNoteType(3, "Basic (type in the answer)", false, List.of("Front", "Back"),
                List.of(new AnkiNoteType.Template("Card 1", "{{Front}}\n{{type:Back}}", "{{type:Back}}")));
        var cloze = new AnkiNoteType(4, "Cloze", true, List.of("Text", "Extra"), List.of());
        assertThat(List.of(basic, reversed, typed, cloze)).extracting(AnkiNoteType::kind).containsExactly(
                AnkiNoteType.Kind.BASIC, AnkiNoteType.Kind.REVERSIBLE, AnkiNoteType.Kind.TYPE_ANSWER, AnkiNoteType.Kind.CLOZE);
        assertThat(typed.typedField()).isEqualTo(1);
    }
}
