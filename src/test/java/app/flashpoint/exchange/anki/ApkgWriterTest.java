package app.flashpoint.exchange.anki;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.exchange.ImportedDeck;
import app.flashpoint.core.exchange.anki.ApkgLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApkgWriterTest {
    @TempDir
    Path dir;

    private static Deck withEveryKind() {
        Deck bio = AnkiFixtures.biology();
        var items = new ArrayList<>(bio.items());
        items.add(AnkiFixtures.item("mc", "cells", new ItemContent.MultipleChoice("Largest organelle?", "nucleus",
                List.of(new ItemContent.Distractor("ribosome", "tiny")))));
        items.add(AnkiFixtures.item("tf", "cells", new ItemContent.TrueFalse("Cells have walls", false)));
        return new Deck(bio.slug(), bio.title(), bio.description(), bio.documents(), bio.keyPoints(), items);
    }

    @Test
    void exportThenImportGivesTheSameItems() throws Exception {
        Deck deck = withEveryKind();
        Path file = Files.write(dir.resolve("bio.apkg"), ApkgWriter.write(deck, 1_600_000_000_000L, AnkiFixtures.NOW));

        ImportedDeck back = ApkgReader.read(file, ApkgLimits.defaults());

        assertThat(back.title()).isEqualTo("Biology");
        assertThat(back.keyPoints()).extracting(k -> k.title()).containsExactly("Cells", "Genes");
        assertThat(back.items()).extracting(i -> i.content()).startsWith(
                deck.items().get(0).content(), deck.items().get(1).content(), deck.items().get(2).content(),
                deck.items().get(3).content());
        assertThat(back.items().get(2).explanation()).isEqualTo("Transcription.");
        assertThat(back.items().get(4).content()).isEqualTo(
                new ItemContent.Basic("Largest organelle?\n\nA. nucleus\nB. ribosome", "nucleus"));
        assertThat(back.items().get(5).content())
                .isEqualTo(new ItemContent.Basic("True or false? Cells have walls", "False"));
        assertThat(back.skipped()).isEmpty();
    }

    @Test
    void theSameDeckAndTimeGiveTheSameBytes() {
        Deck deck = withEveryKind();
        assertThat(ApkgWriter.write(deck, 7, AnkiFixtures.NOW)).isEqualTo(ApkgWriter.write(deck, 7, AnkiFixtures.NOW));
    }

    @Test
    void leftOutNamesTheConvertedKinds() {
        assertThat(ApkgWriter.leftOut(withEveryKind())).anySatisfy(l -> assertThat(l).startsWith("item mc (multiple choice)"))
                .anySatisfy(l -> assertThat(l).startsWith("item tf (true false)"));
    }

    @Test
    void tagsAndTheMediaTheNotesShowGoIntoThePackage() throws Exception {
        var cells = new app.flashpoint.core.bank.KeyPoint("cells", "Cells", "", "", 3);
        var deck = new Deck("bio", "Biology", "", java.util.List.of(), java.util.List.of(cells), java.util.List.of(
                new app.flashpoint.core.bank.Item("p", "cells", app.flashpoint.core.bank.Bloom.REMEMBER,
                        new ItemContent.Basic("Which organelle? [image: cell.png]", "nucleus [sound: say.mp3]"), "",
                        java.util.List.of(), "", java.util.List.of("biology::cells", "exam"))));
        byte[] mp3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0};
        byte[] apkg = ApkgWriter.write(deck, 7, AnkiFixtures.NOW, name -> switch (name) {
            case "cell.png" -> java.util.Optional.of(AnkiFixtures.PNG);
            case "say.mp3" -> java.util.Optional.of(mp3);
            default -> java.util.Optional.empty();
        });

        var entries = AnkiFixtures.unzip(apkg);
        assertThat(new String(entries.get("media"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"0\":\"cell.png\",\"1\":\"say.mp3\"}");
        assertThat(entries.get("0")).isEqualTo(AnkiFixtures.PNG);
        assertThat(entries.get("1")).isEqualTo(mp3);
        ImportedDeck back = ApkgReader.read(Files.write(dir.resolve("p.apkg"), apkg), ApkgLimits.defaults());
        assertThat(back.items().get(0).tags()).containsExactly("biology::cells", "exam");
        assertThat(back.media()).extracting(ImportedDeck.Media::name).containsExactly("cell.png", "say.mp3");
    }
}
