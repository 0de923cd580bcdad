package app.flashpoint.core.exchange.moodle;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A numerical answer: the number as Flashpoint will accept it (as text), and the tolerance Moodle gave it,
 * which Flashpoint cannot keep. {@code range} is the "min..max" it was written as, if it was.
 */
record NumericAnswer(String value, BigDecimal tolerance, String range, double weight, String feedback) {

    /**
     * Reads GIFT's {@code 1822}, {@code 3.1415:0.0005} or {@code 3.141..3.142}; empty if it is not a number.
     * A range becomes its midpoint with half its width as tolerance, as Moodle itself stores it.
     */
    static Optional<NumericAnswer> parse(String written, double weight, String feedback) {
        String s = written.strip();
        try {
            int dots = s.indexOf("..");
            if (dots > 0) {
                var min = new BigDecimal(s.substring(0, dots).strip());
                var max = new BigDecimal(s.substring(dots + 2).strip());
                var half = max.subtract(min).divide(BigDecimal.valueOf(2));
                return Optional.of(new NumericAnswer(plain(min.add(half)), half.abs(), s, weight, feedback));
            }
            int colon = s.indexOf(':');
            if (colon > 0) {
                return Optional.of(new NumericAnswer(plain(new BigDecimal(s.substring(0, colon).strip())),
                        new BigDecimal(s.substring(colon + 1).strip()), null, weight, feedback));
            }
            return Optional.of(new NumericAnswer(plain(new BigDecimal(s)), BigDecimal.ZERO, null, weight, feedback));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    static Optional<NumericAnswer> of(String value, String tolerance, double weight, String feedback) {
        try {
            var tol = tolerance == null || tolerance.isBlank() ? BigDecimal.ZERO : new BigDecimal(tolerance.strip());
            return Optional.of(new NumericAnswer(plain(new BigDecimal(value.strip())), tol, null, weight, feedback));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean hasTolerance() {
        return tolerance.signum() != 0;
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
