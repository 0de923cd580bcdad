package app.flashpoint.study;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The study settings form as sent; {@link #problems} says what to fix, field by field. The leech and sibling
 * fields are radio buttons and a number that older clients do not send: left out, they keep the defaults.
 */
@Serdeable
record SettingsForm(@Nullable String desiredRetention, @Nullable String newPerDay, @Nullable String reviewsPerDay,
                    @Nullable String leechThreshold, @Nullable String leechAction, @Nullable String burySiblings,
                    @Nullable String csrfToken) {
    static final int MAX_NEW_PER_DAY = 1000;
    static final int MAX_REVIEWS_PER_DAY = 10000;
    static final int MAX_LEECH_THRESHOLD = 99;

    static SettingsForm of(StudySettingsRow row) {
        return new SettingsForm(new BigDecimal(String.valueOf(row.desiredRetention())).stripTrailingZeros()
                .toPlainString(), String.valueOf(row.newPerDay()), String.valueOf(row.reviewsPerDay()),
                String.valueOf(row.leechThreshold()), row.leechAction(), row.burySiblings() ? "on" : "off", null);
    }

    Map<String, String> problems() {
        var errors = new LinkedHashMap<String, String>();
        Double retention = number(desiredRetention);
        if (retention == null || retention < 0.70 || retention > 0.99) {
            errors.put("desiredRetention", "Enter a number from 0.70 to 0.99 (0.90 means you aim to recall 90% of "
                    + "cards when they come due).");
        }
        if (whole(newPerDay, MAX_NEW_PER_DAY) == null) {
            errors.put("newPerDay", "Enter a whole number from 0 to " + MAX_NEW_PER_DAY + ".");
        }
        if (whole(reviewsPerDay, MAX_REVIEWS_PER_DAY) == null) {
            errors.put("reviewsPerDay", "Enter a whole number from 0 to " + MAX_REVIEWS_PER_DAY + ".");
        }
        if (threshold() == null) {
            errors.put("leechThreshold", "Enter a whole number from 0 (never) to " + MAX_LEECH_THRESHOLD + ".");
        }
        if (action() == null) {
            errors.put("leechAction", "Choose whether a leech is suspended or only tagged.");
        }
        if (bury() == null) {
            errors.put("burySiblings", "Choose whether to bury an answered card's siblings.");
        }
        return errors;
    }

    /** Only after {@link #problems} came back empty. */
    StudySettingsRow toRow(@Nullable Long id, long accountId, String slug) {
        return new StudySettingsRow(id, accountId, slug, number(desiredRetention), whole(newPerDay, MAX_NEW_PER_DAY),
                whole(reviewsPerDay, MAX_REVIEWS_PER_DAY), threshold(), action(), bury());
    }

    private Integer threshold() {
        return leechThreshold == null ? Integer.valueOf(StudySettingsRow.DEFAULT_LEECH_THRESHOLD)
                : whole(leechThreshold, MAX_LEECH_THRESHOLD);
    }

    private String action() {
        if (leechAction == null) {
            return StudySettingsRow.LEECH_SUSPEND;
        }
        return switch (leechAction) {
            case StudySettingsRow.LEECH_SUSPEND, StudySettingsRow.LEECH_TAG -> leechAction;
            default -> null;
        };
    }

    private Boolean bury() {
        if (burySiblings == null) {
            return true;
        }
        return switch (burySiblings) {
            case "on" -> true;
            case "off" -> false;
            default -> null;
        };
    }

    private static Double number(@Nullable String text) {
        try {
            double value = Double.parseDouble(text == null ? "" : text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer whole(@Nullable String text, int max) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return value >= 0 && value <= max ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
