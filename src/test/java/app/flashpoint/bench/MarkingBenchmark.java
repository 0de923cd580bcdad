package app.flashpoint.bench;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.Cards;
import app.flashpoint.core.generate.cards.Grade;
import app.flashpoint.core.generate.cards.Grader;
import app.flashpoint.core.generate.cards.Response;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of marking one answer through {@link Grader#grade}, the work a study, self-test or assignment request
 * adds: a right typed answer, a typo (the edit-distance path), a wrong answer checked against a cloze's other
 * blanks, a back with a parenthetical, and an eight-item ordering. Goal: under 50 µs each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MarkingBenchmark {
    private Card cloze;
    private Card reversed;
    private Card ordering;
    private final Response right = new Response.Typed("Toleration for imperfection");
    private final Response typo = new Response.Typed("tolerence for imperfections");
    private final Response wrong = new Response.Typed("no war, and instability too");
    private final Response cvid = new Response.Typed("CVID");
    private Response order;

    @Setup
    public void setUp() {
        cloze = card(new ItemContent.Cloze("Luo: no {{c2::war}}, no {{c3::instability|chaos}}; a degree of "
                + "{{c1::tolerance for imperfection|toleration for imperfection}}."), 1);
        reversed = card(new ItemContent.Reversible("CVID (Luo interview – U.S. goal on North Korea)",
                "Complete, Verifiable, Irreversible Denuclearization"), 1);
        var sequence = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        ordering = card(new ItemContent.Ordering("In order", sequence), 0);
        order = new Response.Order(List.of("b", "a", "c", "d", "h", "e", "f", "g"));
    }

    private static Card card(ItemContent content, int ordinal) {
        var item = new Item("bench", "kp", null, content, "", List.of());
        return Cards.of(item, new Deck("bench", "Bench", "", List.of(), List.of(), List.of(item))).stream()
                .filter(c -> c.ordinal() == ordinal).findFirst().orElseThrow();
    }

    @Benchmark
    public Grade typedRight() {
        return Grader.grade(cloze, right);
    }

    @Benchmark
    public Grade typedTypo() {
        return Grader.grade(cloze, typo);
    }

    @Benchmark
    public Grade typedWrong() {
        return Grader.grade(cloze, wrong);
    }

    @Benchmark
    public Grade parenthetical() {
        return Grader.grade(reversed, cvid);
    }

    @Benchmark
    public Grade orderingPartial() {
        return Grader.grade(ordering, order);
    }
}
