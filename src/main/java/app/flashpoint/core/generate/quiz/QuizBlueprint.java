package app.flashpoint.core.generate.quiz;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.ItemType;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a quiz should look like. Empty {@code keyPoints} and {@code families} mean the whole deck, empty
 * {@code kinds} every item type, an empty {@code bloomMix} no preference (otherwise relative weights, e.g.
 * remember 2, understand 1). {@code lastSeen} (item id → when the learner last saw it) and {@code now}
 * are optional; items seen within {@code recentWithin} of {@code now} are drawn only when nothing else fits.
 * {@code selfMarked} draws the flashcards whose answer is too long to type too, for the learner to mark
 * ({@link app.flashpoint.core.generate.cards.Response.Recalled}); without it they are left out.
 */
public record QuizBlueprint(Deck deck, Set<String> keyPoints, Set<String> families, int questions,
                            Set<ItemType> kinds, Map<Bloom, Integer> bloomMix, long seed,
                            Map<String, Instant> lastSeen, Instant now, Duration recentWithin, boolean selfMarked) {
    public static final Duration DEFAULT_RECENT = Duration.ofDays(1);

    public QuizBlueprint {
        keyPoints = Set.copyOf(keyPoints);
        families = Set.copyOf(families);
        kinds = kinds.isEmpty() ? EnumSet.noneOf(ItemType.class) : EnumSet.copyOf(kinds);
        bloomMix = bloomMix.isEmpty() ? new EnumMap<>(Bloom.class) : new EnumMap<>(bloomMix);
        lastSeen = Map.copyOf(lastSeen);
        if (questions < 1) {
            throw new IllegalArgumentException("a quiz needs at least one question, asked for " + questions);
        }
        if (!lastSeen.isEmpty() && now == null) {
            throw new IllegalArgumentException("a learner's history needs 'now' to tell what is recent");
        }
        if (bloomMix.values().stream().anyMatch(w -> w == null || w < 0)) {
            throw new IllegalArgumentException("Bloom weights must be zero or more: " + bloomMix);
        }
    }

    public static QuizBlueprint of(Deck deck, int questions, long seed) {
        return new QuizBlueprint(deck, Set.of(), Set.of(), questions, Set.of(), Map.of(), seed, Map.of(), null,
                DEFAULT_RECENT, false);
    }

    public QuizBlueprint withKeyPoints(Set<String> ids) {
        return new QuizBlueprint(deck, ids, families, questions, kinds, bloomMix, seed,
                lastSeen, now, recentWithin, selfMarked);
    }

    public QuizBlueprint withFamilies(Set<String> names) {
        return new QuizBlueprint(deck, keyPoints, names, questions, kinds, bloomMix, seed,
                lastSeen, now, recentWithin, selfMarked);
    }

    public QuizBlueprint withKinds(Set<ItemType> types) {
        return new QuizBlueprint(deck, keyPoints, families, questions, types, bloomMix, seed,
                lastSeen, now, recentWithin, selfMarked);
    }

    public QuizBlueprint withBloomMix(Map<Bloom, Integer> weights) {
        return new QuizBlueprint(deck, keyPoints, families, questions, kinds, weights, seed,
                lastSeen, now, recentWithin, selfMarked);
    }

    public QuizBlueprint withHistory(Map<String, Instant> seen, Instant at) {
        return new QuizBlueprint(deck, keyPoints, families, questions, kinds, bloomMix, seed,
                seen, at, recentWithin, selfMarked);
    }

    public QuizBlueprint withSelfMarked(boolean longAnswers) {
        return new QuizBlueprint(deck, keyPoints, families, questions, kinds, bloomMix, seed, lastSeen, now,
                recentWithin, longAnswers);
    }

    public QuizBlueprint withRecentWithin(Duration window) {
        return new QuizBlueprint(deck, keyPoints, families, questions, kinds, bloomMix, seed,
                lastSeen, now, window, selfMarked);
    }
}
