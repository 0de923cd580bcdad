package app.flashpoint.core.generate.cards;

import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.ItemContent.Pair;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** What a card shows and what it expects, one record per {@link CardKind}. */
public sealed interface CardFace {

    CardKind kind();

    record FrontBack(String front, String back) implements CardFace {
        public CardKind kind() { return CardKind.FRONT_BACK; }
    }

    /**
     * {@code prompt} has one blank; the other deletions of the item are shown filled in. {@code accepted} are
     * the answers marked right ({@code answer}, the shown one, first); {@code others} the other deletions'
     * answers, never right for this blank.
     */
    record Cloze(List<ClozeText.Segment> prompt, String answer, String fullText, List<String> accepted,
                 List<String> others) implements CardFace {
        public Cloze {
            prompt = List.copyOf(prompt);
            accepted = accepted.isEmpty() ? List.of(answer) : List.copyOf(accepted);
            others = List.copyOf(others);
        }

        public Cloze(List<ClozeText.Segment> prompt, String answer, String fullText) {
            this(prompt, answer, fullText, List.of(answer), List.of());
        }
        public CardKind kind() { return CardKind.CLOZE; }
    }

    /** {@code options} are in canonical order (key first); show {@link #shuffled(long)} to a learner. */
    record MultipleChoice(String question, List<Option> options) implements CardFace {
        public MultipleChoice {
            options = List.copyOf(options);
        }
        public CardKind kind() { return CardKind.MULTIPLE_CHOICE; }

        /** The options in the order one learner sees them on one attempt (derive the seed with Seeds.of). */
        public List<Option> shuffled(long seed) {
            return Shuffle.of(options, seed);
        }
    }

    record TrueFalse(String statement, boolean answer) implements CardFace {
        public CardKind kind() { return CardKind.TRUE_FALSE; }
    }

    /**
     * The first accepted answer is canonical; all of them are marked correct. {@code rejected} are known wrong
     * answers (the distractors of a multiple-choice item asked as type-in), never accepted however close.
     */
    record TypeIn(String question, List<String> accepted, List<String> rejected) implements CardFace {
        public TypeIn {
            accepted = List.copyOf(accepted);
            rejected = List.copyOf(rejected);
        }

        public TypeIn(String question, List<String> accepted) {
            this(question, accepted, List.of());
        }
        public CardKind kind() { return CardKind.TYPE_IN; }
    }

    /** {@code sequence} is the correct order. */
    record Ordering(String prompt, List<String> sequence) implements CardFace {
        public Ordering {
            sequence = List.copyOf(sequence);
        }
        public CardKind kind() { return CardKind.ORDERING; }

        /** A starting order for the learner to fix, never already correct when that can be avoided. */
        public List<String> scrambled(long seed) {
            var random = new SplittableRandom(seed);
            List<String> order = sequence;
            for (int tries = 0; tries < 8 && order.equals(sequence); tries++) {
                order = Shuffle.of(sequence, random.nextLong());
            }
            return order;
        }
    }

    record Matching(String prompt, List<Pair> pairs) implements CardFace {
        public Matching {
            pairs = List.copyOf(pairs);
        }
        public CardKind kind() { return CardKind.MATCHING; }

        /**
         * The right-hand sides in the order one learner sees them: never beside their own left sides (a two-pair
         * card would otherwise show itself solved every other time).
         */
        public List<String> shuffledRights(long seed) {
            var rights = new ArrayList<String>();
            pairs.forEach(p -> rights.add(p.right()));
            var random = new SplittableRandom(seed);
            List<String> order = rights;
            for (int tries = 0; tries < 8 && order.equals(rights); tries++) {
                order = Shuffle.of(rights, random.nextLong());
            }
            return order;
        }
    }
}
