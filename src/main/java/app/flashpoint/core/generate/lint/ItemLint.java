package app.flashpoint.core.generate.lint;

import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.generate.text.Words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks an item against the card and multiple-choice writing rules of docs/ITEMS.md. Used on drafts (to
 * drop broken ones) and on the authored bank (as warnings for the author).
 */
public final class ItemLint {
    static final int MAX_ANSWER_WORDS = 12;
    /** The key may be somewhat longer than the longest distractor; half again as long is a visible clue. */
    static final double KEY_LENGTH_RATIO = 1.5;
    private static final Pattern LIST_PROMPT = Pattern.compile(
            "(?i)\\b(list|name|enumerate|give|what are)\\b(\\s+all)?(\\s+the)?\\s+(two|three|four|five|six|seven|eight|nine|ten|\\d+)\\b");
    private static final Pattern LIST_ANSWER = Pattern.compile("[^,;]+(?:[,;][^,;]+)+,?\\s+(and|or)\\s+[^,;]+");

    private ItemLint() {
    }

    /** A "context – " prefix or a parenthetical: a label that is not part of the term itself. */
    private static final Pattern LABEL = Pattern.compile("\\s[–—]\\s|\\(.*\\)");
    /** Fewer pairs or steps than this make a matching or ordering a binary choice in disguise. */
    static final int MIN_PAIRS_OR_STEPS = 3;

    /**
     * Warnings for every item of the deck that has any, keyed by item id in deck order: each item's own, then
     * the deck-wide cues ({@link DeckCues}) on the items that make them.
     */
    public static Map<String, List<LintWarning>> check(Deck deck) {
        List<ItemContent> contents = deck.items().stream().map(Item::content).toList();
        Map<Integer, List<LintWarning>> cues = DeckCues.check(contents);
        var byItem = new LinkedHashMap<String, List<LintWarning>>();
        for (int i = 0; i < contents.size(); i++) {
            var warnings = new ArrayList<>(check(contents.get(i)));
            warnings.addAll(cues.getOrDefault(i, List.of()));
            if (!warnings.isEmpty()) {
                byItem.put(deck.items().get(i).id(), warnings);
            }
        }
        return byItem;
    }

    /**
     * One item's warnings in the context of its deck (the authoring form): its own, plus any deck-wide cue it
     * takes part in, counted over {@code others} (the deck's other items) and this item.
     */
    public static List<LintWarning> check(ItemContent content, List<ItemContent> others) {
        var contents = new ArrayList<>(others);
        contents.add(content);
        var warnings = new ArrayList<>(check(content));
        warnings.addAll(DeckCues.check(contents).getOrDefault(contents.size() - 1, List.of()));
        return warnings;
    }

    public static List<LintWarning> check(ItemContent content) {
        var warnings = new ArrayList<LintWarning>();
        if (content instanceof ItemContent.Basic b) {
            frontBack(b.front(), b.back(), warnings);
        } else if (content instanceof ItemContent.Reversible r) {
            frontBack(r.front(), r.back(), warnings);
            answerLength(r.front(), "the reverse card's answer", warnings);
            if (LABEL.matcher(r.front()).find()) {
                warnings.add(new LintWarning(LintCode.LABEL_IN_FRONT, "the front '" + r.front() + "' is the reverse "
                        + "card's answer, label and all: put the context label in the explanation"));
            }
        } else if (content instanceof ItemContent.Cloze c) {
            cloze(c, warnings);
        } else if (content instanceof ItemContent.MultipleChoice mc) {
            multipleChoice(mc, warnings);
        } else if (content instanceof ItemContent.ShortAnswer sa) {
            enumeration(sa.question(), sa.answers().get(0), warnings);
            sa.answers().forEach(a -> answerInStem(sa.question(), a, warnings));
            answerLength(sa.answers().get(0), "the answer", warnings);
        } else if (content instanceof ItemContent.Ordering o) {
            duplicates(o.sequence(), warnings);
            var inPrompt = new ArrayList<LintWarning>();
            o.sequence().forEach(e -> answerInStem(o.prompt(), e, inPrompt));
            if (inPrompt.size() == o.sequence().size()) {
                warnings.add(new LintWarning(LintCode.ANSWER_IN_STEM, "the prompt already lists every element in order"));
            }
            if (o.sequence().size() < MIN_PAIRS_OR_STEPS) {
                warnings.add(new LintWarning(LintCode.FEW_STEPS, "an ordering of " + o.sequence().size()
                        + " elements is a coin toss: use at least " + MIN_PAIRS_OR_STEPS + " or another kind"));
            }
        } else if (content instanceof ItemContent.Matching m) {
            duplicates(m.pairs().stream().map(ItemContent.Pair::left).toList(), warnings);
            duplicates(m.pairs().stream().map(ItemContent.Pair::right).toList(), warnings);
            if (m.pairs().size() < MIN_PAIRS_OR_STEPS) {
                warnings.add(new LintWarning(LintCode.FEW_PAIRS, "a matching of " + m.pairs().size()
                        + " pairs is one decision (the first pair gives the rest away): use at least "
                        + MIN_PAIRS_OR_STEPS));
            }
        }
        return warnings;
    }

