package app.flashpoint.scheduling;

import app.flashpoint.core.fsrs.Parameters;
import app.flashpoint.core.fsrs.Rating;
import app.flashpoint.core.fsrs.Review;
import app.flashpoint.core.fsrs.SchedulerSettings;
import io.micronaut.json.tree.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the playground's JSON into scheduler input. It walks the JSON tree itself instead of
 * binding a record, so that every mistake, including a wrong type, is reported with the path of
 * the field (e.g. {@code reviews[2].rating}) rather than as a generic binding error.
 */
final class ScheduleRequestReader {
    /** Keeps one response to a few MB; a playground has no use for longer histories. */
    static final int MAX_REVIEWS = 10_000;

    private static final Set<String> FIELDS = Set.of("parameters", "desiredRetention", "learningSteps",
            "relearningSteps", "maximumInterval", "enableFuzz", "reviews");
    private static final Set<String> REVIEW_FIELDS = Set.of("rating", "time");

    private ScheduleRequestReader() {
    }

    static ScheduleRequest read(JsonNode root) {
        if (!root.isObject()) {
            throw new InvalidInput("body must be a JSON object with a \"reviews\" array");
        }
        // Unknown fields are refused so that a typo ("desired_retention") cannot silently fall back to a default.
        for (Map.Entry<String, JsonNode> entry : root.entries()) {
            if (!FIELDS.contains(entry.getKey())) {
                throw new InvalidInput(entry.getKey() + " is not a field; expected some of " + FIELDS);
            }
        }
        // The scheduler's own defaults (FSRS.md), fuzz included, so an empty request shows what the app would do.
        SchedulerSettings defaults = SchedulerSettings.defaults();
        SchedulerSettings settings = new SchedulerSettings(
                present(root, "parameters") ? parameters(root.get("parameters")) : defaults.parameters(),
                present(root, "desiredRetention") ? retention(root.get("desiredRetention")) : defaults.desiredRetention(),
                present(root, "learningSteps") ? steps(root.get("learningSteps"), "learningSteps") : defaults.learningSteps(),
                present(root, "relearningSteps") ? steps(root.get("relearningSteps"), "relearningSteps")
                        : defaults.relearningSteps(),
                present(root, "maximumInterval") ? maximumInterval(root.get("maximumInterval"))
                        : defaults.maximumInterval(),
                present(root, "enableFuzz") ? fuzz(root.get("enableFuzz")) : defaults.enableFuzz());
        return new ScheduleRequest(settings, reviews(root.get("reviews")));
    }

    private static boolean present(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node != null && !node.isNull();
    }

    static Parameters parameters(JsonNode node) {
        if (!node.isArray()) {
            throw new InvalidInput("parameters must be an array of " + Parameters.COUNT + " numbers");
        }
        if (node.size() != Parameters.COUNT) {
            throw new InvalidInput("parameters must have " + Parameters.COUNT + " numbers, got " + node.size());
        }
        double[] weights = new double[Parameters.COUNT];
        for (int i = 0; i < weights.length; i++) {
            String field = "parameters[" + i + "]";
            double w = finiteNumber(node.get(i), field);
            if (w < Parameters.lowerBound(i) || w > Parameters.upperBound(i)) {
                throw new InvalidInput(field + " must be in [" + Parameters.lowerBound(i) + ", "
                        + Parameters.upperBound(i) + "], got " + w);
            }
            weights[i] = w;
        }
        return Parameters.of(weights);
    }

    private static double retention(JsonNode node) {
        double r = finiteNumber(node, "desiredRetention");
        if (r < SchedulerSettings.MIN_RETENTION || r > SchedulerSettings.MAX_RETENTION) {
            throw new InvalidInput("desiredRetention must be in [0.70, 0.99], got " + r);
        }
        return r;
    }

