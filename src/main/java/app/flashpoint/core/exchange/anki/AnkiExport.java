package app.flashpoint.core.exchange.anki;

import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Items as Anki notes of the four stock note types. Basic, Reversible, Cloze and ShortAnswer map to their
 * own type (a cloze's explanation goes in Extra); the kinds Anki has no type for (multiple choice,
 * true/false, ordering, matching) become Basic notes with the question and its options on the front and the
 * answer on the back, and {@link #leftOut} says so, along with what Anki has no place for.
 */
public final class AnkiExport {
    private AnkiExport() {
    }

    public enum Model {
        BASIC("Basic"), REVERSED("Basic (and reversed card)"), CLOZE("Cloze"), TYPE_ANSWER("Basic (type in the answer)");

        public final String ankiName;

        Model(String ankiName) {
            this.ankiName = ankiName;
        }
    }

    /** One note: its fields as HTML and the template (or cloze number − 1) of each card. */
    public record Note(Item item, Model model, List<String> fields, List<Integer> cardOrds) {
        public Note {
            fields = List.copyOf(fields);
            cardOrds = List.copyOf(cardOrds);
        }
    }

    public static List<Note> notes(Deck deck) {
        return deck.items().stream().map(AnkiExport::note).toList();
    }

    /** The media files the deck's notes show, by name, in order of first use: what the package must carry. */
    public static java.util.Set<String> media(Deck deck) {
        var names = new java.util.LinkedHashSet<String>();
        for (Note note : notes(deck)) {
            note.fields().forEach(field -> names.addAll(FieldText.mediaNames(field)));
        }
        return names;
    }

    static Note note(Item item) {
        ItemContent content = item.content();
        if (content instanceof ItemContent.Basic b) {
            return basic(item, b.front(), b.back());
        }
        if (content instanceof ItemContent.Reversible r) {
            return new Note(item, Model.REVERSED, html(r.front(), r.back()), List.of(0, 1));
        }
        if (content instanceof ItemContent.Cloze c) {
            return new Note(item, Model.CLOZE, html(c.text(), item.explanation()),
                    new ClozeText(c.text()).numbers().stream().map(n -> n - 1).toList());
        }
        if (content instanceof ItemContent.ShortAnswer s) {
            return new Note(item, Model.TYPE_ANSWER,
                    html(s.question(), s.answers().isEmpty() ? "" : s.answers().get(0)), List.of(0));
        }
        if (content instanceof ItemContent.MultipleChoice m) {
            var options = new ArrayList<String>();
            options.add(m.answer());
            m.distractors().forEach(d -> options.add(d.text()));
            // Sorted, so the right answer's place gives nothing away.
            options.sort(Comparator.naturalOrder());
            String listed = String.join("\n", IntStream.range(0, options.size())
                    .mapToObj(i -> (char) ('A' + i) + ". " + options.get(i)).toList());
            return basic(item, m.question() + "\n\n" + listed, m.answer());
        }
        if (content instanceof ItemContent.TrueFalse t) {
            return basic(item, "True or false? " + t.statement(), t.answer() ? "True" : "False");
        }
        if (content instanceof ItemContent.Ordering o) {
            var sorted = new ArrayList<>(o.sequence());
            sorted.sort(Comparator.naturalOrder());
            return basic(item, o.prompt() + "\n\n" + bullets(sorted), String.join("\n",
                    IntStream.range(0, o.sequence().size()).mapToObj(i -> (i + 1) + ". " + o.sequence().get(i)).toList()));
        }
        var m = (ItemContent.Matching) content;
        var rights = new ArrayList<>(m.pairs().stream().map(ItemContent.Pair::right).toList());
        rights.sort(Comparator.naturalOrder());
        return basic(item, m.prompt() + "\n\n" + bullets(m.pairs().stream().map(ItemContent.Pair::left).toList())
                        + "\n\nwith:\n" + bullets(rights),
                String.join("\n", m.pairs().stream().map(p -> p.left() + " → " + p.right()).toList()));
    }

    /** What the export loses, one line each, for the export page to show before the download. */
    public static List<String> leftOut(Deck deck) {
        var out = new ArrayList<String>();
        int explanations = 0;
        int sources = 0;
        for (Item item : deck.items()) {
            ItemContent content = item.content();
            if (content instanceof ItemContent.ShortAnswer s && s.answers().size() > 1) {
                out.add("item " + item.id() + ": Anki checks only the first of its " + s.answers().size()
                        + " accepted answers");
            } else if (!(content instanceof ItemContent.Basic || content instanceof ItemContent.Reversible
                    || content instanceof ItemContent.Cloze || content instanceof ItemContent.ShortAnswer)) {
                out.add("item " + item.id() + " (" + item.type().name().toLowerCase().replace('_', ' ')
                        + "): exported as a Basic card with the question and options on the front");
            }
            if (!(item.content() instanceof ItemContent.Cloze) && !item.explanation().isBlank()) {
                explanations++;
            }
            if (!item.sources().isEmpty()) {
                sources++;
            }
        }
        if (explanations > 0) {
            out.add("the explanations of " + explanations + " items: Anki's Basic note types have no field for them");
        }
        if (sources > 0) {
            out.add("the document sources of " + sources + " items");
        }
        if (deck.keyPoints().stream().anyMatch(k -> !k.summary().isBlank())) {
            out.add("key point summaries and importance: each key point becomes a subdeck named by its title");
        }
        return out;
    }

    private static Note basic(Item item, String front, String back) {
        return new Note(item, Model.BASIC, html(front, back), List.of(0));
    }

    private static List<String> html(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> FieldText.toHtml(t == null ? "" : t)).toList();
    }

    private static String bullets(List<String> lines) {
        return String.join("\n", lines.stream().map(l -> "• " + l).toList());
    }
}
