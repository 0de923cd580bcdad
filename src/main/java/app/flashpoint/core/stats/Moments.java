package app.flashpoint.core.stats;

import java.util.Arrays;

/** Sample moments (denominator n − 1). Package-private helpers for {@link ItemAnalysis}. */
final class Moments {
    private Moments() {}

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Sample covariance with n − 1 in the denominator; requires n ≥ 2. */
    static double covariance(double[] a, double[] b) {
        double meanA = mean(a);
        double meanB = mean(b);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }
        return sum / (a.length - 1);
    }

    static double variance(double[] values) {
        return covariance(values, values);
    }

    /** Largest covariance attainable by re-pairing the two samples: both sorted ascending. */
    static double maxCovariance(double[] a, double[] b) {
        double[] sa = a.clone();
        double[] sb = b.clone();
        Arrays.sort(sa);
        Arrays.sort(sb);
        return covariance(sa, sb);
    }
}
