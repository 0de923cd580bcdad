package app.flashpoint.system;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configured limit such as {@code 20/10m}: at most {@code count} at once, and {@code count} more per
 * {@code period} after that, refilled evenly (one every period/count).
 */
public record Rate(long count, Duration period) {
    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*([smhd])\\s*");

    public Rate {
        if (count < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a rate needs a count of at least 1 per a positive period");
        }
    }

    /** "N/Ps", "N/Pm", "N/Ph" or "N/Pd"; a wrong value stops start-up with the expected form. */
    public static Rate parse(String name, String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(name + " = \"" + text + "\": expected count/period such as 20/10m"
                    + " (period unit s, m, h or d)");
        }
        long amount = Long.parseLong(m.group(2));
        Duration period = switch (m.group(3)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return new Rate(Long.parseLong(m.group(1)), period);
    }

    Bandwidth bandwidth() {
        return Bandwidth.builder().capacity(count).refillGreedy(count, period).build();
    }

    BucketConfiguration bucket() {
        return BucketConfiguration.builder().addLimit(bandwidth()).build();
    }

    @Override
    public String toString() {
        return count + "/" + period.toSeconds() + "s";
    }
}
