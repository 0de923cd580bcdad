package app.flashpoint.scheduling;

import app.flashpoint.core.fsrs.Parameters;
import app.flashpoint.core.fsrs.SimulationConfig;
import io.micronaut.json.tree.JsonNode;

import java.util.Map;
import java.util.Set;

/**
 * Reads the bodies of {@code /api/fsrs/simulate} and {@code /api/fsrs/optimal-retention}; like
 * {@link ScheduleRequestReader}, every mistake is a 400 naming the field. The size of the work is bounded
 * here: one simulation touches about deckSize × learnSpan card-days, an optimal-retention search
 * 28 × samples times that.
 */
final class SimulationRequestReader {
    /** At most about 0.5 s for one simulation here (docs/fsrs.md). */
    static final long MAX_SIMULATE_CARD_DAYS = 50_000_000L;
    /** deckSize × learnSpan × samples for a search (28 simulations per sample): at most about 6 s here. */
    static final long MAX_SEARCH_CARD_DAYS = 20_000_000L;
    static final int MAX_SAMPLES = 8;

    static final int DEFAULT_DECK_SIZE = 10_000;
    static final int DEFAULT_LEARN_SPAN = 365;
    static final double DEFAULT_MAX_COST_PER_DAY = 1800;
    static final long DEFAULT_SEED = 42;
    static final int DEFAULT_SAMPLES = 2;

    private static final Set<String> COMMON = Set.of("parameters", "deckSize", "learnSpan", "maxCostPerDay",
            "learnLimitPerDay", "maxInterval", "seed");
    private static final Set<String> SIMULATE = union(COMMON, "desiredRetention");
    private static final Set<String> SEARCH = union(COMMON, "samples");

    record Search(SimulationConfig config, long[] seeds) {
    }

    record Simulation(SimulationConfig config, long seed) {
    }

    private SimulationRequestReader() {
    }

    static Simulation simulation(JsonNode root) {
        check(root, SIMULATE);
        double retention = present(root, "desiredRetention") ? retention(root.get("desiredRetention")) : 0.9;
        SimulationConfig config = config(root, retention);
        long cardDays = (long) config.deckSize() * config.learnSpan();
        if (cardDays > MAX_SIMULATE_CARD_DAYS) {
            throw new InvalidInput("deckSize × learnSpan must be at most " + MAX_SIMULATE_CARD_DAYS + ", got "
                    + config.deckSize() + " × " + config.learnSpan() + " = " + cardDays);
        }
        return new Simulation(config, seed(root));
    }

    static Search search(JsonNode root) {
        check(root, SEARCH);
        SimulationConfig config = config(root, 0.9);
        int samples = present(root, "samples") ? wholeNumber(root.get("samples"), "samples", 1, MAX_SAMPLES)
                : DEFAULT_SAMPLES;
        long cardDays = (long) config.deckSize() * config.learnSpan() * samples;
        if (cardDays > MAX_SEARCH_CARD_DAYS) {
            throw new InvalidInput("deckSize × learnSpan × samples must be at most " + MAX_SEARCH_CARD_DAYS
                    + ", got " + config.deckSize() + " × " + config.learnSpan() + " × " + samples + " = " + cardDays);
        }
        long seed = seed(root);
        long[] seeds = new long[samples];
        for (int i = 0; i < samples; i++) {
            seeds[i] = seed + i;
        }
        return new Search(config, seeds);
    }

    private static void check(JsonNode root, Set<String> fields) {
        if (root == null || !root.isObject()) {
            throw new InvalidInput("body must be a JSON object with some of " + fields);
        }
        for (Map.Entry<String, JsonNode> entry : root.entries()) {
            if (!fields.contains(entry.getKey())) {
                throw new InvalidInput(entry.getKey() + " is not a field; expected some of " + fields);
            }
        }
    }

    private static SimulationConfig config(JsonNode root, double retention) {
        Parameters parameters = present(root, "parameters")
                ? ScheduleRequestReader.parameters(root.get("parameters")) : Parameters.defaults();
        int deckSize = present(root, "deckSize")
                ? wholeNumber(root.get("deckSize"), "deckSize", 1, SimulationConfig.MAX_DECK_SIZE) : DEFAULT_DECK_SIZE;
        int learnSpan = present(root, "learnSpan")
                ? wholeNumber(root.get("learnSpan"), "learnSpan", 1, SimulationConfig.MAX_LEARN_SPAN) : DEFAULT_LEARN_SPAN;
        double maxCost = DEFAULT_MAX_COST_PER_DAY;
        if (present(root, "maxCostPerDay")) {
            maxCost = ScheduleRequestReader.finiteNumber(root.get("maxCostPerDay"), "maxCostPerDay");
            if (maxCost <= 0 || maxCost > 86_400) {
                throw new InvalidInput("maxCostPerDay must be seconds in (0, 86400], got " + maxCost);
            }
        }
        SimulationConfig config = SimulationConfig.of(parameters, retention, deckSize, learnSpan, maxCost);
        if (present(root, "learnLimitPerDay")) {
            config = config.withLearnLimitPerDay(
                    wholeNumber(root.get("learnLimitPerDay"), "learnLimitPerDay", 1, SimulationConfig.MAX_DECK_SIZE));
        }
        if (present(root, "maxInterval")) {
            config = config.withMaxInterval(wholeNumber(root.get("maxInterval"), "maxInterval", 1, 36500));
        }
        return config;
    }

    private static double retention(JsonNode node) {
        double r = ScheduleRequestReader.finiteNumber(node, "desiredRetention");
        if (r < SimulationConfig.MIN_RETENTION || r > SimulationConfig.MAX_RETENTION) {
            throw new InvalidInput("desiredRetention must be in [0.70, 0.97], got " + r);
        }
        return r;
    }

    private static long seed(JsonNode root) {
        if (!present(root, "seed")) {
            return DEFAULT_SEED;
        }
        JsonNode node = root.get("seed");
        double value = ScheduleRequestReader.finiteNumber(node, "seed");
        if (value != Math.rint(value) || Math.abs(value) > 9_007_199_254_740_991d) {
            throw new InvalidInput("seed must be a whole number (at most 2^53 in size), got " + node.getNumberValue());
        }
        return node.getLongValue();
    }

    private static int wholeNumber(JsonNode node, String field, int min, int max) {
        double value = ScheduleRequestReader.finiteNumber(node, field);
        if (value != Math.rint(value) || value < min || value > max) {
            throw new InvalidInput(field + " must be a whole number in [" + min + ", " + max + "], got "
                    + node.getNumberValue());
        }
        return (int) value;
    }

    private static boolean present(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node != null && !node.isNull();
    }

    private static Set<String> union(Set<String> set, String extra) {
        java.util.Set<String> all = new java.util.TreeSet<>(set);
        all.add(extra);
        return java.util.Collections.unmodifiableSet(all);
    }
}
