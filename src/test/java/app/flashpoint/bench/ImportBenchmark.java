package app.flashpoint.bench;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.exchange.anki.ApkgWriter;
import app.flashpoint.support.AnkiPackages;
import app.flashpoint.support.WebSession;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Times one large Anki import through a running server: a package of {@code notes} Basic notes (default 10,000)
 * in 20 subdecks, every 20th note showing one of {@code mediaMb} MB of PNG images (default 50, 100 kB each,
 * random bytes so that zip cannot shrink them), posted to {@code /api/decks/import}. Start the server with the
 * heap the Dockerfile gives it ({@code -Xmx256m}) to see that the import fits. Usage (README, Benchmarks):
 * {@code java -cp target/test-classes:target/flashpoint.jar app.flashpoint.bench.ImportBenchmark http://127.0.0.1:8080/}
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/");
        int notes = Integer.getInteger("notes", 10_000);
        int mediaMb = Integer.getInteger("mediaMb", 50);
        int images = mediaMb * 10;
        byte[] apkg = withMedia(ApkgWriter.write(deck(notes, images), 1_700_000_000_000L, Instant.parse("2026-01-01T00:00:00Z")),
                images);
        System.out.printf("package: %d notes, %d images, %.1f MB%n", notes, images, apkg.length / 1e6);

        WebSession web = WebSession.signedUp(base, "bench-" + UUID.randomUUID().toString().substring(0, 8), "correct horse battery");
        web.get("/import");
        long start = System.nanoTime();
        HttpResponse<String> response = web.postFile("/api/decks/import?format=apkg&title=Import%20benchmark",
                "application/octet-stream", apkg);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("import: HTTP %d in %.1f s%n", response.statusCode(), seconds);
        String body = response.body();
        System.out.println(body.length() > 400 ? body.substring(0, 400) + "…" : body);
    }

    private static Deck deck(int notes, int images) {
        var keyPoints = new ArrayList<KeyPoint>();
        for (int k = 0; k < 20; k++) {
            keyPoints.add(new KeyPoint("kp-" + k, "Chapter " + (k + 1), "", "Benchmark", 3));
        }
        var items = new ArrayList<Item>();
        for (int i = 0; i < notes; i++) {
            String front = "Question " + i + ": what follows " + (i * 7 % 1000) + "?"
                    + (i % 20 == 0 ? " [image: img" + (i / 20) % images + ".png]" : "");
            items.add(new Item("n-" + i, "kp-" + (i % 20), Bloom.REMEMBER,
                    new ItemContent.Basic(front, "Answer " + (i * 7 % 1000 + 1)), "", List.of()));
        }
        return new Deck("import-benchmark", "Import benchmark", "", List.of(), keyPoints, items);
    }

    /** {@code images} PNGs of 100 kB of random bytes (so that zip cannot shrink them), named img0.png… */
    private static byte[] withMedia(byte[] apkg, int images) {
        var random = new Random(7);
        var files = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i < images; i++) {
            byte[] png = new byte[100 * 1024];
            random.nextBytes(png);
            System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}, 0, png, 0, 8);
            files.put("img" + i + ".png", png);
        }
        return AnkiPackages.withMedia(apkg, files);
    }
}
