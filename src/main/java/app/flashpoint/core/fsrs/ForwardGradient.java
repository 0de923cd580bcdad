package app.flashpoint.core.fsrs;

/**
 * Log loss of one training item and its exact gradient in all 21 weights, by forward-mode
 * differentiation: dS/dw and dD/dw are carried along the card's history, so one pass gives the
 * gradient without a tape. Clamps zero the gradient where they bind, as Burn's autodiff (and
 * fsrs-rs's analytic gradients) do. Not thread-safe: it owns scratch buffers.
 */
final class ForwardGradient {

    private static final int N = Parameters.COUNT;
    private static final double LN_09 = Math.log(0.9);

    private double[] w;
    private double factor;
    private double dFactorDw20;

    private final double[] dS = new double[N];
    private final double[] dD = new double[N];
    private final double[] partialS = new double[N];
    private final double[] nextDS = new double[N];
    private final double[] nextDD = new double[N];

    void setWeights(double[] weights) {
        this.w = weights;
        double e = Math.exp(-LN_09 / weights[20]);
        this.factor = e - 1;
        this.dFactorDw20 = e * LN_09 / (weights[20] * weights[20]);
    }

    /** Weighted log loss of the item; adds its weighted gradient to {@code grad} unless that is null. */
    double accumulate(TrainingItem item, double weight, double[] grad) {
        boolean withGradient = grad != null;
        double s = initialize(item.grade(0), withGradient);
        double d = clampedInitialDifficulty(item.grade(0));
        for (int i = 1; i < item.current(); i++) {
            double[] next = step(s, d, item.elapsedDays(i), item.grade(i), withGradient);
            s = next[0];
            d = next[1];
        }
        double t = item.targetDays();
        double x = 1 + factor * t / s;
        double r = Math.pow(x, -w[20]);
        double y = item.recalled() ? 1 : 0;
        double rSafe = Math.min(Math.max(r, 1e-10), 1 - 1e-10);
        double loss = -(y * Math.log(rSafe) + (1 - y) * Math.log(1 - rSafe)) * weight;
        if (withGradient) {
            double dLossDr = -(y / rSafe - (1 - y) / (1 - rSafe)) * weight;
            double dRdS = w[20] * r / x * factor * t / (s * s);
            double dRdW20 = r * (-Math.log(x) - w[20] / x * (t / s) * dFactorDw20);
            for (int k = 0; k < N; k++) {
                grad[k] += dLossDr * dRdS * dS[k];
            }
            grad[20] += dLossDr * dRdW20;
        }
        return loss;
    }

    private double initialize(int grade, boolean withGradient) {
        double s0 = w[grade - 1];
        if (withGradient) {
            java.util.Arrays.fill(dS, 0);
            java.util.Arrays.fill(dD, 0);
            if (s0 > MemoryModel.S_MIN && s0 < MemoryModel.S_MAX) {
                dS[grade - 1] = 1;
            }
            double e = Math.exp(w[5] * (grade - 1));
            double d0 = w[4] - e + 1;
            if (d0 > MemoryModel.D_MIN && d0 < MemoryModel.D_MAX) {
                dD[4] = 1;
                dD[5] = -(grade - 1) * e;
            }
        }
        return MemoryModel.clamp(s0, MemoryModel.S_MIN, MemoryModel.S_MAX);
    }

    private double clampedInitialDifficulty(int grade) {
        return MemoryModel.clamp(w[4] - Math.exp(w[5] * (grade - 1)) + 1, MemoryModel.D_MIN, MemoryModel.D_MAX);
    }

    private final double[] state = new double[2];

