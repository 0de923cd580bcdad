package app.flashpoint.quiz;

import app.flashpoint.system.FormValues;
import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.generate.cards.CardFace;
import app.flashpoint.core.generate.cards.Markable;
import app.flashpoint.core.generate.cards.Option;
import app.flashpoint.core.generate.cards.Response;
import app.flashpoint.core.generate.quiz.QuizQuestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A question laid out for its form. {@code input} names its controls, {@code views/quiz/input/<input>.html}:
 * choice (radio buttons), truth (true or false), typed (a text field), order (a place picked per element) or
 * match (an answer picked per left-hand side) or recall (a flashcard too long to type: the answer shown on
 * request, then the learner's own "knew it" or not; {@code reveal} is that answer, empty for the others).
 * Option and element orders come from the question's display seed, so a reload shows the same page.
 */
public record QuestionView(int number, String input, String prompt, List<ClozeText.Segment> cloze, List<String> options,
                    List<String> elements, List<String> lefts, List<String> rights, String reveal) {

    public static QuestionView of(QuizQuestion q) {
        CardFace face = q.card().face();
        List<ClozeText.Segment> cloze = face instanceof CardFace.Cloze c ? c.prompt() : List.of();
        if (face instanceof CardFace.MultipleChoice mc) {
            return new QuestionView(q.number(), "choice", mc.question(), cloze,
                    mc.shuffled(q.displaySeed()).stream().map(Option::text).toList(), List.of(), List.of(), List.of(), "");
        } else if (face instanceof CardFace.TrueFalse tf) {
            return new QuestionView(q.number(), "truth", tf.statement(), cloze, List.of(), List.of(), List.of(), List.of(), "");
        } else if (face instanceof CardFace.Ordering o) {
            return new QuestionView(q.number(), "order", o.prompt(), cloze, List.of(), o.scrambled(q.displaySeed()),
                    List.of(), List.of(), "");
        } else if (face instanceof CardFace.Matching m) {
            return new QuestionView(q.number(), "match", m.prompt(), cloze, List.of(), List.of(),
                    m.pairs().stream().map(p -> p.left()).toList(), m.shuffledRights(q.displaySeed()), "");
        } else if (face instanceof CardFace.FrontBack fb && !Markable.isTyped(q.card())) {
            return new QuestionView(q.number(), "recall", AnswerText.prompt(face), cloze, List.of(), List.of(),
                    List.of(), List.of(), fb.back());
        }
        return new QuestionView(q.number(), "typed", AnswerText.prompt(face), cloze, List.of(), List.of(), List.of(),
                List.of(), "");
    }

    public boolean hasBlanks() {
        return !cloze.isEmpty();
    }

    /**
     * The learner's response from the posted form, or null when the form leaves the question unanswered
     * (nothing chosen, a blank field, a pair left unmatched).
     */
    public Response read(Map<String, Object> form) {
        switch (input) {
            case "choice" -> {
                String choice = FormValues.one(form, "choice");
                return options.contains(choice) ? new Response.Choice(choice) : null;
            }
            case "truth" -> {
                String value = FormValues.one(form, "truth");
                return value.equals("true") || value.equals("false") ? new Response.Truth(Boolean.parseBoolean(value)) : null;
            }
            case "order" -> {
                List<String> sequence = AnswerSlot.order(name -> FormValues.one(form, name), elements.size());
                return sequence.size() == elements.size() && new java.util.HashSet<>(sequence).equals(
                        new java.util.HashSet<>(elements)) ? new Response.Order(sequence) : null;
            }
            case "recall" -> {
                String value = FormValues.one(form, "recall");
                return value.equals("knew") || value.equals("missed") ? new Response.Recalled(value.equals("knew"))
                        : null;
            }
            case "match" -> {
                List<String> chosen = AnswerSlot.matches(name -> FormValues.one(form, name), lefts.size());
                var matches = new java.util.LinkedHashMap<String, String>();
                for (int i = 0; i < lefts.size(); i++) {
                    if (!rights.contains(chosen.get(i))) {
                        return null;
                    }
                    matches.put(lefts.get(i), chosen.get(i));
                }
                return new Response.Matches(matches);
            }
            default -> {
                String typed = FormValues.one(form, "typed");
                return typed.isEmpty() ? null : new Response.Typed(typed);
            }
        }
    }
}
