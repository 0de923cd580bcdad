package app.flashpoint.core.generate.draft;

import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.SourceSpan;
import app.flashpoint.core.generate.Fixtures;
import app.flashpoint.core.generate.lint.ItemLint;
import app.flashpoint.core.generate.lint.LintWarning;
import app.flashpoint.core.generate.text.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftGeneratorTest {
    private static final String TEXT = Fixtures.interview();
    private static final Drafts DRAFTS = DraftGenerator.generate(Fixtures.INTERVIEW_FILE, TEXT);

    @Test
    void everySourceIsAnExactSpanOfTheSubmittedText() {
        Stream.concat(DRAFTS.keyPoints().stream().flatMap(k -> k.sources().stream()),
                        DRAFTS.items().stream().flatMap(i -> i.sources().stream()))
                .forEach(s -> assertThat(TEXT.substring(s.start(), s.end())).isEqualTo(s.quote()));
        assertThat(DRAFTS.items()).allSatisfy(i -> assertThat(i.sources()).isNotEmpty());
    }

    @Test
    void everyItemPassesTheLintAndCarriesItsAdvisoryWarnings() {
        assertThat(DRAFTS.items()).allSatisfy(i -> {
            List<LintWarning> lint = ItemLint.check(i.content());
            assertThat(lint).noneMatch(w -> w.code().blocksDrafts());
            assertThat(i.lint()).isEqualTo(lint);
        });
    }

    @Test
    void idsAreUniqueAndItemsPointAtProposedKeyPoints() {
        var keyPointIds = DRAFTS.keyPoints().stream().map(DraftKeyPoint::id).toList();
        assertThat(keyPointIds).doesNotHaveDuplicates();
        assertThat(DRAFTS.items().stream().map(DraftItem::id)).doesNotHaveDuplicates();
        assertThat(DRAFTS.items()).allSatisfy(i -> assertThat(keyPointIds).contains(i.keyPoint()));
        assertThat(DRAFTS.items()).allSatisfy(i -> assertThat(i.type()).isEqualTo(i.content().type()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "no war, no instability, and no nukes",
            "China uses its cooperation on the North Korean nuclear and missile issue as a bargaining chip",
            "China will use North Korea as a counterbalance",
            "compartmentalize these two issues",
            "tolerance for imperfection"})
    void theInterviewsKeyPassagesAreCoveredByDrafts(String passage) {
        assertThat(DRAFTS.items().stream().flatMap(i -> i.sources().stream()))
                .as("an item quoting “%s”", passage)
                .anyMatch(s -> s.quote().contains(passage));
    }

    @Test
    void theThreeNosGiveOneClozePerElementAndAnOrderingItem() {
        assertThat(contents(ItemContent.Cloze.class))
                .anySatisfy(c -> {
                    var cloze = new ClozeText(c.text());
                    assertThat(cloze.numbers()).hasSize(3);
                    assertThat(cloze.numbers().stream().map(cloze::answer)).containsExactly("war", "instability", "nukes");
                });
        assertThat(contents(ItemContent.Ordering.class))
                .anySatisfy(o -> assertThat(o.sequence()).containsExactly("no war", "no instability", "no nukes"));
    }

    @Test
    void theTwoFormsOfLeverageAreAskedSeparatelyAndAsASet() {
        assertThat(contents(ItemContent.Ordering.class))
                .anySatisfy(o -> assertThat(o.sequence()).containsExactly("bargaining chip", "counterbalance"));
        var clozeAnswers = contents(ItemContent.Cloze.class).stream()
                .flatMap(c -> new ClozeText(c.text()).numbers().stream().map(n -> new ClozeText(c.text()).answer(n)))
                .toList();
        assertThat(clozeAnswers).contains("bargaining chip", "counterbalance", "compartmentalize",
                "tolerance for imperfection");
    }

    @Test
    void multipleChoiceDistractorsAreOtherTermsOfTheSameKindNeverRelatedToTheKey() {
        var chip = contents(ItemContent.MultipleChoice.class).stream()
                .filter(mc -> mc.answer().equals("bargaining chip")).findFirst().orElseThrow();
        assertThat(chip.distractors()).extracting(ItemContent.Distractor::text).contains("counterbalance");
        assertThat(contents(ItemContent.MultipleChoice.class)).allSatisfy(mc -> {
            assertThat(mc.distractors()).hasSizeBetween(2, 3);
            assertThat(mc.distractors()).allSatisfy(d -> {
                assertThat(Words.related(d.text(), mc.answer())).isFalse();
                assertThat(TEXT).contains(d.text());
                assertThat(d.why()).isNotBlank();
            });
        });
    }

    @Test
    void clozeBlanksAreNeverStopWordsOrBareNumbers() {
        assertThat(contents(ItemContent.Cloze.class)).allSatisfy(c -> {
            var cloze = new ClozeText(c.text());
            cloze.numbers().forEach(n -> assertThat(cloze.answer(n))
                    .satisfies(a -> assertThat(Words.isAllStopWords(a)).isFalse())
                    .doesNotMatch("\\d+"));
        });
    }

    @Test
    void definitionsBecomeQuestionsWithTheirQuote() {
        assertThat(DRAFTS.items()).anySatisfy(i -> {
            assertThat(i.content()).isEqualTo(new ItemContent.Reversible("CVID",
                    "Complete, Verifiable, Irreversible Denuclearization"));
            assertThat(i.sources()).extracting(SourceSpan::quote).anyMatch(q -> q.contains("CVID"));
        });
        assertThat(contents(ItemContent.ShortAnswer.class))
                .anySatisfy(sa -> assertThat(sa.answers()).contains("one-to-one issue linkage"));
        assertThat(contents(ItemContent.Basic.class))
                .anySatisfy(b -> assertThat(b.front()).contains("strategic flexibility"));
    }

    @Test
    void generationIsDeterministic() {
        assertThat(DraftGenerator.generate(Fixtures.INTERVIEW_FILE, TEXT)).isEqualTo(DRAFTS);
    }

    @Test
    void aMarkdownDocumentGetsExactOffsetsAndItsAnnouncedSet() {
        String md = "# Spaced repetition\n\n"
                + "Spaced repetition works in two ways. First, each review acts as a retrieval cue for the memory.\n\n"
                + "Second, the growing interval acts as a desirable difficulty that strengthens the memory further.\n\n"
                + "- A card is due when its interval has passed since the last review of that card.\n";
        Drafts drafts = DraftGenerator.generate("notes.md", md);
        assertThat(drafts.items()).isNotEmpty().allSatisfy(i -> i.sources()
                .forEach(s -> assertThat(md.substring(s.start(), s.end())).isEqualTo(s.quote())));
        assertThat(drafts.items().stream().map(DraftItem::content).filter(ItemContent.Ordering.class::isInstance)
                .map(ItemContent.Ordering.class::cast))
                .anySatisfy(o -> assertThat(o.sequence()).containsExactly("retrieval cue", "desirable difficulty"));
    }

    @Test
    void emptyOrBinaryInputIsRefusedClearly() {
        assertThatThrownBy(() -> DraftGenerator.generate("x", "  \n ")).isInstanceOf(NotTextException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> DraftGenerator.generate("x", "PK\u0003\u0004\u0000\u0000binary"))
                .isInstanceOf(NotTextException.class).hasMessageContaining("not plain text");
    }

    @Test
    void timingOnTheInterview() {
        long start = System.nanoTime();
        Drafts drafts = DraftGenerator.generate(Fixtures.INTERVIEW_FILE, TEXT);
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf("DraftGenerator on the interview (%d chars): %d key points, %d items in %.1f ms%n",
                TEXT.length(), drafts.keyPoints().size(), drafts.items().size(), ms);
        assertThat(ms).isLessThan(2000);
    }

    private static <T extends ItemContent> List<T> contents(Class<T> type) {
        return DRAFTS.items().stream().map(DraftItem::content).filter(type::isInstance).map(type::cast).toList();
    }
}
