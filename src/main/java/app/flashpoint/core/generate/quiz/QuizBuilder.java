package app.flashpoint.core.generate.quiz;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemType;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.Cards;
import app.flashpoint.core.generate.cards.Markable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Draws a quiz from a blueprint. Each question goes to the key point with the fewest questions so far
 * (balance comes first: a quiz that skips an idea is worse than one that repeats a kind); within that
 * key point the item is the one that is not recently seen, then fills the most-lacking Bloom level (an
 * explicit mix outranks the default even spread of kinds), then the most-lacking kind, then was seen
 * longest ago, then wins a seeded draw. Candidates are sorted by
 * id first, so the deck's file order never changes a quiz. Only cards a quiz can mark are drawn
 * ({@link Markable#inQuiz}): a basic card with a long back is left out, unless the blueprint asks for
 * self-marked cards.
 */
public final class QuizBuilder {
    private QuizBuilder() {
    }

    public static Quiz build(QuizBlueprint blueprint) {
        var random = new SplittableRandom(blueprint.seed());
        List<Item> candidates = candidates(blueprint);
        if (candidates.size() < blueprint.questions()) {
            throw new QuizShortageException(shortage(blueprint, candidates.size()));
        }
        var draw = new Draw(blueprint, candidates, random);
        var picked = new ArrayList<Item>();
        for (int i = 0; i < blueprint.questions(); i++) {
            picked.add(draw.next());
        }
        draw.rebalanceBloom(picked);
        // Shuffled so that questions on one key point are not always in the same slots.
        for (int i = picked.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Item t = picked.get(i);
            picked.set(i, picked.get(j));
            picked.set(j, t);
        }
        var questions = new ArrayList<QuizQuestion>();
        for (Item item : picked) {
            List<Card> cards = markable(item, blueprint);
            Card card = cards.get(random.nextInt(cards.size()));
            questions.add(new QuizQuestion(questions.size() + 1, item, card, random.nextLong()));
        }
        return new Quiz(blueprint.seed(), questions);
    }

    private static List<Item> candidates(QuizBlueprint blueprint) {
        var keyPoints = selectedKeyPoints(blueprint);
        return blueprint.deck().items().stream()
                .filter(i -> keyPoints.contains(i.keyPoint()))
                .filter(i -> blueprint.kinds().isEmpty() || blueprint.kinds().contains(i.type()))
                .filter(i -> !markable(i, blueprint).isEmpty())
                .sorted(Comparator.comparing(Item::id))
                .toList();
    }

    /**
     * The item's cards a quiz can mark: a basic or reversible card with a long back is left out (for a
     * reversible item that may leave one direction), as nobody types a sentence as its author wrote it, unless
     * the learner is to mark it.
     */
    private static List<Card> markable(Item item, QuizBlueprint blueprint) {
        return Cards.of(item, blueprint.deck()).stream().filter(c -> blueprint.selfMarked() || Markable.inQuiz(c))
                .toList();
    }

    static TreeSet<String> selectedKeyPoints(QuizBlueprint blueprint) {
        var ids = new TreeSet<String>();
        for (KeyPoint k : blueprint.deck().keyPoints()) {
            boolean all = blueprint.keyPoints().isEmpty() && blueprint.families().isEmpty();
            if (all || blueprint.keyPoints().contains(k.id()) || blueprint.families().contains(k.family())) {
                ids.add(k.id());
            }
        }
        return ids;
    }

    private static String shortage(QuizBlueprint blueprint, int found) {
        String kinds = blueprint.kinds().isEmpty() ? "any kind"
                : "kinds " + blueprint.kinds().stream().map(ItemType::yamlName).toList();
        String scope = blueprint.keyPoints().isEmpty() && blueprint.families().isEmpty() ? "the whole deck"
                : "key points " + selectedKeyPoints(blueprint);
        return "asked for " + blueprint.questions() + " questions of " + kinds + " from " + scope + ", only "
                + found + " item" + (found == 1 ? "" : "s") + " match";
    }

    /** The state of one draw: what is left, and how many of each key point, kind and level so far. */
    private static final class Draw {
        private final QuizBlueprint blueprint;
        private final Map<String, List<Item>> remainingByKeyPoint = new LinkedHashMap<>();
        private final Map<String, Integer> perKeyPoint = new HashMap<>();
        private final Map<ItemType, Integer> perKind = new EnumMap<>(ItemType.class);
        private final Map<Bloom, Integer> perBloom = new EnumMap<>(Bloom.class);
        private final Map<Bloom, Double> bloomShare = new EnumMap<>(Bloom.class);
        private final Map<String, Long> tieBreak = new HashMap<>();
        private final List<String> keyPointOrder;
        private final int kindCount;

        Draw(QuizBlueprint blueprint, List<Item> candidates, SplittableRandom random) {
            this.blueprint = blueprint;
            candidates.forEach(i -> {
                remainingByKeyPoint.computeIfAbsent(i.keyPoint(), k -> new ArrayList<>()).add(i);
                tieBreak.put(i.id(), random.nextLong());
            });
            var order = new ArrayList<>(remainingByKeyPoint.keySet());
            order.sort(Comparator.naturalOrder());
            var ranks = new HashMap<String, Long>();
            order.forEach(k -> ranks.put(k, random.nextLong()));
            order.sort(Comparator.comparing(ranks::get));
            keyPointOrder = order;
            kindCount = (int) candidates.stream().map(Item::type).distinct().count();
            int totalWeight = blueprint.bloomMix().values().stream().mapToInt(Integer::intValue).sum();
            blueprint.bloomMix().forEach((b, w) -> bloomShare.put(b, totalWeight == 0 ? 0 : (double) w / totalWeight));
        }

        Item next() {
            // Among the key points with the fewest questions, one that still has an item the learner has not
            // seen recently goes first: balance is kept, and a retake does not repeat a key point's only item.
            String keyPoint = keyPointOrder.stream()
                    .filter(k -> !remainingByKeyPoint.get(k).isEmpty())
                    .min(Comparator.comparingInt((String k) -> perKeyPoint.getOrDefault(k, 0))
                            .thenComparing(k -> remainingByKeyPoint.get(k).stream().allMatch(this::recentlySeen)))
                    .orElseThrow();
            int drawn = perKeyPoint.values().stream().mapToInt(Integer::intValue).sum();
            Item item = remainingByKeyPoint.get(keyPoint).stream().min(
                    Comparator.comparing(this::recentlySeen)
                            .thenComparing(i -> -bloomDeficit(i.bloom(), drawn))
                            .thenComparing(i -> -kindDeficit(i.type(), drawn))
                            .thenComparing(this::seenAt)
                            .thenComparing(i -> tieBreak.get(i.id())))
                    .orElseThrow();
            remainingByKeyPoint.get(keyPoint).remove(item);
            perKeyPoint.merge(keyPoint, 1, Integer::sum);
            perKind.merge(item.type(), 1, Integer::sum);
            if (item.bloom() != null) {
                perBloom.merge(item.bloom(), 1, Integer::sum);
            }
            return item;
        }

        /**
         * The greedy draw can miss the Bloom mix when a key point's turn comes at the wrong moment; swapping an
         * item of an over-drawn level for an unused one of an under-drawn level on the same key point fixes
         * that without touching the key-point balance, and never trades a fresh item for a recent one.
         */
        void rebalanceBloom(List<Item> picked) {
            if (bloomShare.isEmpty()) {
                return;
            }
            Map<Bloom, Integer> target = targets(picked.size());
            boolean swapped = true;
            while (swapped) {
                swapped = false;
                for (int i = 0; i < picked.size() && !swapped; i++) {
                    Item out = picked.get(i);
                    if (count(picked, out.bloom()) <= target.getOrDefault(out.bloom(), 0)) {
                        continue;
                    }
                    List<Item> spare = remainingByKeyPoint.get(out.keyPoint());
                    for (Item in : spare) {
                        if (count(picked, in.bloom()) < target.getOrDefault(in.bloom(), 0)
                                && (recentlySeen(out) || !recentlySeen(in))) {
                            picked.set(i, in);
                            spare.remove(in);
                            spare.add(out);
                            swapped = true;
                            break;
                        }
                    }
                }
            }
        }

        /** Largest-remainder rounding of the mix to whole questions. */
        private Map<Bloom, Integer> targets(int questions) {
            var target = new EnumMap<Bloom, Integer>(Bloom.class);
            var remainders = new ArrayList<Map.Entry<Bloom, Double>>();
            int given = 0;
            for (var e : bloomShare.entrySet()) {
                double exact = e.getValue() * questions;
                target.put(e.getKey(), (int) Math.floor(exact));
                given += (int) Math.floor(exact);
                remainders.add(Map.entry(e.getKey(), exact - Math.floor(exact)));
            }
            remainders.sort(Map.Entry.<Bloom, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            for (int i = 0; i < questions - given && i < remainders.size(); i++) {
                target.merge(remainders.get(i).getKey(), 1, Integer::sum);
            }
            return target;
        }

        private static long count(List<Item> items, Bloom bloom) {
            return items.stream().filter(i -> i.bloom() == bloom).count();
        }

        private boolean recentlySeen(Item item) {
            var seen = blueprint.lastSeen().get(item.id());
            return seen != null && seen.isAfter(blueprint.now().minus(blueprint.recentWithin()));
        }

        private java.time.Instant seenAt(Item item) {
            return blueprint.lastSeen().getOrDefault(item.id(), java.time.Instant.MIN);
        }

        /** How far this kind is behind an even share after {@code drawn + 1} questions. */
        private double kindDeficit(ItemType type, int drawn) {
            return (drawn + 1.0) / kindCount - perKind.getOrDefault(type, 0);
        }

        private double bloomDeficit(Bloom bloom, int drawn) {
            if (bloomShare.isEmpty()) {
                return 0;
            }
            if (bloomShare.getOrDefault(bloom, 0.0) == 0.0) {
                // A level the mix leaves out is drawn only when the key point has nothing else.
                return Double.NEGATIVE_INFINITY;
            }
            return bloomShare.getOrDefault(bloom, 0.0) * (drawn + 1.0) - perBloom.getOrDefault(bloom, 0);
        }
    }
}
