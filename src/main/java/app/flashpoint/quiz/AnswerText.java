package app.flashpoint.quiz;

import app.flashpoint.core.generate.cards.CardFace;
import app.flashpoint.core.generate.cards.Option;
import app.flashpoint.core.generate.cards.PlainPrompt;
import app.flashpoint.core.generate.cards.Response;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Cards and responses as plain sentences, for feedback and the results page. */
public final class AnswerText {
    private AnswerText() {
    }

    public static String prompt(CardFace face) {
        return PlainPrompt.of(face);
    }

    public static String correctAnswer(CardFace face) {
        if (face instanceof CardFace.MultipleChoice mc) {
            return mc.options().stream().filter(Option::correct).map(Option::text).findFirst().orElse("");
        } else if (face instanceof CardFace.TrueFalse tf) {
            return tf.answer() ? "True" : "False";
        } else if (face instanceof CardFace.TypeIn ti) {
            return ti.accepted().get(0);
        } else if (face instanceof CardFace.FrontBack fb) {
            return fb.back();
        } else if (face instanceof CardFace.Cloze c) {
            return c.answer();
        } else if (face instanceof CardFace.Ordering o) {
            return String.join(" → ", o.sequence());
        }
        return ((CardFace.Matching) face).pairs().stream().map(p -> p.left() + " = " + p.right())
                .collect(Collectors.joining("; "));
    }

    public static String response(Response response) {
        if (response == null) {
            return "(not answered)";
        } else if (response instanceof Response.Choice c) {
            return c.option();
        } else if (response instanceof Response.Truth t) {
            return t.value() ? "True" : "False";
        } else if (response instanceof Response.Typed t) {
            return t.text().isBlank() ? "(left blank)" : t.text();
        } else if (response instanceof Response.Order o) {
            return String.join(" → ", o.sequence());
        } else if (response instanceof Response.Recalled r) {
            return r.knew() ? "I knew it" : "I did not know it";
        }
        Map<String, String> matches = ((Response.Matches) response).rightByLeft();
        return matches.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Why a chosen multiple-choice distractor is wrong, as its author explained it. */
    static Optional<String> whyWrong(CardFace face, Response response) {
        if (face instanceof CardFace.MultipleChoice mc && response instanceof Response.Choice c) {
            return mc.options().stream().filter(o -> !o.correct() && o.text().equals(c.option()))
                    .map(Option::why).filter(w -> w != null && !w.isBlank()).findFirst();
        }
        return Optional.empty();
    }
}
