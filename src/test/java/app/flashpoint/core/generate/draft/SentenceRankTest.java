package app.flashpoint.core.generate.draft;

import app.flashpoint.core.generate.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceRankTest {
    @Test
    void theWindowLeavesADocumentShorterThanItWithTheCompleteGraph() {
        var sentences = Sentences.of(Fixtures.interview());
        assertThat(sentences.size()).isLessThanOrEqualTo(SentenceRank.WINDOW);
        assertThat(SentenceRank.of(sentences)).containsExactly(SentenceRank.of(sentences, Integer.MAX_VALUE));
    }

    @Test
    void aLongDocumentIsRankedThroughItsWindows() {
        String text = Fixtures.interview().repeat(3);
        var sentences = Sentences.of(text);
        double[] windowed = SentenceRank.of(sentences);
        assertThat(sentences.size()).isGreaterThan(2 * SentenceRank.WINDOW);
        assertThat(windowed).hasSize(sentences.size());
        assertThat(Arrays.stream(windowed)).allSatisfy(r -> assertThat(r).isFinite().isPositive());
        // the window cuts the graph, not the notion of centrality: the interview's central sentences stay on top
        assertThat(top(Sentences.of(Fixtures.interview()), SentenceRank.of(Sentences.of(Fixtures.interview())), 5))
                .isSubsetOf(top(sentences, windowed, 15));
    }

    private static List<String> top(List<Sentence> sentences, double[] rank, int count) {
        return IntStream.range(0, sentences.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -rank[i]))
                .map(i -> sentences.get(i).text()).distinct().limit(count).toList();
    }
}
