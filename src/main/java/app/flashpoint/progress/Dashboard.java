package app.flashpoint.progress;

import java.util.List;

/**
 * Everything /progress shows, with chart geometry already computed (the template only places shapes), so
 * the arithmetic is in Java where it is tested. Public because the view layer reads it reflectively.
 */
public record Dashboard(boolean hasReviews, int reviewCount, String today, String zone,
                        Heatmap heatmap, Streaks streaks, Retention retention, Forecast forecast,
                        List<DeckStates> states, List<DeckMastery> mastery, Practice practice) {

    /** One square per day; {@code level} 0-4 picks the shade; {@code x}, {@code y} in SVG units. */
    public record HeatCell(int x, int y, int level, String date, int count) {
        public String label() {
            return date + ": " + count + (count == 1 ? " review" : " reviews");
        }
    }

    public record Label(int x, int y, String text) {
    }

    public record Heatmap(int width, int height, List<HeatCell> cells, List<Label> months, List<Label> weekdays,
                          String from, String to, int total, int activeDays, List<HeatCell> activeCells) {
    }

    public record Streaks(int current, int longest) {
    }

    /** {@code percent} is null for a week without an answer that counts. */
    public record WeekRetention(String weekOf, int passed, int total, Integer percent, int x, int y, int height) {
    }

    public record Retention(int width, int height, int barWidth, int baseline, List<WeekRetention> weeks,
                            int passed, int total, Integer percent) {
    }

    public record ForecastDay(String date, String shortLabel, int count, int x, int y, int height) {
    }

    public record Forecast(int width, int height, int barWidth, int baseline, int max, List<ForecastDay> days,
                           int total, int overdue) {
    }

    /** Segments of a stacked bar, in order new, learning, review, relearning. */
    public record Segment(String state, int count, int x, int width) {
    }

    public record DeckStates(String slug, String title, int total, int newCards, int learning, int review,
                             int relearning, List<Segment> segments) {
    }

    public record KeyPointMastery(String title, String family, int cards, int reviewed, int percent) {
    }

    public record DeckMastery(String slug, String title, int percent, List<KeyPointMastery> keyPoints) {
    }

    public record PracticeDay(String date, String mode, int answers, int passed) {
    }

    /** Cram and self-test answers: logged apart from reviews, never part of streaks, retention or FSRS. */
    public record Practice(int cram, int cramPassed, int test, int testPassed, List<PracticeDay> recent) {
    }
}
