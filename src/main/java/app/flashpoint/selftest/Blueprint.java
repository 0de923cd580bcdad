package app.flashpoint.selftest;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.ItemType;
import app.flashpoint.core.generate.quiz.QuizBlueprint;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the learner asked for, kept with the test (as JSON) so "retake" can ask again for the same thing.
 * Empty lists mean "all", as in {@link QuizBlueprint}; {@code kinds} are item types' YAML names.
 */
@Serdeable
record Blueprint(@Nullable Set<String> keyPoints, @Nullable Set<String> families, @Nullable Set<String> kinds,
                 int questions) {
    /** The JSON leaves empty sets out, so they come back as null. */
    Blueprint {
        keyPoints = keyPoints == null ? Set.of() : Set.copyOf(keyPoints);
        families = families == null ? Set.of() : Set.copyOf(families);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    QuizBlueprint toQuiz(Deck deck, long seed, Map<String, Instant> lastSeen, Instant now) {
        Set<ItemType> types = kinds.stream().map(k -> ItemType.fromYaml(k).orElseThrow()).collect(Collectors.toSet());
        return QuizBlueprint.of(deck, questions, seed).withKeyPoints(keyPoints).withFamilies(families)
                .withKinds(types).withHistory(lastSeen, now);
    }
}
