package app.flashpoint.core.generate.cards;

import app.flashpoint.core.bank.ClozeText;

import java.util.List;

/**
 * A learner filling "no ___, no nukes" often types the words around the blank too ("no war"). Those words
 * are the prompt's, not a negation or a hedge of the learner's own, so they are set aside before marking,
 * but only when they are exactly the words next to the blank.
 */
final class ClozeContext {
    private ClozeContext() {
    }

    static String withoutRestatedContext(String given, CardFace.Cloze face) {
        List<ClozeText.Segment> prompt = face.prompt();
        int blank = -1;
        for (int i = 0; i < prompt.size(); i++) {
            if (prompt.get(i).blank()) {
                blank = i;
                break;
            }
        }
        if (blank < 0 || given == null || given.length() > TypeInMarker.MAX_LENGTH) {
            return given;
        }
        List<String> words = NormalizedAnswer.of(given).words();
        List<String> before = blank > 0 ? NormalizedAnswer.of(prompt.get(blank - 1).text()).words() : List.of();
        List<String> after = blank + 1 < prompt.size()
                ? NormalizedAnswer.of(prompt.get(blank + 1).text()).words() : List.of();
        int from = 0;
        for (int k = Math.min(before.size(), words.size() - 1); k > 0; k--) {
            if (words.subList(0, k).equals(before.subList(before.size() - k, before.size()))) {
                from = k;
                break;
            }
        }
        int to = words.size();
        for (int k = Math.min(after.size(), to - from - 1); k > 0; k--) {
            if (words.subList(to - k, to).equals(after.subList(0, k))) {
                to -= k;
                break;
            }
        }
        return from == 0 && to == words.size() ? given : String.join(" ", words.subList(from, to));
    }
}
