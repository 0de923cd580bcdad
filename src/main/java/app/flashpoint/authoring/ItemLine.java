package app.flashpoint.authoring;

import app.flashpoint.core.bank.ClozeText;

import java.util.List;
import java.util.Map;

/** One item in the deck's authoring overview: what it asks, in one line, and its status. */
record ItemLine(String id, String type, String status, String prompt, boolean edited) {
    private static final List<String> PROMPT_FIELDS = List.of("front", "text", "question", "statement", "prompt");

    /** A cloze's sentence reads as revealed, not as its {{c1::…}} markup. */
    static String prompt(Map<String, Object> content) {
        String prompt = PROMPT_FIELDS.stream().map(content::get).filter(v -> v != null).map(Object::toString)
                .findFirst().orElse("");
        return content.containsKey("text") ? new ClozeText(prompt).plain() : prompt;
    }
}
