package app.flashpoint.card;

import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.CardFace;
import app.flashpoint.core.generate.cards.Grade;
import app.flashpoint.core.generate.cards.Grader;
import app.flashpoint.core.generate.cards.Mark;
import app.flashpoint.core.generate.cards.Option;
import app.flashpoint.core.generate.cards.Response;
import app.flashpoint.core.generate.text.Seeds;
import app.flashpoint.quiz.AnswerSlot;

import java.util.List;

/**
 * One card as the study page shows it: the face, the learner's response if the card asks for one, and,
 * once revealed, the verdict and the rating it suggests (wrong → Again, nearly right → Hard, right → Good).
 * Public (with public accessors) because the templates read it by reflection, and because cram mode
 * renders and checks its cards the same way.
 */
public record CardView(Card card, Item item, String kind, String prompt, List<ClozeText.Segment> cloze,
                       List<Option> options, List<String> elements, Response response, Mark mark, String feedback,
                       int suggested, int chosen) {

    /** Options and elements are shuffled per learner, card and attempt; the seed repeats between front and back. */
    public static CardView of(Card card, Item item, long accountId, int reps, Answer answer) {
        long seed = Seeds.of(accountId, card.id(), reps);
        CardFace face = card.face();
        List<Option> options = List.of();
        List<String> elements = List.of();
        List<ClozeText.Segment> cloze = List.of();
        String prompt;
        Response response = null;
        int chosen = -1;
        if (face instanceof CardFace.FrontBack fb) {
            prompt = fb.front();
        } else if (face instanceof CardFace.Cloze c) {
            prompt = null;
            cloze = c.prompt();
            response = typed(answer.text());
        } else if (face instanceof CardFace.MultipleChoice mc) {
            prompt = mc.question();
            options = mc.shuffled(seed);
            if (answer.choice() != null && answer.choice() >= 0 && answer.choice() < options.size()) {
                chosen = answer.choice();
                response = new Response.Choice(options.get(chosen).text());
            }
        } else if (face instanceof CardFace.TrueFalse tf) {
            prompt = tf.statement();
            response = answer.truth() == null ? null : new Response.Truth(answer.truth());
        } else if (face instanceof CardFace.TypeIn ti) {
            prompt = ti.question();
            response = typed(answer.text());
        } else if (face instanceof CardFace.Ordering o) {
            prompt = o.prompt();
            elements = o.scrambled(seed);
            response = answer.order().isEmpty() ? null : new Response.Order(answer.order());
        } else if (face instanceof CardFace.Matching m) {
            prompt = m.prompt();
            elements = m.shuffledRights(seed);
            response = matches(m, answer.matches());
        } else {
            throw new IllegalStateException("unknown card face " + face);
        }
        Grade grade = response == null ? null : Grader.grade(card, response);
        Mark mark = grade == null ? null : grade.mark();
        return new CardView(card, item, card.kind().code(), prompt, cloze,
                options, elements, response, mark, grade == null ? "" : grade.feedback(), suggestion(mark), chosen);
    }

    /**
     * What the learner sent with "Show answer"; all optional. {@code order} is an ordering card's elements in the
     * learner's order; {@code matches} a matching card's chosen right side per left side, in the card's order of
     * left sides (blank where none was chosen).
     */
    public record Answer(Integer choice, Boolean truth, String text, List<String> order, List<String> matches) {
        public static final Answer NONE = new Answer(null, null, null, List.of(), List.of());

        public Answer {
            order = order == null ? List.of() : List.copyOf(order);
            matches = matches == null ? List.of() : List.copyOf(matches);
        }

        public Answer(Integer choice, Boolean truth, String text) {
            this(choice, truth, text, List.of(), List.of());
        }

        /**
         * The answer sent with "Show answer": an ordering card's rows come as element-1, place-1, …, a matching
         * card's choices as match-0, match-1, … (the controls of views/quiz/input, shared with quizzes).
         */
        public static Answer of(Integer choice, Boolean truth, String text, Card card,
                                java.util.function.Function<String, String> field) {
            CardFace face = card.face();
            List<String> order = face instanceof CardFace.Ordering o ? AnswerSlot.order(field, o.sequence().size())
                    : List.of();
            List<String> matches = face instanceof CardFace.Matching m ? AnswerSlot.matches(field, m.pairs().size())
                    : List.of();
            return new Answer(choice, truth, text, order, matches);
        }
    }

    /** Nothing chosen is no response (the learner only looked); a partly matched card is marked as it stands. */
    private static Response matches(CardFace.Matching face, List<String> chosen) {
        if (chosen.stream().allMatch(String::isBlank)) {
            return null;
        }
        var rightByLeft = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < face.pairs().size() && i < chosen.size(); i++) {
            if (!chosen.get(i).isBlank()) {
                rightByLeft.put(face.pairs().get(i).left(), chosen.get(i));
            }
        }
        return new Response.Matches(rightByLeft);
    }

    /** Where the front's ordering and matching controls are drawn (views/quiz/input, shared with quizzes). */
    public AnswerSlot slot() {
        return AnswerSlot.card();
    }

    /** A matching card's prompts, in the card's order. */
    public List<String> lefts() {
        return card.face() instanceof CardFace.Matching m ? m.pairs().stream().map(p -> p.left()).toList() : List.of();
    }

    /** The order the learner gave, for showing it back. */
    public List<String> orderGiven() {
        return response instanceof Response.Order o ? o.sequence() : List.of();
    }

    /** The right side the learner matched to {@code left}, or null. */
    public String matchGiven(String left) {
        return response instanceof Response.Matches m ? m.rightByLeft().get(left) : null;
    }

    private static Response typed(String text) {
        return text == null || text.isBlank() ? null : new Response.Typed(text);
    }

    static int suggestion(Mark mark) {
        if (mark == null) {
            return 0;
        }
        return switch (mark) {
            case CORRECT -> 3;
            case CLOSE -> 2;
            case WRONG -> 1;
        };
    }

    /** The heading over the card, naming what it asks for. */
    public String label() {
        return card.kind().label();
    }

    public CardFace face() {
        return card.face();
    }

    public boolean objective() {
        return response != null;
    }

    /** The text the learner typed, for showing it back. */
    public String typedText() {
        return response instanceof Response.Typed t ? t.text() : null;
    }

    public Boolean truthGiven() {
        return response instanceof Response.Truth t ? t.value() : null;
    }

    /** Announced in the live region after "Show answer". */
    public String verdict() {
        if (mark == null) {
            return "Compare with the answer, then rate how well you remembered.";
        }
        return switch (mark) {
            case CORRECT -> "Correct.";
            case CLOSE -> "Nearly right.";
            case WRONG -> "Not quite.";
        };
    }

    /** The answer to show on the back. */
    public String answerText() {
        CardFace face = card.face();
        if (face instanceof CardFace.FrontBack fb) {
            return fb.back();
        } else if (face instanceof CardFace.Cloze c) {
            return c.answer();
        } else if (face instanceof CardFace.MultipleChoice mc) {
            return mc.options().stream().filter(Option::correct).map(Option::text).findFirst().orElse("");
        } else if (face instanceof CardFace.TrueFalse tf) {
            return tf.answer() ? "True" : "False";
        } else if (face instanceof CardFace.TypeIn ti) {
            return ti.accepted().get(0);
        }
        return null;
    }
}
