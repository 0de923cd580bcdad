package app.flashpoint.core.generate.lint;

import app.flashpoint.core.bank.ItemContent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-wise cues that only show across a deck (issue 15): one item whose key is the shortest option is no
 * cue, but a deck where "pick the shortest" beats chance is; one false "always" is fine, a deck where only
 * false statements carry strong words teaches "strong word means false". Warnings go to the items that
 * make the pattern, so an author sees them where they can act.
 */
public final class DeckCues {
    /** Absolute words a test-wise learner reads as "false" (Haladyna et al. 2002; docs/ITEMS.md). */
    private static final Pattern STRONG = Pattern.compile(
            "\\b(always|never|only|alone|all|none|nobody|no one|nothing|every|entirely|completely|wholly|totally"
                    + "|identical|solely|exclusively|neither|no way)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * How many more strong-worded statements one truth value may hold than the other before it is a cue:
     * one odd statement teaches nothing, so a 3-to-2 deck is fine and 3-to-1 is not.
     */
    static final int STRONG_WORD_MARGIN = 1;

    private DeckCues() {
    }

    /** True when the key is strictly shorter than every distractor (ties are no cue). */
    public static boolean keyShortest(ItemContent.MultipleChoice mc) {
        return mc.distractors().stream().allMatch(d -> mc.answer().length() < d.text().length());
    }

    /** True when the key is strictly longer than every distractor. */
    public static boolean keyLongest(ItemContent.MultipleChoice mc) {
        return mc.distractors().stream().allMatch(d -> mc.answer().length() > d.text().length());
    }

    /** The strong words of a statement, lower-cased, in order. */
    public static List<String> strongWords(String statement) {
        var words = new ArrayList<String>();
        Matcher m = STRONG.matcher(statement);
        while (m.find()) {
            words.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The chance that a blind guess hits the key, summed over the multiple-choice items: 1/options each. */
    public static double expectedByChance(List<ItemContent> contents) {
        return contents.stream().filter(c -> c instanceof ItemContent.MultipleChoice)
                .mapToDouble(c -> 1.0 / (((ItemContent.MultipleChoice) c).distractors().size() + 1)).sum();
    }

    /** Warnings by index into {@code contents}, for the items that make a deck-wide cue. */
    static Map<Integer, List<LintWarning>> check(List<ItemContent> contents) {
        var byIndex = new LinkedHashMap<Integer, List<LintWarning>>();
        shortestKeys(contents, byIndex);
        strongWordBalance(contents, byIndex);
        return byIndex;
    }

    private static void shortestKeys(List<ItemContent> contents, Map<Integer, List<LintWarning>> byIndex) {
        var shortest = new ArrayList<Integer>();
        int mcs = 0;
        for (int i = 0; i < contents.size(); i++) {
            if (contents.get(i) instanceof ItemContent.MultipleChoice mc) {
                mcs++;
                if (keyShortest(mc)) {
                    shortest.add(i);
                }
            }
        }
        double chance = expectedByChance(contents);
        if (shortest.size() <= chance) {
            return;
        }
        String message = String.format(Locale.ROOT, "the key is the shortest option, as in %d of %d multiple-choice "
                + "items of this deck (chance: %.1f): lengthen it or shorten a distractor", shortest.size(), mcs, chance);
        shortest.forEach(i -> byIndex.computeIfAbsent(i, k -> new ArrayList<>())
                .add(new LintWarning(LintCode.KEY_SHORTEST, message)));
    }

    private static void strongWordBalance(List<ItemContent> contents, Map<Integer, List<LintWarning>> byIndex) {
        var inTrue = new ArrayList<Integer>();
        var inFalse = new ArrayList<Integer>();
        for (int i = 0; i < contents.size(); i++) {
            if (contents.get(i) instanceof ItemContent.TrueFalse tf && !strongWords(tf.statement()).isEmpty()) {
                (tf.answer() ? inTrue : inFalse).add(i);
            }
        }
        List<Integer> heavy = inFalse.size() > inTrue.size() + STRONG_WORD_MARGIN ? inFalse
                : inTrue.size() > inFalse.size() + STRONG_WORD_MARGIN ? inTrue : List.of();
        if (heavy.isEmpty()) {
            return;
        }
        boolean falseSide = heavy == inFalse;
        String message = String.format(Locale.ROOT, "strong words (%%s) sit in %d %s and %d %s statements of this "
                        + "deck: a test-wise learner guesses %s; word some %s statements strongly too",
                falseSide ? inFalse.size() : inTrue.size(), falseSide ? "false" : "true",
                falseSide ? inTrue.size() : inFalse.size(), falseSide ? "true" : "false",
                falseSide ? "false" : "true", falseSide ? "true" : "false");
        for (int i : heavy) {
            var tf = (ItemContent.TrueFalse) contents.get(i);
            byIndex.computeIfAbsent(i, k -> new ArrayList<>()).add(new LintWarning(LintCode.STRONG_WORDS,
                    String.format(message, String.join(", ", strongWords(tf.statement())))));
        }
    }
}
