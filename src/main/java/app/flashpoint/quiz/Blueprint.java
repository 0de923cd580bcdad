package app.flashpoint.quiz;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.ItemType;
import app.flashpoint.core.generate.quiz.QuizBlueprint;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the learner (or an assignment's instructor) asked for, kept as JSON with the test or assignment so
 * it can be asked for again. Empty lists mean "all", as in {@link QuizBlueprint}; {@code kinds} are item
 * types' YAML names; {@code bloom} maps Bloom levels' YAML names to relative weights (empty: no preference).
 * {@code selfMarked} also draws flashcards whose answer is too long to type, for the learner to mark
 * (absent in blueprints stored before it, which left them out).
 */
@Serdeable
public record Blueprint(@Nullable Set<String> keyPoints, @Nullable Set<String> families, @Nullable Set<String> kinds,
                        int questions, @Nullable Map<String, Integer> bloom, @Nullable Boolean selfMarked) {
    /** The JSON leaves empty sets out, so they come back as null. */
    @Creator
    public Blueprint {
        keyPoints = keyPoints == null ? Set.of() : Set.copyOf(keyPoints);
        families = families == null ? Set.of() : Set.copyOf(families);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        bloom = bloom == null ? Map.of() : Map.copyOf(bloom);
        selfMarked = Boolean.TRUE.equals(selfMarked);
    }

    public Blueprint(Set<String> keyPoints, Set<String> families, Set<String> kinds, int questions,
                     Map<String, Integer> bloom) {
        this(keyPoints, families, kinds, questions, bloom, false);
    }

    public Blueprint(Set<String> keyPoints, Set<String> families, Set<String> kinds, int questions) {
        this(keyPoints, families, kinds, questions, Map.of());
    }

    public QuizBlueprint toQuiz(Deck deck, long seed, Map<String, Instant> lastSeen, Instant now) {
        Set<ItemType> types = kinds.stream().map(k -> ItemType.fromYaml(k).orElseThrow()).collect(Collectors.toSet());
        var mix = new EnumMap<Bloom, Integer>(Bloom.class);
        bloom.forEach((level, weight) -> mix.put(Bloom.fromYaml(level).orElseThrow(), weight));
        return QuizBlueprint.of(deck, questions, seed).withKeyPoints(keyPoints).withFamilies(families)
                .withKinds(types).withBloomMix(mix).withHistory(lastSeen, now).withSelfMarked(selfMarked);
    }

    /** Whether every key point id and family named belongs to the deck (what a blueprint form may ask for). */
    public static boolean namesOnly(Deck deck, Set<String> keyPoints, Set<String> families) {
        Set<String> knownKeyPoints = deck.keyPoints().stream().map(k -> k.id()).collect(Collectors.toSet());
        Set<String> knownFamilies = deck.keyPoints().stream().map(k -> k.family()).collect(Collectors.toSet());
        return knownKeyPoints.containsAll(keyPoints) && knownFamilies.containsAll(families);
    }
}