    private static void frontBack(String front, String back, List<LintWarning> warnings) {
        enumeration(front, back, warnings);
        answerInStem(front, back, warnings);
        answerLength(back, "the answer", warnings);
    }

    private static void cloze(ItemContent.Cloze cloze, List<LintWarning> warnings) {
        var text = new ClozeText(cloze.text());
        for (int n : text.numbers()) {
            String answer = text.answer(n);
            if (Words.isAllStopWords(answer)) {
                warnings.add(new LintWarning(LintCode.STOP_WORD_BLANK,
                        "blank c" + n + " hides only filler words: '" + answer + "'"));
            }
            answerLength(answer, "blank c" + n, warnings);
            String shown = text.prompt(n).stream().filter(s -> !s.blank()).map(ClozeText.Segment::text)
                    .reduce("", String::concat);
            answerInStem(shown, answer, warnings);
        }
    }

    private static void multipleChoice(ItemContent.MultipleChoice mc, List<LintWarning> warnings) {
        var options = new ArrayList<String>();
        options.add(mc.answer());
        mc.distractors().forEach(d -> options.add(d.text()));
        duplicates(options, warnings);
        answerInStem(mc.question(), mc.answer(), warnings);
        answerLength(mc.answer(), "the key", warnings);
        int longestDistractor = mc.distractors().stream().mapToInt(d -> d.text().length()).max().orElse(0);
        if (longestDistractor > 0 && mc.answer().length() > KEY_LENGTH_RATIO * longestDistractor) {
            warnings.add(new LintWarning(LintCode.KEY_LONGEST, "the key (" + mc.answer().length()
                    + " characters) is much longer than every distractor (at most " + longestDistractor + ")"));
        }
    }

    private static void duplicates(List<String> options, List<LintWarning> warnings) {
        var seen = new HashSet<String>();
        for (String option : options) {
            if (!seen.add(Words.normalised(option))) {
                warnings.add(new LintWarning(LintCode.DUPLICATE_OPTIONS, "two options read the same: '" + option + "'"));
            }
        }
    }

    /** Whole-word match after normalisation, so "war" is not found in "warming". */
    private static void answerInStem(String stem, String answer, List<LintWarning> warnings) {
        String a = Words.normalised(answer);
        if (a.isEmpty() || Words.isAllStopWords(answer)) {
            return;
        }
        String s = " " + Words.normalised(stem).replaceAll("[\\p{Punct}]", " ").replaceAll("\\s+", " ") + " ";
        String needle = " " + a.replaceAll("[\\p{Punct}]", " ").replaceAll("\\s+", " ") + " ";
        if (s.contains(needle)) {
            warnings.add(new LintWarning(LintCode.ANSWER_IN_STEM, "the answer '" + answer + "' appears in the prompt"));
        }
    }

    private static void answerLength(String answer, String what, List<LintWarning> warnings) {
        int words = Words.count(answer);
        if (words > MAX_ANSWER_WORDS) {
            warnings.add(new LintWarning(LintCode.LONG_ANSWER, what + " has " + words + " words (keep it to "
                    + MAX_ANSWER_WORDS + " or fewer, or split the item)"));
        }
    }

    private static void enumeration(String prompt, String answer, List<LintWarning> warnings) {
        if (LIST_PROMPT.matcher(prompt).find() || LIST_ANSWER.matcher(answer).matches()
                && Words.count(answer) <= 4 * answer.split(",|;|\\band\\b|\\bor\\b").length) {
            warnings.add(new LintWarning(LintCode.ENUMERATION, "asks for a whole list in one card: use one cloze "
                    + "per element plus an ordering or matching item"));
        }
    }
}
