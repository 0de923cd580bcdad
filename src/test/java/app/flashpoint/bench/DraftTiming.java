package app.flashpoint.bench;

import app.flashpoint.core.generate.draft.DraftGenerator;
import app.flashpoint.core.generate.draft.Drafts;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A quick, JMH-free timing of draft generation on the interview seed (run from the project root):
 * {@code java -cp target/classes:target/test-classes app.flashpoint.bench.DraftTiming [--print]}.
 */
public final class DraftTiming {
    private DraftTiming() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of("seeds", "luo-interview-north-korea.txt"));
        long first = System.nanoTime();
        Drafts drafts = DraftGenerator.generate("luo-interview-north-korea.txt", text);
        double firstMs = (System.nanoTime() - first) / 1e6;
        int runs = 50;
        for (int i = 0; i < 20; i++) {
            DraftGenerator.generate("warm-up", text);
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            DraftGenerator.generate("luo-interview-north-korea.txt", text);
        }
        double warmMs = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("drafts for %d chars: %d key points, %d items; cold %.1f ms, warm %.2f ms/run%n",
                text.length(), drafts.keyPoints().size(), drafts.items().size(), firstMs, warmMs);
        if (args.length > 0 && args[0].equals("--print")) {
            drafts.keyPoints().forEach(k -> System.out.println("KP " + k.id() + " | " + k.title() + " | "
                    + k.sources().stream().map(s -> s.start() + "-" + s.end()).toList()));
            drafts.items().forEach(i -> System.out.println("  " + i.id() + " [" + i.keyPoint() + "] " + i.content().toMap()
                    + " " + i.sources().stream().map(s -> s.start() + "-" + s.end()).toList() + " " + i.lint()));
        }
    }
}
