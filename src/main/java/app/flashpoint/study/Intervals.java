package app.flashpoint.study;

import java.time.Duration;
import java.time.Instant;

/** Short interval labels for the rating buttons ("1m", "10m", "3d", "2.5mo", "1.2y"), as Anki shows them. */
final class Intervals {
    private Intervals() {
    }

    static String label(Duration interval) {
        long minutes = interval.toMinutes();
        if (minutes < 60) {
            return Math.max(minutes, 1) + "m";
        }
        if (minutes < 24 * 60) {
            return Math.round(minutes / 60.0) + "h";
        }
        double days = interval.toHours() / 24.0;
        if (days < 30) {
            return Math.round(days) + "d";
        }
        if (days < 365) {
            return oneDecimal(days / 30.4) + "mo";
        }
        return oneDecimal(days / 365.25) + "y";
    }

    /** "now", "in 5 minutes", "in 3 hours", "in 2 days": for the summary's next due date. */
    static String until(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        if (d.isNegative() || d.isZero()) {
            return "now";
        }
        long minutes = (d.toSeconds() + 59) / 60;
        if (minutes < 60) {
            return "in " + minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 48) {
            return "in " + hours + (hours == 1 ? " hour" : " hours");
        }
        return "in " + Math.round(hours / 24.0) + " days";
    }

    private static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    }
}
