package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.ItemContent.Distractor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The mapping from Moodle's weighted answers to Flashpoint's content, shared by the GIFT and XML readers so
 * both formats keep and drop the same things. Flashpoint marks an answer right or wrong, so credit between 0
 * and 100% cannot survive: where one answer has full credit it stays the answer and the loss is noted;
 * where none has, there is no honest single answer and the question is skipped.
 */
final class Answers {
    private Answers() {
    }

    static Mapped multipleChoice(String question, List<Answer> answers, String general) {
        var full = answers.stream().filter(Answer::full).toList();
        if (answers.size() < 2) {
            return Mapped.skip("a multiple choice question needs at least two answers");
        }
        if (full.isEmpty()) {
            return Mapped.skip(answers.stream().filter(Answer::partial).count() > 1
                    ? "several answers share the credit (a multiple-answer question); Flashpoint's multiple"
                      + " choice has exactly one right answer"
                    : "no answer gets full credit; Flashpoint's multiple choice needs one right answer");
        }
        if (full.size() > 1) {
            return Mapped.skip("several answers are marked fully right; Flashpoint's multiple choice has exactly"
                    + " one right answer");
        }
        var right = full.get(0);
        var distractors = answers.stream().filter(a -> a != right)
                .map(a -> new Distractor(a.text(), a.feedback())).toList();
        var losses = new ArrayList<String>();
        var partial = answers.stream().filter(Answer::partial).map(a -> quote(a.text()) + " (" + a.percent() + ")")
                .toList();
        if (!partial.isEmpty()) {
            losses.add("partial credit dropped: " + String.join(", ", partial)
                    + (partial.size() == 1 ? " is now a wrong answer" : " are now wrong answers"));
        }
        return Mapped.made(new ItemContent.MultipleChoice(question, right.text(), distractors),
                explanation(right.feedback(), general), losses);
    }

    /** The answers with full credit, or why there are none to keep; notes what else is dropped. */
    static Accepted accepted(List<Answer> answers) {
        var losses = new ArrayList<String>();
        var kept = new LinkedHashSet<String>();
        var feedback = new ArrayList<String>();
        for (var a : answers) {
            if (a.text().equals("*")) {
                losses.add("the catch-all answer * (" + a.percent() + ") was dropped");
            } else if (a.full()) {
                if (a.text().contains("*")) {
                    losses.add("the wildcard in " + quote(a.text()) + " is kept as a literal *");
                }
                kept.add(a.text());
                feedback.add(a.feedback());
            } else if (a.partial()) {
                losses.add("partial-credit answer " + quote(a.text()) + " (" + a.percent() + ") was dropped");
            }
        }
        return new Accepted(List.copyOf(kept), feedback, losses);
    }

    record Accepted(List<String> answers, List<String> feedback, List<String> losses) {
    }

    static Mapped shortAnswer(String question, List<Answer> answers, String general) {
        var accepted = accepted(answers);
        if (accepted.answers().isEmpty()) {
            return Mapped.skip("no answer gets full credit");
        }
        var parts = new ArrayList<>(accepted.feedback());
        parts.add(general);
        return Mapped.made(new ItemContent.ShortAnswer(question, accepted.answers()),
                explanation(parts.toArray(String[]::new)), accepted.losses());
    }

    static Mapped numerical(String question, List<NumericAnswer> answers, String general) {
        var losses = new ArrayList<String>();
        var kept = new LinkedHashSet<String>();
        var feedback = new ArrayList<String>();
        for (var a : answers) {
            if (a.weight() >= 99.99) {
                kept.add(a.value());
                feedback.add(a.feedback());
                if (a.range() != null) {
                    losses.add("the range " + a.range() + " became its midpoint " + a.value()
                            + "; only that number is accepted");
                } else if (a.hasTolerance()) {
                    losses.add("the tolerance ±" + a.tolerance().toPlainString() + " was dropped; only "
                            + a.value() + " exactly is accepted");
                }
            } else if (a.weight() > 0) {
                losses.add("partial-credit answer " + a.value()
                        + (a.hasTolerance() ? " ±" + a.tolerance().toPlainString() : "") + " (" + percent(a.weight())
                        + ") was dropped");
            }
        }
        if (kept.isEmpty()) {
            return Mapped.skip("no numerical answer gets full credit");
        }
        feedback.add(general);
        return Mapped.made(new ItemContent.ShortAnswer(question, List.copyOf(kept)),
                explanation(feedback.toArray(String[]::new)), losses);
    }

    /** Matching needs two real pairs; a right side with an empty left (Moodle's extra choice) is dropped. */
    static Mapped matching(String prompt, List<ItemContent.Pair> pairs, String general) {
        var real = pairs.stream().filter(p -> !p.left().isBlank()).toList();
        var extra = pairs.stream().filter(p -> p.left().isBlank()).map(p -> quote(p.right())).toList();
        if (real.size() < 2) {
            return Mapped.skip("a matching question needs at least two pairs");
        }
        var losses = extra.isEmpty() ? List.<String>of()
                : List.of("extra choice " + String.join(", ", extra) + " dropped (Flashpoint's matching has no"
                          + " extra choices)");
        return Mapped.made(new ItemContent.Matching(prompt, real), explanation(general), losses);
    }

    /** Feedback pieces joined into one explanation, blanks and repeats left out. */
    static String explanation(String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).map(String::strip).filter(p -> !p.isEmpty())
                .distinct().collect(Collectors.joining("\n\n"));
    }

    static String percent(double weight) {
        return (weight == Math.rint(weight) ? String.valueOf((long) weight) : String.valueOf(weight)) + "%";
    }

    static String quote(String text) {
        return "“" + text + "”";
    }
}
