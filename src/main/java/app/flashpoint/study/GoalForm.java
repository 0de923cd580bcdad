package app.flashpoint.study;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The "ready by" form as sent: a title, a date and time in the learner's zone, a target in percent, key points. */
@Serdeable
record GoalForm(@Nullable String title, @Nullable String date, @Nullable String time, @Nullable String target,
                @Nullable List<String> keyPoint, @Nullable String csrfToken) {
    static final int MAX_TITLE = 80;
    static final int MAX_DAYS_AHEAD = 366;
    static final List<Integer> TARGETS = List.of(80, 85, 90, 95, 97);

    static GoalForm blank(LocalDate today) {
        return new GoalForm("", today.plusDays(7).toString(), "09:00", "90", List.of(), null);
    }

    List<String> keyPoints() {
        return keyPoint == null ? List.of() : keyPoint;
    }

    public boolean chose(String keyPointId) {
        return keyPoints().contains(keyPointId);
    }

    Map<String, String> problems(Instant now, ZoneId zone, Set<String> deckKeyPoints) {
        var errors = new LinkedHashMap<String, String>();
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > MAX_TITLE) {
            errors.put("title", "Name the goal (up to " + MAX_TITLE + " characters), e.g. “Seminar” or “Final exam”.");
        }
        Instant at = at(zone);
        if (at == null) {
            errors.put("date", "Enter a date and a time, e.g. 2027-01-14 and 09:00.");
        } else if (!at.isAfter(now)) {
            errors.put("date", "Choose a moment in the future.");
        } else if (at.isAfter(now.plus(MAX_DAYS_AHEAD, ChronoUnit.DAYS))) {
            errors.put("date", "Choose a moment within a year; further ahead, the ordinary schedule is the plan.");
        }
        if (percent() == null) {
            errors.put("target", "Choose a target recall.");
        }
        if (!deckKeyPoints.containsAll(keyPoints())) {
            errors.put("keyPoint", "Choose key points of this deck.");
        }
        return errors;
    }

    /** Only after {@link #problems} came back empty. */
    StudyGoalRow toRow(long accountId, String slug, ZoneId zone, long now) {
        return new StudyGoalRow(null, accountId, slug, title.strip(), at(zone).toEpochMilli(), percent() / 100.0,
                String.join(" ", keyPoints()), now);
    }

    private Instant at(ZoneId zone) {
        try {
            LocalDate d = LocalDate.parse(date == null ? "" : date.strip());
            LocalTime t = time == null || time.isBlank() ? LocalTime.of(9, 0) : LocalTime.parse(time.strip());
            return d.atTime(t).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Integer percent() {
        try {
            int p = Integer.parseInt(target == null ? "" : target.strip());
            return TARGETS.contains(p) ? p : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