    /** Advances (S, D) and, if asked, their derivatives. Returns a reused [S, D] buffer. */
    private double[] step(double s, double d, int elapsedDays, int grade, boolean withGradient) {
        int gm3 = grade - 3;

        // Difficulty: linear damping, then mean reversion to the unclamped D0(Easy), then clamp.
        double damped = d - w[6] * gm3 * (10 - d) / 9;
        double e3 = Math.exp(3 * w[5]);
        double d0Easy = w[4] - e3 + 1;
        double rawD = w[7] * d0Easy + (1 - w[7]) * damped;
        double newD = MemoryModel.clamp(rawD, MemoryModel.D_MIN, MemoryModel.D_MAX);
        boolean dActive = rawD > MemoryModel.D_MIN && rawD < MemoryModel.D_MAX;

        double newS;
        double dNewSdS;
        double dNewSdD = 0;
        if (withGradient) {
            java.util.Arrays.fill(partialS, 0);
        }
        if (elapsedDays == 0) {
            double sinc = Math.exp(w[17] * (gm3 + w[18])) * Math.pow(s, -w[19]);
            if (grade >= 2 && sinc < 1) {
                newS = s;
                dNewSdS = 1;
            } else {
                newS = s * sinc;
                dNewSdS = (1 - w[19]) * sinc;
                if (withGradient) {
                    partialS[17] = (gm3 + w[18]) * newS;
                    partialS[18] = w[17] * newS;
                    partialS[19] = -newS * Math.log(s);
                }
            }
        } else {
            double t = elapsedDays;
            double x = 1 + factor * t / s;
            double r = Math.pow(x, -w[20]);
            double dRdS = w[20] * r / x * factor * t / (s * s);
            double dRdW20 = r * (-Math.log(x) - w[20] / x * (t / s) * dFactorDw20);
            if (grade == 1) {
                double sMinExp = Math.exp(-w[17] * w[18]);
                double ceiling = s * sMinExp;
                double base = Math.pow(d, -w[12]) * Math.exp(w[14] * (1 - r));
                double p = Math.pow(s + 1, w[13]);
                double lapse = w[11] * base * (p - 1);
                if (ceiling < lapse) {
                    newS = ceiling;
                    dNewSdS = sMinExp;
                    if (withGradient) {
                        partialS[17] = -w[18] * ceiling;
                        partialS[18] = -w[17] * ceiling;
                    }
                } else {
                    newS = lapse;
                    dNewSdS = w[11] * base * w[13] * p / (s + 1) - lapse * w[14] * dRdS;
                    dNewSdD = -w[12] * lapse / d;
                    if (withGradient) {
                        partialS[11] = base * (p - 1);
                        partialS[12] = -lapse * Math.log(d);
                        partialS[13] = w[11] * base * p * Math.log(s + 1);
                        partialS[14] = lapse * (1 - r);
                        partialS[20] = -lapse * w[14] * dRdW20;
                    }
                }
            } else {
                double hard = grade == 2 ? w[15] : 1;
                double easy = grade == 4 ? w[16] : 1;
                double growth = Math.exp(w[8]) * Math.pow(s, -w[9]);
                double base = growth * (11 - d);
                double e = Math.exp(w[10] * (1 - r));
                double inc = base * (e - 1) * hard * easy;
                newS = s * (1 + inc);
                double dIncDr = -base * hard * easy * e * w[10];
                dNewSdS = 1 + inc - w[9] * inc + s * dIncDr * dRdS;
                dNewSdD = -s * growth * (e - 1) * hard * easy;
                if (withGradient) {
                    partialS[8] = s * inc;
                    partialS[9] = -s * inc * Math.log(s);
                    partialS[10] = s * base * hard * easy * e * (1 - r);
                    if (grade == 2) {
                        partialS[15] = s * base * (e - 1) * easy;
                    } else if (grade == 4) {
                        partialS[16] = s * base * (e - 1) * hard;
                    }
                    partialS[20] = s * dIncDr * dRdW20;
                }
            }
        }
        boolean sActive = newS > MemoryModel.S_MIN && newS < MemoryModel.S_MAX;
        newS = MemoryModel.clamp(newS, MemoryModel.S_MIN, MemoryModel.S_MAX);

        if (withGradient) {
            double dDamped = 1 + w[6] * gm3 / 9;
            for (int k = 0; k < N; k++) {
                nextDS[k] = sActive ? partialS[k] + dNewSdS * dS[k] + dNewSdD * dD[k] : 0;
                nextDD[k] = dActive ? (1 - w[7]) * dDamped * dD[k] : 0;
            }
            if (dActive) {
                nextDD[4] += w[7];
                nextDD[5] += -3 * w[7] * e3;
                nextDD[6] += (1 - w[7]) * (-gm3 * (10 - d) / 9);
                nextDD[7] += d0Easy - damped;
            }
            System.arraycopy(nextDS, 0, dS, 0, N);
            System.arraycopy(nextDD, 0, dD, 0, N);
        }
        state[0] = newS;
        state[1] = newD;
        return state;
    }
}
