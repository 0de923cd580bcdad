package app.flashpoint.core.bank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The type-specific part of an item. {@link #toMap()} and {@link #fromMap} are the one mapping used for
 * YAML, the database's JSON column and the API, so the three can never drift apart.
 */
public sealed interface ItemContent {

    ItemType type();

    Map<String, Object> toMap();

    record Basic(String front, String back) implements ItemContent {
        public ItemType type() { return ItemType.BASIC; }
        public Map<String, Object> toMap() { return ordered("front", front, "back", back); }
    }

    record Reversible(String front, String back) implements ItemContent {
        public ItemType type() { return ItemType.REVERSIBLE; }
        public Map<String, Object> toMap() { return ordered("front", front, "back", back); }
    }

    record Cloze(String text) implements ItemContent {
        public ItemType type() { return ItemType.CLOZE; }
        public Map<String, Object> toMap() { return ordered("text", text); }
    }

    record MultipleChoice(String question, String answer, List<Distractor> distractors) implements ItemContent {
        public MultipleChoice {
            distractors = List.copyOf(distractors);
        }
        public ItemType type() { return ItemType.MULTIPLE_CHOICE; }
        public Map<String, Object> toMap() {
            return ordered("question", question, "answer", answer,
                    "distractors", distractors.stream().map(d -> ordered("text", d.text(), "why", d.why())).toList());
        }
    }

    record Distractor(String text, String why) {
    }

    record TrueFalse(String statement, boolean answer) implements ItemContent {
        public ItemType type() { return ItemType.TRUE_FALSE; }
        public Map<String, Object> toMap() { return ordered("statement", statement, "answer", answer); }
    }

    record ShortAnswer(String question, List<String> answers) implements ItemContent {
        public ShortAnswer {
            answers = List.copyOf(answers);
        }
        public ItemType type() { return ItemType.SHORT_ANSWER; }
        public Map<String, Object> toMap() { return ordered("question", question, "answers", answers); }
    }

    record Ordering(String prompt, List<String> sequence) implements ItemContent {
        public Ordering {
            sequence = List.copyOf(sequence);
        }
        public ItemType type() { return ItemType.ORDERING; }
        public Map<String, Object> toMap() { return ordered("prompt", prompt, "sequence", sequence); }
    }

    record Matching(String prompt, List<Pair> pairs) implements ItemContent {
        public Matching {
            pairs = List.copyOf(pairs);
        }
        public ItemType type() { return ItemType.MATCHING; }
        public Map<String, Object> toMap() {
            return ordered("prompt", prompt,
                    "pairs", pairs.stream().map(p -> ordered("left", p.left(), "right", p.right())).toList());
        }
    }

    record Pair(String left, String right) {
    }

    /**
     * Builds content from its map form.
     *
     * @throws IllegalArgumentException naming the field that is missing or malformed
     */
    static ItemContent fromMap(ItemType type, Map<?, ?> map) {
        var fields = new ContentFields(map);
        return switch (type) {
            case BASIC -> new Basic(fields.text("front"), fields.text("back"));
            case REVERSIBLE -> new Reversible(fields.text("front"), fields.text("back"));
            case CLOZE -> new Cloze(fields.text("text"));
            case MULTIPLE_CHOICE -> new MultipleChoice(fields.text("question"), fields.text("answer"),
                    fields.maps("distractors").stream()
                            .map(d -> new Distractor(d.text("text"), d.text("why"))).toList());
            case TRUE_FALSE -> new TrueFalse(fields.text("statement"), fields.bool("answer"));
            // `accept:` lists further answers marked right, for authors who keep `answers` to the model answer.
            case SHORT_ANSWER -> new ShortAnswer(fields.text("question"), java.util.stream.Stream.concat(
                    fields.texts("answers").stream(), fields.optionalTexts("accept").stream()).distinct().toList());
            case ORDERING -> new Ordering(fields.text("prompt"), fields.texts("sequence"));
            case MATCHING -> new Matching(fields.text("prompt"),
                    fields.maps("pairs").stream().map(p -> new Pair(p.text("left"), p.text("right"))).toList());
        };
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
