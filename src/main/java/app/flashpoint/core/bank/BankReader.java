package app.flashpoint.core.bank;

import app.flashpoint.core.document.SourceDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads and validates the whole question bank: {@code bankRoot/<slug>/deck.yml} and {@code items/*.yml},
 * quoting documents from {@code seedsRoot}. Every problem is collected before failing, so an author fixes
 * them all in one pass.
 */
public final class BankReader {
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MIN_ITEMS_PER_KEY_POINT = 2;

    private final Path bankRoot;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, SourceDocument> documents;
    private final Set<String> itemIds = new HashSet<>();
    private final Set<String> keyPointIds = new HashSet<>();

    private BankReader(Path bankRoot, Path seedsRoot) {
        this.bankRoot = bankRoot;
        this.documents = SeedDocuments.read(seedsRoot);
    }

    public static Bank read(Path bankRoot, Path seedsRoot) {
        return new BankReader(bankRoot, seedsRoot).read();
    }

    private Bank read() {
        var decks = new ArrayList<Deck>();
        for (Path deckDir : YamlFiles.list(bankRoot, "")) {
            if (Files.exists(deckDir.resolve("deck.yml"))) {
                readDeck(deckDir).ifPresent(decks::add);
            }
        }
        if (decks.isEmpty()) {
            problems.add(bankRoot + ": no deck folder with a deck.yml");
        }
        if (!problems.isEmpty()) {
            throw new BankException(problems);
        }
        return new Bank(decks, documents);
    }

    private Optional<Deck> readDeck(Path deckDir) {
        String file = relative(deckDir.resolve("deck.yml"));
        Map<?, ?> yaml;
        try {
            yaml = asMap(YamlFiles.parse(deckDir.resolve("deck.yml")));
        } catch (IllegalArgumentException e) {
            problems.add(file + ": " + e.getMessage());
            return Optional.empty();
        }
        var fields = new ContentFields(yaml);
        String slug = required(file, "deck", () -> fields.text("slug"));
        if (slug != null && (!SLUG.matcher(slug).matches() || !slug.equals(deckDir.getFileName().toString()))) {
            problems.add(file + ": deck: slug '" + slug + "' must be kebab-case and equal the folder name");
        }
        String title = required(file, "deck", () -> fields.text("title"));
        String description = yaml.get("description") == null ? "" : yaml.get("description").toString().strip();
        List<String> docs = required(file, "deck", () -> fields.texts("documents"));
        if (docs != null) {
            docs.stream().filter(d -> !documents.containsKey(d))
                    .forEach(d -> problems.add(file + ": deck: unknown document '" + d + "' (not under seeds/)"));
        }
        var keyPoints = readKeyPoints(file, fields);
        var knownKeyPoints = new HashSet<String>();
        keyPoints.forEach(k -> knownKeyPoints.add(k.id()));
        var items = new ArrayList<Item>();
        String defaultDocument = docs == null || docs.isEmpty() ? null : docs.get(0);
        for (Path itemFile : YamlFiles.list(deckDir.resolve("items"), ".yml")) {
            var parser = new ItemParser(relative(itemFile), documents, defaultDocument, docs == null ? List.of() : docs,
                    knownKeyPoints, problems);
            try {
                for (Object entry : asList(YamlFiles.parse(itemFile))) {
                    parser.parse(entry).filter(i -> unique(itemIds, i.id(), relative(itemFile), "item"))
                            .ifPresent(items::add);
                }
            } catch (IllegalArgumentException e) {
                problems.add(relative(itemFile) + ": " + e.getMessage());
            }
        }
        for (KeyPoint k : keyPoints) {
            long count = items.stream().filter(i -> i.keyPoint().equals(k.id())).count();
            if (count < MIN_ITEMS_PER_KEY_POINT) {
                problems.add(file + ": " + k.id() + ": key point has " + count + " item(s), needs at least "
                        + MIN_ITEMS_PER_KEY_POINT);
            }
        }
        if (slug == null || title == null || docs == null) {
            return Optional.empty();
        }
        return Optional.of(new Deck(slug, title, description, docs, keyPoints, items));
    }

    private List<KeyPoint> readKeyPoints(String file, ContentFields deck) {
        List<ContentFields> entries = required(file, "deck", () -> deck.maps("keyPoints"));
        var keyPoints = new ArrayList<KeyPoint>();
        if (entries == null) {
            return keyPoints;
        }
        for (ContentFields k : entries) {
            String id = required(file, "key point", () -> k.text("id"));
            if (id == null) {
                continue;
            }
            try {
                int importance = Integer.parseInt(k.text("importance"));
                if (importance < 1 || importance > 5) {
                    throw new IllegalArgumentException("importance must be 1 to 5");
                }
                var keyPoint = new KeyPoint(id, k.text("title"), k.text("summary"), k.text("family"), importance);
                if (unique(keyPointIds, id, file, "key point")) {
                    keyPoints.add(keyPoint);
                }
            } catch (NumberFormatException e) {
                problems.add(file + ": " + id + ": importance must be a whole number from 1 to 5");
            } catch (IllegalArgumentException e) {
                problems.add(file + ": " + id + ": " + e.getMessage());
            }
        }
        return keyPoints;
    }

    private boolean unique(Set<String> seen, String id, String file, String what) {
        if (!seen.add(id)) {
            problems.add(file + ": " + id + ": duplicate " + what + " id");
            return false;
        }
        return true;
    }

    private <T> T required(String file, String where, Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            problems.add(file + ": " + where + ": " + e.getMessage());
            return null;
        }
    }

    private String relative(Path file) {
        Path base = bankRoot.getParent() == null ? bankRoot : bankRoot.getParent();
        return base.relativize(file).toString();
    }

    static Map<?, ?> asMap(Object yaml) {
        if (yaml instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException("expected a YAML mapping");
    }

    private static List<?> asList(Object yaml) {
        if (yaml == null) {
            return List.of();
        }
        if (yaml instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException("expected a YAML list of items");
    }

    /** The .txt/.md files of the seeds folder, each with the flat metadata of its sibling .yml. */
    static final class SeedDocuments {
        private SeedDocuments() {
        }

        static Map<String, SourceDocument> read(Path seedsRoot) {
            var documents = new LinkedHashMap<String, SourceDocument>();
            var files = new ArrayList<Path>(YamlFiles.list(seedsRoot, ".txt"));
            files.addAll(YamlFiles.list(seedsRoot, ".md"));
            for (Path file : files) {
                String name = file.getFileName().toString();
                String base = name.substring(0, name.lastIndexOf('.'));
                Path metaFile = file.resolveSibling(base + ".yml");
                var metadata = new HashMap<String, String>();
                if (Files.exists(metaFile)) {
                    asMap(YamlFiles.parse(metaFile)).forEach((k, v) -> {
                        if (v != null) {
                            metadata.put(k.toString(), v.toString());
                        }
                    });
                }
                documents.put(name, new SourceDocument(name, YamlFiles.read(file), metadata));
            }
            return documents;
        }
    }
}
