package app.flashpoint.exchange;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.exchange.anki.ApkgWriter;
import app.flashpoint.support.AnkiPackages;
import app.flashpoint.support.SharedApp;
import app.flashpoint.support.WebSession;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decks in and out through the real server: the import API and page make a private deck of the importer's that
 * studies like any other; exports give files that import again into the same cards; a bad file gets its reason
 * and leaves nothing behind.
 */
@SharedApp
class ImportExportFlowTest {
    private static final String PASSWORD = "correct horse battery";
    static final String TSV = """
            #separator:tab
            #html:false
            #tags column:3
            What is the capital of France?\tParis\tgeography::europe
            The {{c1::mitochondrion}} makes ATP.\t\tbiology
            Largest ocean?\tPacific\tgeography::world
            Empty back?\t\tgeography
            """;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    TransactionOperations<Connection> tx;

    private WebSession learner() {
        WebSession web = WebSession.signedUp(URI.create(server.getURL() + "/"), "porter-"
                + UUID.randomUUID().toString().substring(0, 8), PASSWORD);
        web.get("/import");
        return web;
    }

    private Map<?, ?> read(HttpResponse<String> response) throws IOException {
        return json.readValue(response.body(), Map.class);
    }

    @Test
    void aTsvFileBecomesAPrivateDeckOfTheImportersThatStudiesAndExportsAgain() throws IOException {
        WebSession me = learner();
        HttpResponse<String> created = me.postFile("/api/decks/import?format=tsv&title=Geography%20and%20cells",
                "text/tab-separated-values", TSV.getBytes(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Map<?, ?> body = read(created);
        String slug = (String) body.get("deck");
        assertThat(slug).startsWith("geography-and-cells");
        assertThat(body.get("imported")).isEqualTo(Map.of("basic", 2, "cloze", 1));
        assertThat((List<?>) body.get("skipped")).singleElement().asString().contains("line 7");

        assertThat(me.get("/decks/" + slug).body()).contains("Geography and cells").contains("europe");
        assertThat(me.getJson("/api/study/" + slug + "/next").body()).contains("\"newCards\":3");
        WebSession stranger = learner();
        assertThat(stranger.get("/decks/" + slug).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/api/decks/" + slug + "/export?format=tsv").statusCode()).isEqualTo(404);

        HttpResponse<byte[]> exported = me.getBytes("/api/decks/" + slug + "/export?format=csv");
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("attachment").contains(".csv"));
        HttpResponse<String> again = me.postFile("/api/decks/import?format=csv", "text/csv", exported.body());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(read(again).get("imported")).isEqualTo(Map.of("basic", 2, "cloze", 1));
        assertThat((String) read(again).get("deck")).isNotEqualTo(slug);
    }

    @Test
    void badFilesGetTheirReasonAndWriteNothing() throws IOException {
        WebSession me = learner();
        long decks = count("SELECT COUNT(*) FROM deck");
        assertThat(me.postFile("/api/decks/import?format=docx", "application/octet-stream", new byte[]{1}).statusCode())
                .isEqualTo(400);
        HttpResponse<String> empty = me.postFile("/api/decks/import?format=csv", "text/csv", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(read(empty).get("error")).isEqualTo("The file is empty.");
        HttpResponse<String> latin1 = me.postFile("/api/decks/import?format=csv", "text/csv",
                "caf\u00e9,coffee".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.statusCode()).isEqualTo(422);
        assertThat((String) read(latin1).get("error")).contains("not UTF-8");
        HttpResponse<String> nothing = me.postFile("/api/decks/import?format=tsv", "text/plain",
                "only a front\t\n".getBytes(StandardCharsets.UTF_8));
        assertThat(nothing.statusCode()).isEqualTo(422);
        HttpResponse<String> noToken = new WebSession(URI.create(server.getURL() + "/"))
                .postFile("/api/decks/import?format=tsv", "text/plain", TSV.getBytes(StandardCharsets.UTF_8));
        assertThat(noToken.statusCode()).isIn(401, 403);
        HttpResponse<String> huge = me.postFile("/api/decks/import?format=csv", "text/csv", new byte[Imports.MAX_BYTES + 1]);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat((String) read(huge).get("error")).contains("larger than 50 MB");
        assertThat(count("SELECT COUNT(*) FROM deck")).as("no deck written").isEqualTo(decks);
    }

    @Test
    void theImportPageShowsThePreviewThenImportsOnConfirmation() throws IOException {
        WebSession me = learner();
        HttpResponse<String> preview = me.postMultipart("/import", Map.of("format", "", "title", ""), "file",
                "Capitals.tsv", TSV.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Import “<span>Capitals</span>”?").contains("What is the capital of France?")
                .contains("Paris").contains("data-testid=\"skipped\"").contains("line 7");
        long decks = count("SELECT COUNT(*) FROM deck");
        Matcher confirm = Pattern.compile("action=\"(/import/[0-9a-f]+)\"").matcher(preview.body());
        assertThat(confirm.find()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM deck")).as("a preview writes no deck").isEqualTo(decks);

        WebSession other = learner();
        assertThat(other.post(confirm.group(1), Map.of()).statusCode()).as("another account's upload").isEqualTo(404);
        HttpResponse<String> started = me.post(confirm.group(1), Map.of());
        assertThat(started.statusCode()).isEqualTo(303);
        String jobPage = started.headers().firstValue("Location").orElseThrow();
        assertThat(jobPage).matches("/import/jobs/[0-9a-f]+");
        Map<?, ?> job = untilDone(me, jobPage);
        assertThat(job.get("stage")).as(job.toString()).isEqualTo("done");
        assertThat(job.get("entriesDone")).isEqualTo(3);
        assertThat(job.get("entriesTotal")).isEqualTo(3);
        String deck = "/decks/" + job.get("deck");
        assertThat(deck).startsWith("/decks/capitals");
        assertThat(count("SELECT COUNT(*) FROM item WHERE deck_slug = '" + job.get("deck") + "'")).isEqualTo(3);
        String page = me.get(jobPage).body();
        assertThat(page).contains("Imported 3 cards and questions into “Capitals”; 1 skipped.")
                .contains("data-testid=\"skipped\"").contains("line 7").contains("href=\"" + deck + "\"");
        assertThat(me.get(deck).statusCode()).isEqualTo(200);

        // the job is the importer's alone; confirming again shows the same job and imports nothing more
        assertThat(other.get(jobPage).statusCode()).isEqualTo(404);
        assertThat(other.getJson(jobPage + "/status").statusCode()).isEqualTo(404);
        HttpResponse<String> again = me.post(confirm.group(1), Map.of());
        assertThat(again.headers().firstValue("Location")).contains(jobPage);
        assertThat(count("SELECT COUNT(*) FROM deck")).as("imported once").isEqualTo(decks + 1);
        assertThat(me.get("/import").body()).contains("data-testid=\"import-jobs\"").contains("href=\"" + jobPage + "\"");
        assertThat(other.get("/import").body()).doesNotContain(jobPage);

        HttpResponse<String> refused = me.postMultipart("/import", Map.of("format", "csv", "title", ""), "file",
                "x.csv", "\t\t\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("data-testid=\"import-error\"");
    }

    /** The interview deck's items by kind, as its JSON lists them. */
    private Map<String, Long> interviewKinds(WebSession me) throws IOException {
        List<Map<String, Object>> items = json.readValue(me.getJson("/api/decks/luo-interview/items").body(),
                io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        return items.stream().map(i -> (String) i.get("type"))
                .collect(java.util.stream.Collectors.groupingBy(t -> t, java.util.stream.Collectors.counting()));
    }

    private Map<?, ?> reimport(WebSession me, String format, String contentType) throws IOException {
        HttpResponse<byte[]> file = me.getBytes("/api/decks/luo-interview/export?format=" + format);
        assertThat(file.statusCode()).as(format).isEqualTo(200);
        HttpResponse<String> created = me.postFile("/api/decks/import?format=" + format + "&title=Interview%20" + format,
                contentType, file.body());
        assertThat(created.statusCode()).as(format + ": " + created.body()).isEqualTo(201);
        return (Map<?, ?>) read(created).get("imported");
    }

    private static long kind(Map<?, ?> imported, String kind) {
        Object n = imported.get(kind);
        return n == null ? 0 : ((Number) n).longValue();
    }

    /**
     * The interview deck out and back in through each format: what a format carries comes back as the same kind;
     * what it has no kind for comes back as the nearest (Anki: quiz kinds as front/back notes; GIFT and Moodle:
     * cards as short answers).
     */
    @Test
    void theInterviewDeckGoesOutAndComesBackInEveryFormat() throws IOException {
        WebSession me = learner();
        Map<String, Long> kinds = interviewKinds(me);
        long total = kinds.values().stream().mapToLong(Long::longValue).sum();

        Map<?, ?> anki = reimport(me, "apkg", "application/octet-stream");
        assertThat(anki.values().stream().mapToLong(n -> ((Number) n).longValue()).sum()).isEqualTo(total);
        assertThat(kind(anki, "cloze")).isEqualTo(kinds.getOrDefault("cloze", 0L));
        assertThat(kind(anki, "reversible")).isEqualTo(kinds.getOrDefault("reversible", 0L));
        assertThat(kind(anki, "basic")).isEqualTo(kinds.getOrDefault("basic", 0L) + kinds.getOrDefault("multiple_choice", 0L)
                + kinds.getOrDefault("true_false", 0L) + kinds.getOrDefault("ordering", 0L) + kinds.getOrDefault("matching", 0L));

        Map<?, ?> xml = reimport(me, "moodle-xml", "application/xml");
        for (String k : List.of("multiple_choice", "true_false", "matching", "ordering", "cloze")) {
            assertThat(kind(xml, k)).as("moodle-xml " + k).isEqualTo(kinds.getOrDefault(k, 0L));
        }
        Map<?, ?> gift = reimport(me, "gift", "text/plain");
        for (String k : List.of("multiple_choice", "true_false", "matching")) {
            assertThat(kind(gift, k)).as("gift " + k).isEqualTo(kinds.getOrDefault(k, 0L));
        }
        assertThat(kind(gift, "ordering")).isZero();

        HttpResponse<byte[]> qti = me.getBytes("/api/decks/luo-interview/export?format=qti");
        assertThat(qti.statusCode()).isEqualTo(200);
        assertThat(qti.headers().firstValue("X-Left-Out")).contains(String.valueOf(kinds.getOrDefault("ordering", 0L)));
        var entries = new java.util.ArrayList<String>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(qti.body()))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).containsExactly("imsmanifest.xml", "luo-interview/luo-interview.xml");
    }

    @Test
    void aBrokenPackageAHostileXmlAndAGiftSyntaxErrorAreRefusedAndWriteNothing() throws IOException {
        WebSession me = learner();
        long decks = count("SELECT COUNT(*) FROM deck");
        HttpResponse<byte[]> apkg = me.getBytes("/api/decks/luo-interview/export?format=apkg");
        byte[] truncated = java.util.Arrays.copyOf(apkg.body(), apkg.body().length / 2);
        HttpResponse<String> broken = me.postFile("/api/decks/import?format=apkg", "application/octet-stream", truncated);
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat((String) read(broken).get("error")).containsIgnoringCase("anki package");

        var bomb = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bomb)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("collection.anki2"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 600; i++) {
                zip.write(zeros); // 600 MB of zeros, about 600 kB zipped: over the inflated limit
            }
            zip.closeEntry();
        }
        HttpResponse<String> refused = me.postFile("/api/decks/import?format=apkg", "application/octet-stream",
                bomb.toByteArray());
        assertThat(refused.statusCode()).isEqualTo(422);

        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <quiz><question type="truefalse"><name><text>&secret;</text></name>
                <questiontext format="plain_text"><text>&secret;</text></questiontext>
                <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                </question></quiz>
                """;
        HttpResponse<String> hostile = me.postFile("/api/decks/import?format=moodle-xml", "application/xml",
                xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(hostile.statusCode()).isEqualTo(422);
        assertThat(hostile.body()).doesNotContain("root:");

        HttpResponse<String> gift = me.postFile("/api/decks/import?format=gift", "text/plain",
                "::Q1:: Which? {=yes ~no\n\n::Q2:: Next {T}".getBytes(StandardCharsets.UTF_8));
        assertThat(gift.statusCode()).isEqualTo(422);
        assertThat((String) read(gift).get("error")).containsIgnoringCase("line");
        assertThat(count("SELECT COUNT(*) FROM deck")).as("no deck written").isEqualTo(decks);
    }

    /** A package with tags on its first note and Anki answers of three of its four cards (and one reschedule). */
    private static byte[] packageWithHistory() {
        var cells = new KeyPoint("cells", "Cells", "", "", 3);
        var deck = new Deck("bio", "Biology", "", List.of(), List.of(cells), List.of(
                new Item("b", "cells", Bloom.REMEMBER, new ItemContent.Basic("What is a cell?", "The unit of life"), "",
                        List.of()),
                new Item("r", "cells", Bloom.REMEMBER, new ItemContent.Reversible("mitochondrion", "power plant"), "",
                        List.of())));
        long at = 1_700_000_000_000L;
        long day = 86_400_000L;
        long first = at; // the writer numbers notes and cards from its time: b's card, then r's two
        return AnkiPackages.withCollectionEdit(ApkgWriter.write(deck, 1_600_000_000_000L, Instant.ofEpochMilli(at)),
                "update notes set tags = ' exam week_2 ' where id = " + first,
                revlog(at + day, first, 3, 0), revlog(at + 3 * day, first, 3, 1), revlog(at + 10 * day, first, 1, 1),
                revlog(at + day + 1, first + 1, 4, 0), revlog(at + day + 2, first + 2, 2, 0),
                revlog(at + 20 * day, first + 1, 0, 4));
    }

    private static String revlog(long id, long card, int ease, int type) {
        return "insert into revlog values (" + id + ", " + card + ", -1, " + ease + ", 1, 0, 2500, 6000, " + type + ")";
    }

    @Test
    void anAnkiPackageBringsItsTagsAndOnRequestItsReviewHistory() throws IOException {
        WebSession me = learner();
        HttpResponse<String> plain = me.postFile("/api/decks/import?format=apkg", "application/octet-stream",
                packageWithHistory());
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(201);
        assertThat(read(plain).get("answers")).isEqualTo(0);
        String plainSlug = (String) read(plain).get("deck");
        assertThat(me.getJson("/api/study/" + plainSlug + "/next").body()).contains("\"newCards\":3");

        HttpResponse<String> withHistory = me.postFile("/api/decks/import?format=apkg&history=true",
                "application/octet-stream", packageWithHistory());
        assertThat(withHistory.statusCode()).as(withHistory.body()).isEqualTo(201);
        assertThat(read(withHistory).get("answers")).as("the reschedule is no answer").isEqualTo(5);
        String slug = (String) read(withHistory).get("deck");
        // all three cards have been answered, so none is new; the lapse on the first card is counted
        assertThat(me.getJson("/api/study/" + slug + "/next").body()).contains("\"newCards\":0");
        assertThat(count("SELECT COUNT(*) FROM review_log WHERE deck_slug = '" + slug + "' AND mode = 'review'"))
                .isEqualTo(5);
        assertThat(count("SELECT MAX(lapses) FROM card_state WHERE deck_slug = '" + slug + "'")).isEqualTo(1);
        assertThat(me.get("/account/review-log.csv").body().lines().filter(l -> l.contains(slug))).hasSize(5);

        // the tags are kept and go out again, in Anki packages and text files
        byte[] exported = me.getBytes("/api/decks/" + slug + "/export?format=apkg").body();
        HttpResponse<String> back = me.postFile("/api/decks/import?format=apkg", "application/octet-stream", exported);
        assertThat(count("SELECT COUNT(*) FROM item WHERE deck_slug = '" + read(back).get("deck")
                + "' AND tags = 'exam week_2'")).isEqualTo(1);
        assertThat(new String(me.getBytes("/api/decks/" + slug + "/export?format=tsv").body(), StandardCharsets.UTF_8))
                .contains("\tBiology::Cells exam week_2");
    }

    /** Polls the job's status as the page's script does, until it is no longer running (at most 30 s). */
    private Map<?, ?> untilDone(WebSession me, String jobPage) throws IOException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            HttpResponse<String> status = me.getJson(jobPage + "/status");
            assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
            Map<?, ?> job = read(status);
            if (!Boolean.TRUE.equals(job.get("running")) || System.nanoTime() > deadline) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A job left "running" by an instance that died shows as failed once it is older than ImportJobs.STALE. */
    @Test
    void aJobWhoseInstanceDiedShowsAsFailed() throws IOException {
        WebSession me = learner();
        long old = System.currentTimeMillis() - ImportJobs.STALE.toMillis() - 60_000;
        String id = "dead" + UUID.randomUUID().toString().replace("-", "");
        tx.executeWrite(status -> {
            try (var q = status.getConnection().prepareStatement("INSERT INTO import_job (id, account_id, file_name, "
                    + "title, stage, entries_done, entries_total, media_done, media_total, started_at, updated_at) "
                    + "VALUES (?, ?, 'big.apkg', 'Big', 'items', 400, 10000, 0, 0, ?, ?)")) {
                q.setString(1, id);
                q.setLong(2, me.accountId());
                q.setLong(3, old);
                q.setLong(4, old);
                return q.executeUpdate();
            }
        });
        Map<?, ?> job = read(me.getJson("/import/jobs/" + id + "/status"));
        assertThat(job.get("stage")).isEqualTo("failed");
        assertThat(job.get("running")).isEqualTo(false);
        assertThat((String) job.get("detail")).contains("interrupted").contains("nothing was written");
        assertThat(me.get("/import/jobs/" + id).body()).contains("Not imported").contains("interrupted")
                .doesNotContain("data-testid=\"job-progress\"");
        assertThat(me.get("/import").body()).contains("big.apkg").contains("failed");
        assertThat(learner().getJson("/import/jobs/" + id + "/status").statusCode()).isEqualTo(404);
    }

    private long count(String sql) {
        return tx.executeRead(status -> {
            try (var q = status.getConnection().prepareStatement(sql); ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