    private static List<Duration> steps(JsonNode node, String field) {
        if (!node.isArray()) {
            throw new InvalidInput(field + " must be an array of steps such as [\"1m\", \"10m\"]");
        }
        List<Duration> steps = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode step = node.get(i);
            String path = field + "[" + i + "]";
            if (!step.isString()) {
                throw new InvalidInput(path + " must be a string such as \"10m\"");
            }
            steps.add(StepSyntax.parse(step.getStringValue()).orElseThrow(() -> new InvalidInput(
                    path + " must be a whole number and a unit s, m, h or d (e.g. \"10m\", \"1d\"), got \""
                            + step.getStringValue() + "\"")));
        }
        return steps;
    }

    private static int maximumInterval(JsonNode node) {
        double days = finiteNumber(node, "maximumInterval");
        if (days != Math.rint(days) || days < 1 || days > 36500) {
            throw new InvalidInput("maximumInterval must be a whole number of days in [1, 36500], got "
                    + node.getNumberValue());
        }
        return (int) days;
    }

    private static boolean fuzz(JsonNode node) {
        if (!node.isBoolean()) {
            throw new InvalidInput("enableFuzz must be true or false");
        }
        return node.getBooleanValue();
    }

    private static List<Review> reviews(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new InvalidInput("reviews is required: an array of {\"rating\": 1-4, \"time\": \"ISO-8601 instant\"}");
        }
        if (!node.isArray()) {
            throw new InvalidInput("reviews must be an array of {\"rating\": 1-4, \"time\": \"ISO-8601 instant\"}");
        }
        if (node.size() == 0) {
            throw new InvalidInput("reviews must not be empty");
        }
        if (node.size() > MAX_REVIEWS) {
            throw new InvalidInput("reviews may hold at most " + MAX_REVIEWS + " reviews, got " + node.size());
        }
        List<Review> reviews = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            Review review = review(node.get(i), "reviews[" + i + "]");
            if (i > 0 && review.time().isBefore(reviews.get(i - 1).time())) {
                throw new InvalidInput("reviews[" + i + "].time " + review.time() + " is before reviews[" + (i - 1)
                        + "].time " + reviews.get(i - 1).time() + "; reviews must be in time order");
            }
            reviews.add(review);
        }
        return reviews;
    }

    private static Review review(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new InvalidInput(path + " must be an object {\"rating\": 1-4, \"time\": \"ISO-8601 instant\"}");
        }
        for (Map.Entry<String, JsonNode> entry : node.entries()) {
            if (!REVIEW_FIELDS.contains(entry.getKey())) {
                throw new InvalidInput(path + "." + entry.getKey() + " is not a field; expected rating and time");
            }
        }
        JsonNode rating = node.get("rating");
        if (rating == null || !rating.isNumber() || rating.getDoubleValue() != Math.rint(rating.getDoubleValue())
                || rating.getDoubleValue() < 1 || rating.getDoubleValue() > 4) {
            throw new InvalidInput(path + ".rating must be 1-4 (1 Again, 2 Hard, 3 Good, 4 Easy), got "
                    + describe(rating));
        }
        JsonNode time = node.get("time");
        if (time == null || !time.isString()) {
            throw new InvalidInput(path + ".time must be an ISO-8601 instant such as \"2024-01-01T08:00:00Z\", got "
                    + describe(time));
        }
        try {
            return new Review(Rating.ofGrade(rating.getIntValue()), Instant.parse(time.getStringValue()));
        } catch (DateTimeParseException e) {
            throw new InvalidInput(path + ".time must be an ISO-8601 instant such as \"2024-01-01T08:00:00Z\", got \""
                    + time.getStringValue() + "\"");
        }
    }

    static double finiteNumber(JsonNode node, String field) {
        if (!node.isNumber() || !Double.isFinite(node.getDoubleValue())) {
            throw new InvalidInput(field + " must be a number, got " + describe(node));
        }
        return node.getDoubleValue();
    }

    static String describe(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        if (node.isString()) {
            return "\"" + node.getStringValue() + "\"";
        }
        if (node.isNumber()) {
            return String.valueOf(node.getNumberValue());
        }
        return node.isNull() ? "null" : node.isArray() ? "an array" : node.isObject() ? "an object"
                : String.valueOf(node.getValue());
    }
}
