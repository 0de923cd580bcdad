package app.flashpoint.core.exchange.anki;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.ImportedDeck;
import app.flashpoint.core.exchange.ImportedDeck.Skipped;
import app.flashpoint.core.exchange.SvgCleaner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a read collection into an {@link ImportedDeck}. One key point per Anki deck the notes are in (title
 * the last {@code ::} level, family the parent path, importance 3); items "n-&lt;note id&gt;" at Bloom
 * REMEMBER. Kinds by note type (see {@link AnkiNoteType#kind()}); a side that is empty or only media makes
 * the note Basic, since such a card cannot be reversed or typed. Tags are kept on the items. The review log
 * comes along as {@link ImportedDeck.Review}s of the cards that became ours (answers by a button; manual
 * reschedules and answers of a card we did not make, such as the reverse of a note imported as Basic, are not).
 */
public final class AnkiImport {
    private static final Pattern CLOZE_SPAN = Pattern.compile("(?s)\\{\\{c\\d+::.*?}}");
    private static final Pattern NESTED = Pattern.compile("(?s)\\{\\{c\\d+::(?:(?!}}).)*\\{\\{c\\d+::");

    private AnkiImport() {
    }

    public static ImportedDeck toDeck(String fallbackTitle, AnkiCollection collection, ApkgLimits limits) {
        if (collection.notes().size() > limits.maxNotes()) {
            throw new ImportException("too large: the package has " + collection.notes().size()
                    + " notes, more than " + limits.maxNotes());
        }
        Map<Long, AnkiNoteType> types = collection.noteTypes().stream()
                .collect(Collectors.toMap(AnkiNoteType::id, Function.identity(), (a, b) -> a));
        var skipped = new ArrayList<Skipped>();
        var noticed = new LinkedHashSet<Long>();
        var keyPoints = new KeyPoints();
        var items = new ArrayList<Item>();
        var media = new LinkedHashSet<String>();
        var itemOfNote = new java.util.HashMap<Long, Item>();
        for (AnkiNote note : collection.notes()) {
            AnkiNoteType type = types.get(note.noteTypeId());
            String where = "note " + note.id();
            if (type == null) {
                skipped.add(new Skipped(where, "its note type is missing from the package"));
                continue;
            }
            if (type.kind() == AnkiNoteType.Kind.OTHER && noticed.add(type.id())) {
                skipped.add(new Skipped("note type " + type.name(), otherNotice(type)));
            }
            Result result = convert(type, note);
            if (result.content() == null) {
                skipped.add(new Skipped(where, result.why()));
                continue;
            }
            media.addAll(result.media());
            Item item = new Item("n-" + note.id(), keyPoints.idFor(note.deck()), Bloom.REMEMBER, result.content(),
                    result.explanation(), List.of(), "", note.tags());
            items.add(item);
            itemOfNote.put(note.id(), item);
        }
        if (!collection.reviewsLeftOut().isEmpty()) {
            skipped.add(new Skipped("review history", collection.reviewsLeftOut() + ": left out"));
        }
        String title = title(keyPoints.decks(), fallbackTitle);
        String description = FieldText.toText(collection.deckDescriptions().getOrDefault(title, ""));
        return new ImportedDeck(title, description, keyPoints.list(), items,
                readMedia(media, collection.media(), limits, skipped), skipped, reviews(collection, itemOfNote));
    }

    private static List<ImportedDeck.Review> reviews(AnkiCollection collection, Map<Long, Item> itemOfNote) {
        var out = new ArrayList<ImportedDeck.Review>();
        for (AnkiCollection.Review r : collection.reviews()) {
            Item item = itemOfNote.get(r.noteId());
            // ease 0 and types 4, 5 are reschedules by hand or by the app, not answers
            if (item == null || r.ease() < 1 || r.ease() > 4 || r.type() < 0 || r.type() > 3) {
                continue;
            }
            ordinal(item.content(), r.ord()).ifPresent(ordinal -> out.add(new ImportedDeck.Review(item.id(), ordinal,
                    r.ease(), r.id(), Math.max(0, Math.min(r.timeMs(), 3_600_000)), "anki-" + r.id())));
        }
        return out;
    }

    /** Our card for Anki's template number: cloze ord n is deletion n + 1; a reversible's two are 0 and 1. */
    private static Optional<Integer> ordinal(ItemContent content, int ord) {
        if (content instanceof ItemContent.Cloze c) {
            return new ClozeText(c.text()).numbers().contains(ord + 1) ? Optional.of(ord + 1) : Optional.empty();
        }
        if (content instanceof ItemContent.Reversible) {
            return ord == 0 || ord == 1 ? Optional.of(ord) : Optional.empty();
        }
        return ord == 0 ? Optional.of(0) : Optional.empty();
    }

    private static String otherNotice(AnkiNoteType type) {
        String used = type.fields().stream().limit(2).collect(Collectors.joining(", "));
        return "imported as front/back from its first two fields (" + used + ")"
                + (type.fields().size() > 2 ? "; its other fields are left out" : "");
    }

    private record Result(ItemContent content, String explanation, Set<String> media, String why) {
        static Result skip(String why) {
            return new Result(null, "", Set.of(), why);
        }
    }

    private static Result convert(AnkiNoteType type, AnkiNote note) {
        if (type.kind() == AnkiNoteType.Kind.CLOZE) {
            return cloze(note);
        }
        int frontField = 0;
        int backField = 1;
        if (type.kind() == AnkiNoteType.Kind.TYPE_ANSWER) {
            backField = type.typedField();
            frontField = backField == 0 ? 1 : 0;
        }
        String front = FieldText.toText(note.field(frontField));
        String back = FieldText.toText(note.field(backField));
        if (front.isEmpty()) {
            return Result.skip(back.isEmpty() ? "all its fields are empty" : "its front is empty");
        }
        var media = new LinkedHashSet<>(FieldText.mediaNames(note.field(frontField)));
        media.addAll(FieldText.mediaNames(note.field(backField)));
        boolean plain = back.isEmpty() || FieldText.mediaOnly(front) || FieldText.mediaOnly(back);
        ItemContent content = switch (type.kind()) {
            case REVERSIBLE -> plain || note.cards() < 2 ? new ItemContent.Basic(front, back)
                    : new ItemContent.Reversible(front, back);
            case TYPE_ANSWER -> plain ? new ItemContent.Basic(front, back)
                    : new ItemContent.ShortAnswer(front, List.of(back));
            default -> new ItemContent.Basic(front, back);
        };
        return new Result(content, "", media, null);
    }

    private static Result cloze(AnkiNote note) {
        String html = note.field(0);
        if (NESTED.matcher(html).find()) {
            return Result.skip("nested cloze deletions are not supported");
        }
        // A deletion may span line breaks in Anki; ours is one line, so breaks inside one become spaces.
        String text = CLOZE_SPAN.matcher(FieldText.toText(html))
                .replaceAll(m -> Matcher.quoteReplacement(m.group().replaceAll("\\s*\n\\s*", " ")));
        String extra = FieldText.toText(note.field(1));
        var media = new LinkedHashSet<>(FieldText.mediaNames(html));
        media.addAll(FieldText.mediaNames(note.field(1)));
        if (new ClozeText(text).numbers().isEmpty()) {
            if (text.isEmpty()) {
                return Result.skip("its text is empty");
            }
            // No deletion means Anki made no card from it either; keep what it says as a plain card.
            return new Result(new ItemContent.Basic(text, extra), "", media, null);
        }
        return new Result(new ItemContent.Cloze(text), extra, media, null);
    }

    /** The first deck level every note shares, else the file's name. */
    private static String title(Set<String> decks, String fallback) {
        Set<String> roots = new TreeSet<>();
        for (String deck : decks) {
            roots.add(deck.split("::", -1)[0].strip());
        }
        return roots.size() == 1 && !roots.iterator().next().isEmpty() ? roots.iterator().next() : fallback;
    }

    private static List<ImportedDeck.Media> readMedia(Set<String> names, AnkiCollection.Media files,
                                                      ApkgLimits limits, List<Skipped> skipped) {
        var out = new ArrayList<ImportedDeck.Media>();
        var seen = new LinkedHashSet<String>();
        long left = limits.maxMediaBytes();
        for (String raw : names) {
            String where = "media " + raw;
            Optional<String> name = MediaFiles.safeName(raw);
            if (name.isEmpty()) {
                skipped.add(new Skipped(where, "unsafe file name (a path, or control characters)"));
                continue;
            }
            if (!seen.add(name.get())) {
                continue;
            }
            Optional<byte[]> bytes = files.read(name.get(), left);
            if (bytes.isEmpty()) {
                skipped.add(new Skipped(where, "not in the package"));
            } else if (bytes.get().length > left) {
                skipped.add(new Skipped(where, "over the media limit of " + (limits.maxMediaBytes() >> 20)
                        + " MB for one package"));
            } else if (SvgCleaner.looksLikeSvg(bytes.get())) {
                Optional<byte[]> drawing = SvgCleaner.clean(bytes.get());
                if (drawing.isEmpty()) {
                    skipped.add(new Skipped(where, "starts like an SVG drawing but has no <svg> root"));
                } else {
                    left -= drawing.get().length;
                    out.add(new ImportedDeck.Media(name.get(), drawing.get()));
                }
            } else if (MediaFiles.type(bytes.get()).isEmpty()) {
                skipped.add(new Skipped(where, "not an image or audio file we can show (PNG, JPEG, GIF, WebP, SVG, "
                        + "MP3, OGG, WAV, MP4); HTML and other types are left out"));
            } else {
                left -= bytes.get().length;
                out.add(new ImportedDeck.Media(name.get(), bytes.get()));
            }
        }
        return out;
    }

    /** Key points in order of first use, one per full deck name. */
    private static final class KeyPoints {
        private final Map<String, KeyPoint> byDeck = new LinkedHashMap<>();

        String idFor(String deck) {
            String name = deck == null || deck.isBlank() ? "Default" : deck;
            return byDeck.computeIfAbsent(name, d -> {
                int cut = d.lastIndexOf("::");
                String title = cut < 0 ? d : d.substring(cut + 2);
                String family = cut < 0 ? "" : d.substring(0, cut);
                return new KeyPoint("kp-" + (byDeck.size() + 1), title.strip(), "Anki deck " + d, family.strip(), 3);
            }).id();
        }

        Set<String> decks() {
            return byDeck.keySet();
        }

        List<KeyPoint> list() {
            return List.copyOf(byDeck.values());
        }
    }
}
