package app.flashpoint.core.generate.quiz;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.ItemType;
import app.flashpoint.core.generate.cards.Grade;
import app.flashpoint.core.generate.cards.Mark;
import app.flashpoint.core.generate.cards.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static app.flashpoint.core.generate.Fixtures.deck;
import static app.flashpoint.core.generate.Fixtures.item;
import static app.flashpoint.core.generate.Fixtures.keyPoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuizBuilderTest {
    private static final List<String> KEY_POINTS = List.of("kp-a", "kp-b", "kp-c", "kp-d");
    private static final Deck DECK = deck(List.of(keyPoint("kp-a", "one"), keyPoint("kp-b", "one"),
            keyPoint("kp-c", "two"), keyPoint("kp-d", "two")), items());

    private static List<Item> items() {
        var items = new ArrayList<Item>();
        for (String kp : KEY_POINTS) {
            items.add(item(kp + "-tf1", kp, Bloom.UNDERSTAND, new ItemContent.TrueFalse(kp + " is true", true)));
            items.add(item(kp + "-tf2", kp, Bloom.REMEMBER, new ItemContent.TrueFalse(kp + " is false", false)));
            items.add(item(kp + "-cz1", kp, Bloom.REMEMBER, new ItemContent.Cloze(kp + " {{c1::alpha}} {{c2::beta}}")));
            items.add(item(kp + "-cz2", kp, Bloom.REMEMBER, new ItemContent.Cloze(kp + " {{c1::gamma}}")));
            items.add(item(kp + "-sa", kp, Bloom.UNDERSTAND, new ItemContent.ShortAnswer(kp + "?", List.of("delta"))));
            items.add(item(kp + "-mc", kp, Bloom.ANALYZE, new ItemContent.MultipleChoice(kp + " which?", "key",
                    List.of(new ItemContent.Distractor("d1", "w"), new ItemContent.Distractor("d2", "w")))));
        }
        return items;
    }

    private static List<String> ids(Quiz quiz) {
        return quiz.questions().stream().map(q -> q.item().id()).toList();
    }

    private static <K> Map<K, Long> countBy(Quiz quiz, Function<Item, K> key) {
        return quiz.questions().stream().map(QuizQuestion::item).collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    @Test
    void sameBlueprintAndSeedGiveTheSameQuizAndSeedsVary() {
        var blueprint = QuizBlueprint.of(DECK, 8, 42);
        assertThat(QuizBuilder.build(blueprint)).isEqualTo(QuizBuilder.build(blueprint));
        long distinct = java.util.stream.LongStream.range(0, 20)
                .mapToObj(s -> ids(QuizBuilder.build(QuizBlueprint.of(DECK, 8, s)))).distinct().count();
        assertThat(distinct).isGreaterThan(10);
    }

    @Test
    void theDeckFileOrderDoesNotChangeTheQuiz() {
        var shuffled = new ArrayList<>(DECK.items());
        Collections.shuffle(shuffled, new Random(7));
        Deck reordered = deck(DECK.keyPoints(), shuffled);
        assertThat(ids(QuizBuilder.build(QuizBlueprint.of(reordered, 8, 3))))
                .isEqualTo(ids(QuizBuilder.build(QuizBlueprint.of(DECK, 8, 3))));
    }

    @Test
    void noItemTwiceAndKeyPointsBalancedForManySeeds() {
        for (long seed = 0; seed < 100; seed++) {
            Quiz quiz = QuizBuilder.build(QuizBlueprint.of(DECK, 10, seed));
            assertThat(ids(quiz)).doesNotHaveDuplicates().hasSize(10);
            var perKeyPoint = countBy(quiz, Item::keyPoint).values();
            assertThat(Collections.max(perKeyPoint) - Collections.min(perKeyPoint)).isLessThanOrEqualTo(1);
            assertThat(perKeyPoint).hasSize(4);
            assertThat(quiz.questions()).extracting(QuizQuestion::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }
    }

    @Test
    void onlyTheAllowedKindsAppearAndTheyAreMixedEvenly() {
        for (long seed = 0; seed < 50; seed++) {
            Quiz quiz = QuizBuilder.build(QuizBlueprint.of(DECK, 8, seed)
                    .withKinds(Set.of(ItemType.TRUE_FALSE, ItemType.CLOZE)));
            assertThat(countBy(quiz, Item::type)).containsOnlyKeys(ItemType.TRUE_FALSE, ItemType.CLOZE)
                    .containsValues(4L, 4L);
        }
    }

    @Test
    void theBloomMixIsFollowedWhenItemsAllowIt() {
        for (long seed = 0; seed < 30; seed++) {
            Quiz even = QuizBuilder.build(QuizBlueprint.of(DECK, 8, seed)
                    .withBloomMix(Map.of(Bloom.REMEMBER, 1, Bloom.ANALYZE, 1)));
            assertThat(countBy(even, Item::bloom)).isEqualTo(Map.of(Bloom.REMEMBER, 4L, Bloom.ANALYZE, 4L));
            Quiz skewed = QuizBuilder.build(QuizBlueprint.of(DECK, 8, seed)
                    .withBloomMix(Map.of(Bloom.REMEMBER, 3, Bloom.UNDERSTAND, 1)));
            assertThat(countBy(skewed, Item::bloom)).isEqualTo(Map.of(Bloom.REMEMBER, 6L, Bloom.UNDERSTAND, 2L));
        }
    }

    @Test
    void selectedFamiliesAndKeyPointsLimitTheDraw() {
        Quiz byFamily = QuizBuilder.build(QuizBlueprint.of(DECK, 6, 1).withFamilies(Set.of("two")));
        assertThat(countBy(byFamily, Item::keyPoint)).containsOnlyKeys("kp-c", "kp-d");
        Quiz byKeyPoint = QuizBuilder.build(QuizBlueprint.of(DECK, 3, 1).withKeyPoints(Set.of("kp-a")));
        assertThat(countBy(byKeyPoint, Item::keyPoint)).containsOnlyKeys("kp-a");
    }

    @Test
    void recentlySeenItemsAreAvoidedWhileAlternativesExist() {
        Instant now = Instant.parse("2026-01-10T12:00:00Z");
        var history = new HashMap<String, Instant>();
        DECK.items().stream().filter(i -> !i.id().endsWith("-sa"))
                .forEach(i -> history.put(i.id(), now.minus(Duration.ofHours(2))));
        history.put("kp-a-sa", now.minus(Duration.ofDays(30)));

        Quiz fresh = QuizBuilder.build(QuizBlueprint.of(DECK, 4, 9).withHistory(history, now));
        assertThat(ids(fresh)).containsExactlyInAnyOrder("kp-a-sa", "kp-b-sa", "kp-c-sa", "kp-d-sa");

        Quiz needsSeen = QuizBuilder.build(QuizBlueprint.of(DECK, 8, 9).withHistory(history, now));
        assertThat(ids(needsSeen)).contains("kp-a-sa", "kp-b-sa", "kp-c-sa", "kp-d-sa").hasSize(8);
    }

    @Test
    void aKeyPointWhoseItemsWereAllSeenRecentlyWaitsWhileOthersHaveFreshOnes() {
        Instant now = Instant.parse("2026-01-10T12:00:00Z");
        var history = Map.of("kp-a-mc", now.minus(Duration.ofHours(1)), "kp-b-mc", now.minus(Duration.ofHours(1)));
        for (long seed = 0; seed < 50; seed++) {
            Quiz quiz = QuizBuilder.build(QuizBlueprint.of(DECK, 2, seed)
                    .withKinds(Set.of(ItemType.MULTIPLE_CHOICE)).withHistory(history, now));
            assertThat(ids(quiz)).as("seed %d", seed).containsExactlyInAnyOrder("kp-c-mc", "kp-d-mc");
        }
    }

    @Test
    void tooFewItemsIsAClearShortage() {
        assertThatThrownBy(() -> QuizBuilder.build(QuizBlueprint.of(DECK, 10, 1)
                .withKinds(Set.of(ItemType.TRUE_FALSE)).withKeyPoints(Set.of("kp-a"))))
                .isInstanceOf(QuizShortageException.class)
                .hasMessage("asked for 10 questions of kinds [true_false] from key points [kp-a], only 2 items match");
    }

    @Test
    void scoresPerQuestionAndPerKeyPoint() {
        Quiz quiz = QuizBuilder.build(QuizBlueprint.of(DECK, 4, 11)
                .withKinds(Set.of(ItemType.TRUE_FALSE)).withKeyPoints(Set.of("kp-a", "kp-b")));
        var responses = new HashMap<Integer, Response>();
        for (QuizQuestion q : quiz.questions()) {
            var tf = (ItemContent.TrueFalse) q.item().content();
            boolean answerRight = q.item().keyPoint().equals("kp-a");
            responses.put(q.number(), new Response.Truth(answerRight == tf.answer()));
        }
        responses.remove(quiz.questions().get(0).number());

        QuizScore score = QuizScorer.score(quiz, responses);

        String firstKeyPoint = quiz.questions().get(0).item().keyPoint();
        double expectedA = firstKeyPoint.equals("kp-a") ? 1 : 2;
        assertThat(score.max()).isEqualTo(4);
        assertThat(score.total()).isEqualTo(expectedA);
        assertThat(score.byKeyPoint().get("kp-a").score()).isEqualTo(expectedA);
        assertThat(score.byKeyPoint().get("kp-b").fraction()).isZero();
        assertThat(score.questions().get(0).grade()).isNull();
        assertThat(score.questions()).filteredOn(s -> s.keyPoint().equals("kp-a") && s.grade() != null)
                .allSatisfy(s -> assertThat(s.grade()).isEqualTo(new Grade(Mark.CORRECT, 1)));
    }

    @Test
    void basicCardsWithALongBackAreLeftOutAndAReversibleItemIsAskedTheShortWay() {
        var items = List.of(
                item("long", "kp-a", Bloom.REMEMBER, new ItemContent.Basic("Why?",
                        "Because U.S. forces in Korea could be diverted to a Taiwan conflict")),
                item("short", "kp-a", Bloom.REMEMBER, new ItemContent.Basic("Which event?",
                        "The outbreak of the Korean War (1950)")),
                item("two-way", "kp-a", Bloom.REMEMBER, new ItemContent.Reversible("Strategic flexibility (South Korea)",
                        "Diverting part or all of U.S. forces in Korea to a Taiwan conflict")));
        Deck deck = deck(List.of(keyPoint("kp-a", "one")), items);
        for (long seed = 0; seed < 20; seed++) {
            Quiz quiz = QuizBuilder.build(QuizBlueprint.of(deck, 2, seed));
            assertThat(ids(quiz)).as("seed %d", seed).containsExactlyInAnyOrder("short", "two-way");
            assertThat(quiz.questions()).filteredOn(q -> q.item().id().equals("two-way"))
                    .allSatisfy(q -> assertThat(q.card().ordinal()).isEqualTo(1));
        }
        assertThatThrownBy(() -> QuizBuilder.build(QuizBlueprint.of(deck, 3, 1)))
                .isInstanceOf(QuizShortageException.class);
    }

    @Test
    void aBlueprintForSelfMarkedCardsDrawsTheLongOnesTooAndTheLearnerMarksThem() {
        var items = List.of(
                item("long", "kp-a", Bloom.REMEMBER, new ItemContent.Basic("Why?",
                        "Because U.S. forces in Korea could be diverted to a Taiwan conflict")),
                item("short", "kp-a", Bloom.REMEMBER, new ItemContent.Basic("Which event?",
                        "The outbreak of the Korean War (1950)")));
        Deck deck = deck(List.of(keyPoint("kp-a", "one")), items);
        Quiz quiz = QuizBuilder.build(QuizBlueprint.of(deck, 2, 7).withSelfMarked(true));
        assertThat(ids(quiz)).containsExactlyInAnyOrder("long", "short");
        QuizQuestion longOne = quiz.questions().stream().filter(q -> q.item().id().equals("long")).findFirst()
                .orElseThrow();
        assertThat(app.flashpoint.core.generate.cards.Grader.grade(longOne.card(), new Response.Recalled(true)))
                .extracting(Grade::mark, Grade::score).containsExactly(Mark.CORRECT, 1.0);
        assertThat(app.flashpoint.core.generate.cards.Grader.grade(longOne.card(), new Response.Recalled(false)))
                .extracting(Grade::mark, Grade::score).containsExactly(Mark.WRONG, 0.0);
        assertThatThrownBy(() -> QuizBuilder.build(QuizBlueprint.of(deck, 2, 7)))
                .isInstanceOf(QuizShortageException.class);
    }
}
