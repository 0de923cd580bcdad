package app.flashpoint.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two Flyway folders describe one schema: the same versions, and after each version the same tables with
 * the same columns (types and constraints may differ by dialect), but for the few tables
 * only PostgreSQL's several instances need. V10 was never shipped: the number was
 * skipped by a change that landed without a migration, and a skipped number is never reused. The schema is
 * read from the SQL text with a small reader of the statements the migrations use (CREATE/DROP TABLE,
 * ALTER TABLE ADD/DROP COLUMN, ADD/DROP CONSTRAINT and RENAME TO); a statement it does not know fails the test, so a new kind of
 * statement cannot slip past it.
 */
class MigrationParityTest {
    private static final Path ROOT = Path.of("src/main/resources/db/migration");
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");
    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?(\\w+) \\((.*)\\)",
            Pattern.DOTALL);
    private static final Pattern ADD = Pattern.compile("ALTER TABLE (\\w+) ADD COLUMN (\\w+).*", Pattern.DOTALL);
    private static final Pattern DROP_COLUMN = Pattern.compile("ALTER TABLE (\\w+) DROP COLUMN (\\w+)");
    private static final Pattern RENAME = Pattern.compile("ALTER TABLE (\\w+) RENAME TO (\\w+)");
    private static final Pattern CONSTRAINT = Pattern.compile("ALTER TABLE (\\w+) (?:ADD|DROP) CONSTRAINT .*");
    private static final Pattern DROP = Pattern.compile("DROP TABLE (?:IF EXISTS )?(\\w+)");
    /** Tables only one dialect needs, and why. */
    private static final Set<String> POSTGRES_ONLY = Set.of(
            "rate_limit_bucket"); // Bucket4j's buckets shared by several instances; one SQLite instance keeps them in memory
    private static final Set<String> NOT_COLUMNS = Set.of("PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "CONSTRAINT");

    @Test
    void bothDialectsHoldTheSameVersions() throws IOException {
        Set<Integer> sqlite = migrations("sqlite").keySet();
        assertThat(migrations("postgres").keySet()).isEqualTo(sqlite);
        assertThat(sqlite).doesNotContain(10).contains(1, 9, 11);
    }

    @Test
    void afterEveryVersionBothDialectsHaveTheSameTablesAndColumns() throws IOException {
        Map<Integer, Path> sqlite = migrations("sqlite");
        Map<Integer, Path> postgres = migrations("postgres");
        var sqliteSchema = new TreeMap<String, Set<String>>();
        var postgresSchema = new TreeMap<String, Set<String>>();
        for (int version : sqlite.keySet()) {
            apply(Files.readString(sqlite.get(version)), sqliteSchema);
            apply(Files.readString(postgres.get(version)), postgresSchema);
            var shared = new TreeMap<>(postgresSchema);
            shared.keySet().removeAll(POSTGRES_ONLY);
            assertThat(shared).as("tables and columns after V" + version).isEqualTo(sqliteSchema);
        }
        assertThat(sqliteSchema).containsKeys("account", "review_log", "card_state", "deck", "document");
        assertThat(sqliteSchema.get("deck")).contains("visibility", "owner_id");
    }

    @Test
    void theReaderSeesColumnsAndRefusesWhatItDoesNotKnow() {
        var schema = new TreeMap<String, Set<String>>();
        apply("""
                -- a comment; with a semicolon
                CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (name IN ('a', 'b')),
                    UNIQUE (id, name));
                ALTER TABLE t ADD COLUMN extra TEXT DEFAULT 'x;y';
                CREATE INDEX t_name ON t (name);
                UPDATE t SET extra = 'z';
                """, schema);
        assertThat(schema).isEqualTo(Map.of("t", Set.of("id", "name", "extra")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> apply("ALTER TABLE t ALTER COLUMN x TYPE INT;",
                new TreeMap<>())).hasMessageContaining("ALTER TABLE t ALTER COLUMN");
    }

    private static Map<Integer, Path> migrations(String dialect) throws IOException {
        var found = new TreeMap<Integer, Path>();
        try (Stream<Path> files = Files.list(ROOT.resolve(dialect))) {
            files.sorted(Comparator.naturalOrder()).forEach(f -> {
                Matcher m = VERSION.matcher(f.getFileName().toString());
                assertThat(m.matches()).as(f + " is named V<n>__<what>.sql").isTrue();
                found.put(Integer.parseInt(m.group(1)), f);
            });
        }
        return found;
    }

    static void apply(String sql, Map<String, Set<String>> schema) {
        for (String statement : statements(sql)) {
            String s = statement.replaceAll("\\s+", " ").strip();
            String upper = s.toUpperCase(Locale.ROOT);
            Matcher m;
            if ((m = CREATE.matcher(s)).matches() && upper.startsWith("CREATE TABLE")) {
                schema.put(m.group(1).toLowerCase(Locale.ROOT), columns(m.group(2)));
            } else if ((m = ADD.matcher(s)).matches()) {
                schema.get(m.group(1).toLowerCase(Locale.ROOT)).add(m.group(2).toLowerCase(Locale.ROOT));
            } else if ((m = DROP_COLUMN.matcher(s)).matches()) {
                schema.get(m.group(1).toLowerCase(Locale.ROOT)).remove(m.group(2).toLowerCase(Locale.ROOT));
            } else if ((m = RENAME.matcher(s)).matches()) {
                schema.put(m.group(2).toLowerCase(Locale.ROOT), schema.remove(m.group(1).toLowerCase(Locale.ROOT)));
            } else if (CONSTRAINT.matcher(s).matches()) {
                continue; // constraints are the dialect's own business (SQLite rebuilds the table instead)
            } else if ((m = DROP.matcher(s)).matches()) {
                schema.remove(m.group(1).toLowerCase(Locale.ROOT));
            } else if (upper.startsWith("CREATE TABLE") || upper.startsWith("ALTER") || upper.startsWith("DROP TABLE")) {
                throw new IllegalArgumentException("the parity reader does not know: " + s);
            }
            // anything else (indexes, inserts, updates) leaves the tables and columns as they are
        }
    }

    /** Statements split at semicolons outside strings, with -- comments taken out. */
    private static List<String> statements(String sql) {
        var out = new ArrayList<String>();
        var current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (!quoted && c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
                current.append(' ');
                continue;
            }
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString());
        }
        return out.stream().filter(s -> !s.isBlank()).toList();
    }

    private static Set<String> columns(String body) {
        var columns = new TreeSet<String>();
        int depth = 0;
        var part = new StringBuilder();
        for (char c : (body + ",").toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                String first = part.toString().strip().split("\\s+")[0];
                if (!NOT_COLUMNS.contains(first.toUpperCase(Locale.ROOT))) {
                    columns.add(first.toLowerCase(Locale.ROOT));
                }
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        return columns;
    }
}
