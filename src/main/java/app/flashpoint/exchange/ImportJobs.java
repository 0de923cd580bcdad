package app.flashpoint.exchange;

import app.flashpoint.core.bank.ItemType;
import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.ImportedDeck;
import app.flashpoint.system.DatabaseDescription;
import app.flashpoint.system.StoredJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Import page's imports, run in the background (after the design of progress/PersonalFit): each job is a row of
 * import_job (V23), keyed by the pending upload's id, so that a double click starts one import and any instance
 * can show the job. The import itself stays one transaction ({@link Imports#importPending}); the row is written
 * outside it, in transactions of its own: when it starts and ends, and on PostgreSQL while it runs (at most every
 * {@link #WRITE_EVERY}, and at each new stage). SQLite has one writer, the import, until it commits, so there
 * the counts in between live only in this instance's memory, which is the only instance a SQLite file has.
 * One worker thread: an import holds a 50 MB file and its deck in a 256 MB heap, and SQLite writes one at a time.
 */
@Singleton
class ImportJobs {
    /** A job still running after this long without a word was lost with its instance (restart, crash). */
    static final Duration STALE = Duration.ofMinutes(10);
    /** A finished job is listed on the Import page for a week. */
    static final Duration KEPT = Duration.ofDays(7);
    static final Duration WRITE_EVERY = Duration.ofMillis(250);
    static final int LISTED = 5;
    static final int SKIPPED_KEPT = 50;
    static final String INTERRUPTED = "The import was interrupted (the server stopped), so nothing was written. "
            + "Choose the file again.";

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    private static final String COLUMNS = "id, account_id, file_name, title, stage, entries_done, entries_total, "
            + "media_done, media_total, deck_slug, report, started_at, updated_at";

    /** What a job made, or why it failed; {@code kinds}: items by kind label; at most {@link #SKIPPED_KEPT} skips. */
    @Serdeable
    record Report(String message, Map<String, Integer> kinds, int items, int media, int answers,
                  List<ExchangeApi.Skip> skipped, int skippedCount) {
        static Report failure(String message, List<ImportedDeck.Skipped> skipped) {
            return new Report(message, Map.of(), 0, 0, 0, kept(skipped), skipped.size());
        }

        private static List<ExchangeApi.Skip> kept(List<ImportedDeck.Skipped> skipped) {
            return ExchangeApi.Skip.of(skipped.subList(0, Math.min(skipped.size(), SKIPPED_KEPT)));
        }
    }

    /** One job as stored (or, while it runs here, as it is now). Times are epoch ms. */
    record Job(String id, long accountId, String fileName, String title, ImportStage stage, int entriesDone,
               int entriesTotal, int mediaDone, int mediaTotal, @Nullable String deckSlug, @Nullable Report report,
               long startedAt, long updatedAt) {
        Job at(ImportStage newStage, int done, int total, long now) {
            return switch (newStage) {
                case ITEMS -> new Job(id, accountId, fileName, title, newStage, done, total, mediaDone, mediaTotal,
                        deckSlug, report, startedAt, now);
                case MEDIA -> new Job(id, accountId, fileName, title, newStage, entriesDone, entriesTotal, done, total,
                        deckSlug, report, startedAt, now);
                default -> new Job(id, accountId, fileName, title, newStage, entriesDone, entriesTotal, mediaDone,
                        mediaTotal, deckSlug, report, startedAt, now);
            };
        }

        Job ended(ImportStage end, @Nullable String slug, Report why, long now) {
            return new Job(id, accountId, fileName, title, end, entriesDone, entriesTotal, mediaDone, mediaTotal, slug,
                    why, startedAt, now);
        }
    }

    private final Imports imports;
    private final PendingImports pending;
    private final TransactionOperations<Connection> tx;
    private final JdbcOperations jdbc;
    private final ConnectionOperations<Connection> connections;
    private final StoredJson json;
    private final Clock clock;
    /** Whether another connection may write while the import's transaction is open (not on SQLite). */
    private final boolean writesWhileImporting;
    /** The jobs this instance runs or has queued, as they are now. */
    private final Map<String, Job> live = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "deck-import");
        t.setDaemon(true);
        return t;
    });

    ImportJobs(Imports imports, PendingImports pending, TransactionOperations<Connection> tx, JdbcOperations jdbc,
               ConnectionOperations<Connection> connections, StoredJson json, Clock clock, DatabaseDescription database) {
        this.jdbc = jdbc;
        this.connections = connections;
        this.imports = imports;
        this.pending = pending;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
        this.writesWhileImporting = !database.kind().equals("sqlite");
    }

    /**
     * Starts importing the account's pending upload {@code id}, unless a job for it exists already (the same
     * confirmation twice): the job's id, or empty when the account has no such upload nor job.
     */
    Optional<String> start(String id, long accountId, boolean withHistory) {
        Optional<Job> existing = row(id);
        if (existing.isPresent()) {
            return existing.filter(j -> j.accountId() == accountId).map(Job::id);
        }
        Optional<PendingImports.Names> names = pending.names(id, accountId);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        long now = clock.millis();
        Job queued = new Job(id, accountId, names.get().fileName(), names.get().title(), ImportStage.QUEUED, 0, 0, 0,
                0, null, null, now, now);
        try {
            write(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "DELETE FROM import_job WHERE account_id = ? AND started_at < ?")) {
                    s.setLong(1, accountId);
                    s.setLong(2, now - KEPT.toMillis());
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO import_job (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    s.setString(1, id);
                    s.setLong(2, accountId);
                    s.setString(3, queued.fileName());
                    s.setString(4, queued.title());
                    s.setString(5, queued.stage().code());
                    for (int i = 6; i <= 9; i++) {
                        s.setInt(i, 0);
                    }
                    s.setString(10, null);
                    s.setString(11, null);
                    s.setLong(12, now);
                    s.setLong(13, now);
                    s.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            // two confirmations at once: the other one inserted the job first
            Optional<String> theirs = row(id).filter(j -> j.accountId() == accountId).map(Job::id);
            if (theirs.isPresent()) {
                return theirs;
            }
            throw e;
        }
        live.put(id, queued);
        worker.execute(() -> run(queued, withHistory));
        return Optional.of(id);
    }

    /** The account's job of that id; a running one nobody has touched for {@link #STALE} shows as failed. */
    Optional<Job> find(String id, long accountId) {
        Job here = live.get(id);
        if (here != null) {
            return here.accountId() == accountId ? Optional.of(here) : Optional.empty();
        }
        return row(id).filter(j -> j.accountId() == accountId).map(this::unlessStale);
    }

    /** The account's latest jobs, newest first. */
    List<Job> recent(long accountId) {
        List<Job> rows = connections.executeRead(c -> jdbc.prepareStatement("SELECT " + COLUMNS
                + " FROM import_job WHERE account_id = ? ORDER BY started_at DESC, id LIMIT " + LISTED, s -> {
            s.setLong(1, accountId);
            return rows(s);
        }));
        return rows.stream().map(j -> live.getOrDefault(j.id(), unlessStale(j))).toList();
    }

    private Job unlessStale(Job job) {
        return job.stage().running() && !live.containsKey(job.id()) && clock.millis() - job.updatedAt() > STALE.toMillis()
                ? job.ended(ImportStage.FAILED, null, Report.failure(INTERRUPTED, List.of()), job.updatedAt()) : job;
    }

    private void run(Job queued, boolean withHistory) {
        var progress = new Progress(queued);
        try {
            Optional<DeckImporter.Imported> done = imports.importPending(queued.id(), queued.accountId(), withHistory,
                    progress);
            Job now = progress.current;
            save(done.map(d -> now.ended(ImportStage.DONE, d.slug(), report(d), clock.millis()))
                    .orElseGet(() -> now.ended(ImportStage.FAILED, null, Report.failure(
                            "This upload is no longer kept: choose the file again.", List.of()), clock.millis())));
        } catch (ImportException e) {
            save(progress.current.ended(ImportStage.FAILED, null, Report.failure(e.getMessage(), e.skipped()),
                    clock.millis()));
        } catch (RuntimeException e) {
            LOG.warn("import job {} failed", queued.id(), e);
            save(progress.current.ended(ImportStage.FAILED, null, Report.failure(
                    "The import failed, so nothing was written. Try again later.", List.of()), clock.millis()));
        } finally {
            // after the last write, so that a reader finds either this instance's job or the final row
            live.remove(queued.id());
        }
    }

    private static Report report(DeckImporter.Imported d) {
        var kinds = new LinkedHashMap<String, Integer>();
        d.kinds().forEach((kind, n) -> kinds.put(ItemType.fromYaml(kind).map(ItemType::label).orElse(kind), n));
        return new Report(message(d), kinds, d.items(), d.media(), d.answers(), Report.kept(d.skipped()),
                d.skipped().size());
    }

    /** The toast the synchronous import showed, now the job's result. */
    static String message(DeckImporter.Imported done) {
        return "Imported " + done.items() + (done.items() == 1 ? " card or question" : " cards and questions")
                + " into “" + done.title() + "”" + (done.answers() > 0 ? " with " + done.answers() + " past answers" : "")
                + (done.skipped().isEmpty() ? "." : "; " + done.skipped().size() + " skipped.");
    }

    /** Hears the import's progress: keeps it for this instance's readers, and writes it out now and then. */
    private final class Progress implements ImportProgress {
        private volatile Job current;
        private ImportStage written;
        private long writtenAt = System.nanoTime();

        Progress(Job queued) {
            this.current = queued;
            this.written = queued.stage();
        }

        @Override
        public void at(ImportStage stage, int done, int total) {
            Job next = current.at(stage, done, total, clock.millis());
            current = next;
            live.put(next.id(), next);
            long now = System.nanoTime();
            if (writesWhileImporting && (stage != written || now - writtenAt >= WRITE_EVERY.toNanos())) {
                written = stage;
                writtenAt = now;
                save(next);
            }
        }
    }

    /** Writes the job's state in a transaction of its own, never the import's. */
    private void save(Job job) {
        write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE import_job SET stage = ?, entries_done = ?, "
                    + "entries_total = ?, media_done = ?, media_total = ?, deck_slug = ?, report = ?, updated_at = ? "
                    + "WHERE id = ?")) {
                s.setString(1, job.stage().code());
                s.setInt(2, job.entriesDone());
                s.setInt(3, job.entriesTotal());
                s.setInt(4, job.mediaDone());
                s.setInt(5, job.mediaTotal());
                s.setString(6, job.deckSlug());
                s.setString(7, job.report() == null ? null : json.write(job.report()));
                s.setLong(8, job.updatedAt());
                s.setString(9, job.id());
                s.executeUpdate();
            }
        });
    }

    private interface Statements {
        void run(Connection connection) throws SQLException;
    }

    private void write(Statements statements) {
        tx.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> {
            try {
                statements.run(status.getConnection());
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Reads take a connection, no transaction: on SQLite every transaction begins IMMEDIATE, so it would wait for a running
     * import's write lock, while a plain read of the WAL does not.
     */
    private Optional<Job> row(String id) {
        return connections.executeRead(c -> jdbc.prepareStatement("SELECT " + COLUMNS
                + " FROM import_job WHERE id = ?", s -> {
            s.setString(1, id);
            return rows(s).stream().findFirst();
        }));
    }

    private List<Job> rows(PreparedStatement s) throws SQLException {
        var list = new ArrayList<Job>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String report = rs.getString(11);
                list.add(new Job(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        ImportStage.of(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                        rs.getString(10), report == null ? null : json.read(report, Argument.of(Report.class)),
                        rs.getLong(12), rs.getLong(13)));
            }
        }
        return list;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
