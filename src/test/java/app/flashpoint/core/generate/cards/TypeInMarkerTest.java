package app.flashpoint.core.generate.cards;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TypeInMarkerTest {

    @ParameterizedTest(name = "[{0}] against [{1}] is {2}")
    @CsvSource(delimiter = '|', value = {
            "bargaining chip      | bargaining chip          | CORRECT",
            "Bargaining CHIP      | bargaining chip          | CORRECT",          // case
            "'bargaining chip.'   | bargaining chip          | CORRECT",          // surrounding punctuation
            "a bargaining chip    | bargaining chip          | CORRECT",          // article
            "the   Six-Party   Talks | Six-Party Talks       | CORRECT",          // article and spaces
            "bargaining chpi      | bargaining chip          | CLOSE", // swapped letters
            "counterbalanse       | counterbalance           | CLOSE",
            "nukez                | nukes                    | CLOSE", // one typo in 5 letters
            "war                  | war                      | CORRECT",
            "car                  | war                      | WRONG",             // no typo allowed in 3 letters
            "nuts                 | nukes                    | WRONG",             // two edits in 5 letters
            "counterweight        | counterbalance           | WRONG",             // a different answer
            "1905                 | 1950                     | WRONG",             // digits must match exactly
            "''                   | war                      | WRONG",
    })
    void marks(String given, String expected, Mark mark) {
        assertThat(TypeInMarker.mark(given, List.of(expected))).isEqualTo(mark);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CVID                                          | CORRECT",
            "complete verifiable irreversible denuclearization | CORRECT",
            "complete verifiable irreversible denuclearisation | CLOSE",
            "denuclearization                              | WRONG",
    })
    void acceptedAlternativesCount(String given, Mark mark) {
        assertThat(TypeInMarker.mark(given, List.of("CVID", "Complete, Verifiable, Irreversible Denuclearization")))
                .isEqualTo(mark);
    }

    @ParameterizedTest
    @CsvSource({"3,0", "4,1", "8,1", "9,2", "16,2", "17,3"})
    void typoAllowanceGrowsWithTheAnswer(int length, int typos) {
        assertThat(TypeInMarker.allowedTypos(length)).isEqualTo(typos);
    }
}
