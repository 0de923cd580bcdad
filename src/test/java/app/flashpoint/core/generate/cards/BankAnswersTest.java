package app.flashpoint.core.generate.cards;

import app.flashpoint.core.bank.BankReader;
import app.flashpoint.core.bank.Deck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers of issues 14 and 15, marked against the interview deck's own items as learners meet them (issue 15
 * rewrote several of these items: a blank cut to its key word, a label taken out of a reversible front).
 */
class BankAnswersTest {
    private static final Deck DECK = BankReader.read(Path.of("question-bank"), Path.of("seeds")).decks().get(0);

    @ParameterizedTest(name = "{0}#{1}: [{2}] is {3}")
    @CsvSource(delimiter = '|', value = {
            "us-cvid-reversible                   | 1 | CVID                              | CORRECT",
            "strategic-flexibility-reversible     | 1 | Strategic flexibility             | CORRECT",
            "parade-basic-patricia-kim            | 0 | Patricia Kim                      | CORRECT",
            "korean-war-basic-event               | 0 | Korean War                        | CORRECT",
            "korean-war-basic-event               | 0 | the outbreak of the Korean War    | CLOSE",
            "tolerance-cloze                      | 1 | imperfection                      | CORRECT",
            "tolerance-cloze                      | 1 | tolerance for imperfection        | CORRECT",
            "tolerance-cloze                      | 1 | toleration for imperfection       | CLOSE",
            "three-nos-cloze-instability          | 1 | chaos                             | CORRECT",
            "constant-interests-cloze-variation   | 1 | stable                            | CORRECT",
            "leverage-counterbalance-cloze-pin-down | 1 | tie down                        | CORRECT",
            "contemporary-contingency-cloze-distracting | 1 | distracting               | CORRECT",
            "tolerance-short-answer-agency        | 0 | autonomy                          | CORRECT",
            "one-to-one-linkage-short-answer-signal | 0 | restrain Taiwan                 | CORRECT",
            "china-without-russia-short-answer-condition | 0 | if China is determined   | CORRECT",
            "three-nos-cloze-instability          | 1 | war                               | WRONG",
            "three-nos-cloze-instability          | 1 | stability                         | WRONG",
    })
    void marks(String itemId, int ordinal, String response, Mark expected) {
        Card card = Cards.of(DECK).stream().filter(c -> c.itemId().equals(itemId) && c.ordinal() == ordinal)
                .findFirst().orElseThrow(() -> new AssertionError("no card " + itemId + "#" + ordinal));
        assertThat(Grader.grade(card, new Response.Typed(response)).mark()).isEqualTo(expected);
        if (card.face() instanceof CardFace.FrontBack) {
            assertThat(Markable.inQuiz(card)).as("asked in quizzes").isTrue();
        }
    }
}
