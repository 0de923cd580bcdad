package app.flashpoint.bench;

import app.flashpoint.core.bank.Bank;
import app.flashpoint.core.bank.BankReader;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.generate.cards.Cards;
import app.flashpoint.core.generate.draft.DraftGenerator;
import app.flashpoint.core.generate.draft.Drafts;
import app.flashpoint.core.generate.quiz.QuizBlueprint;
import app.flashpoint.core.generate.quiz.QuizBuilder;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Warm medians of the generation engine: cards for the whole bank, one quiz draw, drafts for the interview
 * and for ~100 KB and ~1 MB documents. A plain main rather than JMH because the 1 MB case takes around a
 * second per run and what matters is the order of magnitude and the growth, not nanoseconds. Run from the
 * project root (the command is in docs/generation.md).
 */
public final class GenerationBenchmark {
    private static final String INTERVIEW = "luo-interview-north-korea.txt";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private GenerationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Bank bank = BankReader.read(Path.of("question-bank"), Path.of("seeds"));
        String interview = Files.readString(Path.of("seeds", INTERVIEW), StandardCharsets.UTF_8);
        Deck deck = bank.decks().get(0);

        int cardCount = bank.decks().stream().mapToInt(d -> Cards.of(d).size()).sum();
        report("cards for the whole bank (" + cardCount + " cards)", 50, 200,
                () -> bank.decks().stream().mapToInt(d -> Cards.of(d).size()).sum());
        long[] seed = {0};
        report("one quiz draw (20 questions)", 50, 200, () -> QuizBuilder.build(QuizBlueprint.of(deck, 20, seed[0]++)));

        Timing small = drafts("interview", interview, 50, 50);
        Timing medium = drafts("~100 KB", document(interview, 100 * 1024), 10, 20);
        Timing large = drafts("~1 MB", document(interview, 1024 * 1024), 3, 7);
        System.out.printf("growth, CPU medians: 1 MB / 100 KB = %.1f, 100 KB / interview = %.1f (linear: ~10 and ~4.6)%n",
                large.cpu() / medium.cpu(), medium.cpu() / small.cpu());
        System.out.printf("growth, wall medians: 1 MB / 100 KB = %.1f, 100 KB / interview = %.1f%n",
                large.wall() / medium.wall(), medium.wall() / small.wall());
    }

    private static Timing drafts(String name, String text, int warmups, int runs) {
        Drafts d = DraftGenerator.generate(name, text);
        return report(String.format("drafts for the %s (%,d chars, %,d UTF-8 bytes; %d key points, %d items)", name,
                text.length(), text.getBytes(StandardCharsets.UTF_8).length, d.keyPoints().size(), d.items().size()),
                warmups, runs, () -> DraftGenerator.generate(name, text));
    }

    /**
     * A document of at most {@code bytes} UTF-8 bytes (so the 1 MB one is also accepted by the API) made of the interview's paragraphs in a seeded shuffled
     * order, so repeated runs measure the same text and sentences do not all sit next to their twins.
     */
    static String document(String interview, int bytes) {
        List<String> paragraphs = Arrays.stream(interview.split("\n")).filter(p -> !p.isBlank()).toList();
        var random = new Random(42);
        var out = new StringBuilder();
        int size = 0;
        while (true) {
            var round = new ArrayList<>(paragraphs);
            Collections.shuffle(round, random);
            for (String p : round) {
                int next = p.getBytes(StandardCharsets.UTF_8).length + 1;
                if (size + next > bytes) {
                    return out.toString();
                }
                out.append(p).append('\n');
                size += next;
            }
        }
    }

    /**
     * Runs {@code work} and prints the median wall time and the median CPU time of this thread; the latter
     * barely moves when other builds share the machine, so it is what the growth ratio is computed from.
     */
    private static Timing report(String what, int warmups, int runs, Supplier<?> work) {
        for (int i = 0; i < warmups; i++) {
            work.get();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.get();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        var timing = new Timing(wall[runs / 2], cpu[runs / 2]);
        System.out.printf("%-98s wall median %8.2f ms (min %.2f, max %.2f), CPU median %8.2f ms, %d runs%n", what,
                timing.wall(), wall[0], wall[runs - 1], timing.cpu(), runs);
        return timing;
    }

    private record Timing(double wall, double cpu) {
    }
}
