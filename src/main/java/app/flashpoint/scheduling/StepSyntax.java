package app.flashpoint.scheduling;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Learning steps as Anki users write them: a whole number and a unit, "30s", "1m", "10m", "1h", "1d". */
final class StepSyntax {
    // Six digits are plenty (999999d is ~2700 years) and keep every step far from Duration overflow.
    private static final Pattern STEP = Pattern.compile("([1-9][0-9]{0,5})([smhd])");

    private StepSyntax() {
    }

    static Optional<Duration> parse(String text) {
        Matcher m = STEP.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        });
    }
}
