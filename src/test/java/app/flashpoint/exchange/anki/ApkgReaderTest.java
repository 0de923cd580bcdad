package app.flashpoint.exchange.anki;

import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.ImportedDeck;
import app.flashpoint.core.exchange.anki.ApkgLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static app.flashpoint.exchange.anki.AnkiFixtures.PNG;
import static app.flashpoint.exchange.anki.AnkiFixtures.addModel;
import static app.flashpoint.exchange.anki.AnkiFixtures.biology;
import static app.flashpoint.exchange.anki.AnkiFixtures.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApkgReaderTest {
    @TempDir
    Path dir;

    /** The writer's first note (id = NOW in ms) gets HTML, media references and a vocabulary note type joins in. */
    private Map<String, byte[]> rich() throws Exception {
        long first = AnkiFixtures.NOW.toEpochMilli();
        var entries = AnkiFixtures.legacy(biology(), db -> {
            sql(db, "update notes set flds = '<div>Which organelle?</div><div><img src=\"cell.png\"></div>"
                    + "\u001fThe <b>nucleus</b>&nbsp;[sound:say.mp3] <img src=\"evil.svg\">' where id = " + first);
            addModel(db, "\"42\":{\"id\":42,\"name\":\"Vocab\",\"type\":0,\"flds\":[{\"name\":\"Word\",\"ord\":0},"
                    + "{\"name\":\"Meaning\",\"ord\":1},{\"name\":\"Example\",\"ord\":2}],\"tmpls\":[{\"name\":\"Card 1\","
                    + "\"ord\":0,\"qfmt\":\"{{Word}}<br>{{Example}}\",\"afmt\":\"{{Meaning}}\"}]}");
            sql(db, "insert into notes values (1800000000007, 'g7', 42, 0, -1, '', 'Zelle\u001fcell\u001fDie Zelle teilt sich.', 'Zelle', 0, 0, '')");
            sql(db, "insert into cards values (70, 1800000000007, 1600000000000, 0, 0, -1, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, '')");
            sql(db, "insert into notes values (1800000000008, 'g8', 42, 0, -1, '', '\u001fonly a meaning\u001f', '', 0, 0, '')");
            sql(db, "insert into cards values (80, 1800000000008, 1600000000000, 0, 0, -1, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, '')");
        });
        entries.put("media", "{\"0\":\"cell.png\",\"1\":\"evil.svg\",\"2\":\"say.mp3\",\"3\":\"unused.png\"}"
                .getBytes(StandardCharsets.UTF_8));
        entries.put("0", PNG);
        entries.put("1", "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8));
        entries.put("2", new byte[]{'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0});
        entries.put("3", PNG);
        return entries;
    }

    private ImportedDeck read(Map<String, byte[]> entries) throws Exception {
        return ApkgReader.read(AnkiFixtures.zip(dir, entries), ApkgLimits.defaults());
    }

    @Test
    void legacyNotesBecomeItemsOfTheirKind() throws Exception {
        ImportedDeck deck = read(rich());

        assertThat(deck.title()).isEqualTo("Biology");
        assertThat(deck.description()).isEqualTo("A small deck");
        assertThat(deck.items()).extracting(i -> i.content().getClass().getSimpleName())
                .containsExactly("Basic", "Reversible", "Cloze", "ShortAnswer", "Basic");
        assertThat(deck.items().get(0).content()).isEqualTo(new ItemContent.Basic(
                "Which organelle?\n[image: cell.png]", "The nucleus [sound: say.mp3] [image: evil.svg]"));
        assertThat(deck.items().get(1).content())
                .isEqualTo(new ItemContent.Reversible("mitochondrion", "the cell's power plant"));
        assertThat(deck.items().get(2).content())
                .isEqualTo(new ItemContent.Cloze("{{c1::DNA::molecule}} is read into {{c2::RNA}}."));
        assertThat(deck.items().get(2).explanation()).isEqualTo("Transcription.");
        assertThat(deck.items().get(3).content())
                .isEqualTo(new ItemContent.ShortAnswer("Base pairing with adenine in DNA?", java.util.List.of("thymine")));
        assertThat(deck.items().get(4)).satisfies(i -> {
            assertThat(i.id()).isEqualTo("n-1800000000007");
            assertThat(i.content()).isEqualTo(new ItemContent.Basic("Zelle", "cell"));
        });
    }

    @Test
    void decksBecomeKeyPointsAndOddNotesAreReported() throws Exception {
        ImportedDeck deck = read(rich());

        assertThat(deck.keyPoints()).containsExactly(
                new KeyPoint("kp-1", "Cells", "Anki deck Biology::Cells", "Biology", 3),
                new KeyPoint("kp-2", "Genes", "Anki deck Biology::Genes", "Biology", 3),
                new KeyPoint("kp-3", "Biology", "Anki deck Biology", "", 3));
        assertThat(deck.items()).extracting(i -> i.keyPoint()).containsExactly("kp-1", "kp-1", "kp-2", "kp-2", "kp-3");
        assertThat(deck.skipped()).contains(
                new ImportedDeck.Skipped("note type Vocab",
                        "imported as front/back from its first two fields (Word, Meaning); its other fields are left out"),
                new ImportedDeck.Skipped("note 1800000000008", "its front is empty"));
    }

    @Test
    void referencedMediaOfAllowedTypesIsImported() throws Exception {
        ImportedDeck deck = read(rich());

        assertThat(deck.media()).extracting(ImportedDeck.Media::name).containsExactlyInAnyOrder("cell.png", "say.mp3",
                "evil.svg");
        assertThat(deck.media().get(0).bytes()).isEqualTo(PNG);
        // the drawing comes cleaned: its script handler is gone
        assertThat(deck.media()).filteredOn(m -> m.name().equals("evil.svg")).singleElement()
                .satisfies(m -> assertThat(new String(m.bytes(), StandardCharsets.UTF_8))
                        .startsWith("<svg").doesNotContain("onload").doesNotContain("alert"));
        assertThat(deck.skipped()).noneMatch(s -> s.where().startsWith("media"));
    }

    @Test
    void latestPackageIsPreferredOverTheStub() throws Exception {
        Map<String, byte[]> latest = AnkiFixtures.latest(rich());
        assertThat(latest).containsKeys("collection.anki2", "collection.anki21b", "meta");

        ImportedDeck deck = read(latest);

        assertThat(deck.items()).hasSize(5);
        assertThat(deck.items()).noneMatch(i -> i.content().toString().contains("Please update"));
        assertThat(deck.items().get(2).content()).isInstanceOf(ItemContent.Cloze.class);
        assertThat(deck.keyPoints()).extracting(KeyPoint::family).contains("Biology");
        assertThat(deck.media()).extracting(ImportedDeck.Media::name).containsExactlyInAnyOrder("cell.png", "say.mp3",
                "evil.svg");
        assertThat(deck.media().get(0).bytes()).isEqualTo(PNG);
    }

    @Test
    void legacy2IsPreferredOverTheStub() throws Exception {
        var entries = rich();
        entries.put("collection.anki21", entries.get("collection.anki2"));
        entries.put("collection.anki2", AnkiFixtures.stub());

        assertThat(read(entries).items()).hasSize(5);
    }

    @Test
    void aNewerPackageVersionIsRefusedWithAnExplanation() throws Exception {
        var entries = AnkiFixtures.latest(rich());
        entries.put("meta", new byte[]{0x08, 0x04});

        assertThatThrownBy(() -> read(entries)).isInstanceOf(ImportException.class).hasMessageContaining("newer Anki");
    }

    /** The schema is the uploader's: a "notes" view would compute rows past every byte limit of the package. */
    @Test
    void aCollectionWhoseNotesAreAViewIsRefusedBeforeAnyRowIsRead() throws Exception {
        var entries = AnkiFixtures.legacy(biology(), db -> {
            sql(db, "create table real_notes as select * from notes");
            sql(db, "drop table notes");
            sql(db, "create view notes as select id, guid, mid, mod, usn, tags, "
                    + "printf('%.*c', 10000000, 'x') || char(31) || 'back' as flds, sfld, csum, flags, data from real_notes");
        });
        Path file = AnkiFixtures.zip(dir, entries);
        assertThatThrownBy(() -> ApkgReader.read(file, ApkgLimits.defaults()))
                .isInstanceOf(ImportException.class).hasMessageContaining("'notes' is a view");
    }

    @Test
    void aRecursiveViewIsRefusedAtOnceRatherThanReadForever() throws Exception {
        var entries = AnkiFixtures.legacy(biology(), db -> {
            sql(db, "drop table notes");
            sql(db, "create view notes as with recursive c(x) as (select 1 union all select x + 1 from c) "
                    + "select x as id, 1 as mid, 'a' as flds from c");
        });
        Path file = AnkiFixtures.zip(dir, entries);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> ApkgReader.read(file, ApkgLimits.defaults())).isInstanceOf(ImportException.class));
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        byte[] whole = ApkgWriter.write(biology(), 5, AnkiFixtures.NOW);
        Path cut = Files.write(dir.resolve("cut.apkg"), Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> ApkgReader.read(cut, ApkgLimits.defaults()))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("not an Anki package");
    }

    @Test
    void aCollectionThatIsNotADatabaseIsRefused() throws Exception {
        var entries = rich();
        entries.put("collection.anki2", "garbage".repeat(100).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(entries)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("not an Anki package");
    }

    @Test
    void aZstdBombIsStoppedAtTheLimit() throws Exception {
        var entries = AnkiFixtures.latest(rich());
        // 64 MB of zeros compress to a few KB: only decoding reveals the size.
        entries.put("collection.anki21b", com.github.luben.zstd.Zstd.compress(new byte[64 << 20]));
        Path file = AnkiFixtures.zip(dir, entries);

        assertThatThrownBy(() -> ApkgReader.read(file, new ApkgLimits(100, 8 << 20, 1 << 20, 100)))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("too large");
    }

    @Test
    void tooManyNotesAreRefused() throws Exception {
        Path file = AnkiFixtures.zip(dir, rich());

        assertThatThrownBy(() -> ApkgReader.read(file, new ApkgLimits(100, 64 << 20, 1 << 20, 3)))
                .isInstanceOf(ImportException.class).hasMessageContaining("notes, more than 3");
    }

    /** Tags on the first note, and a review log: answers of three cards, plus entries that are not answers. */
    private Map<String, byte[]> withHistory() throws Exception {
        long first = AnkiFixtures.NOW.toEpochMilli();
        return AnkiFixtures.legacy(biology(), db -> {
            sql(db, "update notes set tags = ' biology::cells exam ' where id = " + first);
            // cards, as the writer numbers them: b 0; r 1, 2; c 3 (c1), 4 (c2); s 5
            String[] rows = {
                    "(1709290000000, " + first + ", 3, 0)",          // b, learn, Good
                    "(1709290001000, " + (first + 2) + ", 1, 1)",    // r reversed, review, Again
                    "(1709290002000, " + (first + 4) + ", 4, 2)",    // c's second deletion, relearn, Easy
                    "(1709290003000, " + first + ", 0, 4)",          // a manual reschedule: not an answer
                    "(1709290004000, 999, 3, 1)",                    // a card that is gone
                    "(1709290005000, " + (first + 5) + ", 2, 5)"};   // rescheduled by the app
            for (String row : rows) {
                String[] v = row.substring(1, row.length() - 1).split(", ");
                sql(db, "insert into revlog values (" + v[0] + ", " + v[1] + ", -1, " + v[2] + ", 1, 0, 2500, 8000, "
                        + v[3] + ")");
            }
        });
    }

    @Test
    void tagsAndTheReviewLogComeAlongInEveryPackageVersion() throws Exception {
        for (ImportedDeck deck : new ImportedDeck[]{read(withHistory()), read(AnkiFixtures.latest(withHistory()))}) {
            assertThat(deck.items().get(0).tags()).containsExactly("biology::cells", "exam");
            assertThat(deck.items().get(1).tags()).isEmpty();
            long first = AnkiFixtures.NOW.toEpochMilli();
            assertThat(deck.reviews()).containsExactly(
                    new ImportedDeck.Review("n-" + first, 0, 3, 1709290000000L, 8000, "anki-1709290000000"),
                    new ImportedDeck.Review("n-" + (first + 1), 1, 1, 1709290001000L, 8000, "anki-1709290001000"),
                    new ImportedDeck.Review("n-" + (first + 2), 2, 4, 1709290002000L, 8000, "anki-1709290002000"));
        }
    }
}
