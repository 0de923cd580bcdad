package app.flashpoint.core.bank;

import app.flashpoint.core.document.SourceDocument;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a deck in the question-bank layout, as files keyed by their path from the repository root:
 * {@code question-bank/<slug>/deck.yml}, {@code question-bank/<slug>/items/<family>.yml} (items grouped by
 * their key point's family, as the bank is) and {@code seeds/<document>} with its metadata {@code .yml}.
 * {@link BankReader} reads the result back to the same deck.
 */
public final class BankWriter {
    private BankWriter() {
    }

    public static Map<String, String> write(Deck deck, Map<String, SourceDocument> documents) {
        var files = new LinkedHashMap<String, String>();
        String folder = "question-bank/" + deck.slug() + "/";
        files.put(folder + "deck.yml", yaml(deckEntry(deck)));
        var families = new LinkedHashMap<String, List<Object>>();
        var familyOf = new LinkedHashMap<String, String>();
        deck.keyPoints().forEach(k -> familyOf.put(k.id(), k.family()));
        deck.keyPoints().forEach(k -> families.putIfAbsent(k.family(), new ArrayList<>()));
        for (Item item : deck.items()) {
            families.get(familyOf.get(item.keyPoint()))
                    .add(ItemEntries.toEntry(item, deck.documents(), documents));
        }
        var fileNames = new LinkedHashMap<String, Integer>();
        families.forEach((family, items) -> {
            if (items.isEmpty()) {
                return;
            }
            String base = fileName(family);
            int n = fileNames.merge(base, 1, Integer::sum);
            String name = n == 1 ? base : base + "-" + n;
            files.put(folder + "items/" + name + ".yml", "# Family: " + family.replace('\n', ' ') + "\n" + yaml(items));
        });
        for (String name : deck.documents()) {
            SourceDocument document = documents.get(name);
            if (document == null) {
                continue;
            }
            files.put("seeds/" + name, document.text());
            String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            if (!document.metadata().isEmpty()) {
                files.put("seeds/" + base + ".yml", yaml(new TreeMap<>(document.metadata())));
            }
        }
        return files;
    }

    private static Map<String, Object> deckEntry(Deck deck) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("slug", deck.slug());
        entry.put("title", deck.title());
        entry.put("description", deck.description());
        entry.put("documents", deck.documents());
        entry.put("keyPoints", deck.keyPoints().stream().map(k -> {
            var kp = new LinkedHashMap<String, Object>();
            kp.put("id", k.id());
            kp.put("title", k.title());
            kp.put("summary", k.summary());
            kp.put("family", k.family());
            kp.put("importance", k.importance());
            return kp;
        }).toList());
        return entry;
    }

    /** A family name as a file name: lower-case letters, digits and dashes. */
    static String fileName(String family) {
        String name = family.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return name.isEmpty() ? "items" : name;
    }

    private static String yaml(Object value) {
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setAllowUnicode(true);
        return new Yaml(options).dump(value);
    }
}
