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
        if (Boolean.getBoolean("page")) {
            throughThePage(web, apkg);
            return;
        }
        long start = System.nanoTime();
        HttpResponse<String> response = web.postFile("/api/decks/import?format=apkg&title=Import%20benchmark",
                "application/octet-stream", apkg);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("import: HTTP %d in %.1f s%n", response.statusCode(), seconds);
        String body = response.body();
        System.out.println(body.length() > 400 ? body.substring(0, 400) + "…" : body);
    }

    /**
     * {@code -Dpage=true}: the Import page's way instead, preview, confirm, then the job's status polled every
     * 100 ms as its page does (every 500 ms); prints each stage when first seen and the slowest poll, which shows
     * whether a poll waits for the import's transaction.
     */
    private static void throughThePage(WebSession web, byte[] apkg) {
        long start = System.nanoTime();
        HttpResponse<String> preview = web.postMultipart("/import", java.util.Map.of("format", "apkg",
                "title", "Import benchmark"), "file", "bench.apkg", apkg);
        var confirm = java.util.regex.Pattern.compile("action=\"(/import/[0-9a-f]+)\"").matcher(preview.body());
        if (preview.statusCode() != 200 || !confirm.find()) {
            System.out.println("preview: HTTP " + preview.statusCode());
            return;
        }
        System.out.printf("preview: HTTP %d in %.1f s%n", preview.statusCode(), (System.nanoTime() - start) / 1e9);
        long confirmed = System.nanoTime();
        String job = web.post(confirm.group(1), java.util.Map.of()).headers().firstValue("Location").orElseThrow();
        System.out.printf("confirm: 303 to %s in %.0f ms%n", job, (System.nanoTime() - confirmed) / 1e6);
        String last = "";
        long slowest = 0;
        long importPage = 0;
        while (true) {
            long asked = System.nanoTime();
            String body = web.getJson(job + "/status").body();
            slowest = Math.max(slowest, System.nanoTime() - asked);
            String stage = body.replaceAll(".*\"stage\":\"([a-z]+)\".*", "$1");
            if (!stage.equals(last)) {
                String detail = body.replaceAll(".*\"detail\":\"([^\"]*)\".*", "$1");
                System.out.printf("  %5.1f s  %-8s %s%n", (System.nanoTime() - confirmed) / 1e9, stage, detail);
                last = stage;
                if (stage.equals("items")) {
                    long page = System.nanoTime();
                    web.get("/import");
                    importPage = System.nanoTime() - page;
                }
            }
            if (stage.equals("done") || stage.equals("failed")) {
                break;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        System.out.printf("job: %s %.1f s after the confirmation; slowest poll %.0f ms; /import during it %.0f ms%n",
                last, (System.nanoTime() - confirmed) / 1e9, slowest / 1e6, importPage / 1e6);
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
