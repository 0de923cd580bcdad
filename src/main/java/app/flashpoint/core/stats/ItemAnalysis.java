package app.flashpoint.core.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item analysis of a quiz, following Moodle's quiz statistics report (see docs/ITEMS.md, "Item analysis").
 *
 * <p>For s attempts, item marks x_i (max m_i), total T and rest-of-test X_-i = T − x_i:
 * <ul>
 *   <li>facility F = mean(x_i)/m_i (a fraction; "about right" is 35 % ≤ 100·F &lt; 65 %, i.e. 35–64 %);</li>
 *   <li>discrimination index DI = 100·Cov(x_i, X_-i)/√(Var(x_i)·Var(X_-i));</li>
 *   <li>discriminative efficiency DE = 100·Cov(x_i, X_-i)/Cov_max, Cov_max = covariance of the sorted item marks
 *       paired with the sorted rest marks;</li>
 *   <li>Cronbach's alpha = 100·k/(k−1)·(1 − ΣVar(x_i)/Var(T)); ER = 100·√(1 − α/100); SE = ER·SD(T)/100.</li>
 * </ul>
 *
 * <p><b>Variance convention.</b> Sample variance and covariance with denominator s − 1, as Moodle does
 * (its report divides sums of squared deviations by s − 1, and its docs define SD with 1/(s−1)). DI, DE and
 * alpha are ratios of same-denominator moments, so the choice cancels there; it only matters for SD(T) and
 * hence SE. With s − 1 the statistics are undefined for s ≤ 1, which is also where "not enough data" starts.
 *
 * <p><b>Not enough data.</b> Every statistic is {@code null} when s ≤ 1. DI and DE are {@code null} when
 * Var(x_i) or Var(X_-i) is zero (then Cov_max is zero too); alpha, ER and SE are {@code null} when k &lt; 2 or
 * Var(T) is zero. A variance counts as zero when it is below 1e-12·max(1, mean²) (floating-point noise).
 *
 * <p><b>Items.</b> Items are taken in first-seen order. An attempt with no answer for an item scores 0 on it
 * and chose no option; m_i is the largest maxMark reported for the item.
 *
 * <p><b>Distractors.</b> An option is a key when some attempt chose it and earned full marks (mark = maxMark);
 * every other option is a distractor. Options are those declared by the caller plus any chosen. Attempts are
 * ranked by total T descending (ties broken by attemptId ascending, so the split is deterministic); the high
 * group is the first ⌊s/3⌋ attempts and the low group the last ⌊s/3⌋ (for s &lt; 3 the groups are empty and the
 * high/low comparison is skipped). A distractor is flagged {@link OptionFlag#RARELY_CHOSEN} when chosen by
 * fewer than 5 % of attempts, and {@link OptionFlag#FAVOURS_HIGH_SCORERS} when its share in the high group
 * exceeds its share in the low group.
 */
public final class ItemAnalysis {
    private static final double ZERO_VARIANCE = 1e-12;
    private static final double RARE_SHARE = 0.05;

    private ItemAnalysis() {}

    /** Analyses the attempts; options of each item are those actually chosen. */
    public static QuizStatistics of(List<Attempt> attempts) {
        return of(attempts, Map.of());
    }

    /**
     * Analyses the attempts.
     *
     * @param declaredOptions option labels per item id, so that never-chosen distractors are reported too
     */
    public static QuizStatistics of(List<Attempt> attempts, Map<String, List<String>> declaredOptions) {
        int s = attempts.size();
        Map<String, Double> maxMarks = new LinkedHashMap<>();
        for (Attempt attempt : attempts) {
            for (Answer answer : attempt.answers()) {
                maxMarks.merge(answer.itemId(), answer.maxMark(), Math::max);
            }
        }
        List<String> itemIds = new ArrayList<>(maxMarks.keySet());
        int k = itemIds.size();

        double[][] marks = new double[k][s];
        String[][] choices = new String[k][s];
        boolean[][] full = new boolean[k][s];
        double[] totals = new double[s];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < k; i++) {
            index.put(itemIds.get(i), i);
        }
        for (int a = 0; a < s; a++) {
            for (Answer answer : attempts.get(a).answers()) {
                int i = index.get(answer.itemId());
                marks[i][a] = answer.mark();
                choices[i][a] = answer.chosenOption();
                full[i][a] = answer.mark() >= answer.maxMark();
                totals[a] += answer.mark();
            }
        }

        Groups groups = Groups.split(attempts, totals);
        List<ItemStatistics> items = new ArrayList<>(k);
        double sumItemVariance = 0;
        for (int i = 0; i < k; i++) {
            String id = itemIds.get(i);
            items.add(item(id, maxMarks.get(id), marks[i], totals, choices[i], full[i],
                    declaredOptions.getOrDefault(id, List.of()), groups));
            if (s > 1) {
                sumItemVariance += Moments.variance(marks[i]);
            }
        }

        Double alpha = null;
        Double errorRatio = null;
        Double standardError = null;
        if (s > 1 && k >= 2 && !isZero(Moments.variance(totals), Moments.mean(totals))) {
            double varianceT = Moments.variance(totals);
            alpha = 100.0 * k / (k - 1) * (1 - sumItemVariance / varianceT);
            errorRatio = 100.0 * Math.sqrt(Math.max(0, 1 - alpha / 100));
            standardError = errorRatio * Math.sqrt(varianceT) / 100;
        }
        return new QuizStatistics(s, alpha, errorRatio, standardError, items);
    }

    /**
     * Per-item statistics when attempts present different items (each attempt draws its own questions): an
     * item is analysed over only the attempts that presented it, with their totals, as Moodle analyses the
     * questions behind a random slot. Every presented item must be in the attempt (unanswered: mark 0), since
     * an absent item means "not presented" here. When all attempts present the same items this equals
     * {@link #of(List, Map)}'s items. Quiz-level reliability needs the same items in every attempt: compute it
     * over question positions with {@link #of(List)}.
     */
    public static List<PresentedItem> ofPresented(List<Attempt> attempts, Map<String, List<String>> declaredOptions) {
        Set<String> itemIds = new LinkedHashSet<>();
        attempts.forEach(a -> a.answers().forEach(answer -> itemIds.add(answer.itemId())));
        List<PresentedItem> result = new ArrayList<>(itemIds.size());
        for (String id : itemIds) {
            List<Attempt> presenting = attempts.stream()
                    .filter(a -> a.answers().stream().anyMatch(answer -> answer.itemId().equals(id))).toList();
            ItemStatistics statistics = of(presenting, declaredOptions).items().stream()
                    .filter(i -> i.itemId().equals(id)).findFirst().orElseThrow();
            result.add(new PresentedItem(presenting.size(), statistics));
        }
        return result;
    }

    /**
     * One item across quizzes of different lengths and marks. Each attempt that presented the item becomes
     * two fractions: the item's mark over its maximum, and the rest of the attempt's marks over the rest's
     * maximum (0 when the item was the whole quiz). Facility, DI, DE and the option figures are then computed
     * as in {@link #of(List, Map)} on those fractions (the high and low thirds rank attempts by their sum), so
     * a long quiz does not weigh more than a short one. Attempts without the item are ignored.
     */
    public static PresentedItem acrossQuizzes(String itemId, List<Attempt> attempts, List<String> declaredOptions) {
        String rest = itemId + "\u0000rest";
        List<Attempt> scaled = new ArrayList<>();
        for (Attempt attempt : attempts) {
            Answer item = attempt.answers().stream().filter(a -> a.itemId().equals(itemId)).findFirst().orElse(null);
            if (item == null) {
                continue;
            }
            double restMax = 0;
            double restMark = 0;
            for (Answer answer : attempt.answers()) {
                if (answer != item) {
                    restMax += answer.maxMark();
                    restMark += answer.mark();
                }
            }
            scaled.add(new Attempt(attempt.attemptId(), List.of(
                    new Answer(itemId, item.mark() / item.maxMark(), 1, item.chosenOption()),
                    Answer.of(rest, restMax > 0 ? Math.min(1, restMark / restMax) : 0, 1))));
        }
        if (scaled.isEmpty()) {
            return new PresentedItem(0, new ItemStatistics(itemId, 1, null, null, null, Set.of(),
                    options(new String[0], new boolean[0], declaredOptions, Groups.split(List.of(), new double[0]))));
        }
        return new PresentedItem(scaled.size(), of(scaled, Map.of(itemId, declaredOptions)).items().get(0));
    }

    private static ItemStatistics item(String id, double maxMark, double[] x, double[] totals, String[] choices,
            boolean[] full, List<String> declared, Groups groups) {
        int s = x.length;
        Double facility = null;
        Double di = null;
        Double de = null;
        if (s > 1) {
            facility = Moments.mean(x) / maxMark;
            double[] rest = new double[s];
            for (int a = 0; a < s; a++) {
                rest[a] = totals[a] - x[a];
            }
            double varX = Moments.variance(x);
            double varRest = Moments.variance(rest);
            if (!isZero(varX, Moments.mean(x)) && !isZero(varRest, Moments.mean(rest))) {
                double cov = Moments.covariance(x, rest);
                di = 100 * cov / Math.sqrt(varX * varRest);
                de = 100 * cov / Moments.maxCovariance(x, rest);
            }
        }
        List<OptionStatistics> options = options(choices, full, declared, groups);

        Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        if (facility != null) {
            double percent = 100 * facility;
            if (percent < 35) {
                flags.add(ItemFlag.TOO_HARD);
            } else if (percent >= 65) {
                flags.add(ItemFlag.TOO_EASY);
            }
        }
        if (di != null && di < 30) {
            flags.add(ItemFlag.DISCRIMINATION_NEEDS_CHECKING);
        }
        if (di != null && di < 0) {
            flags.add(ItemFlag.LIKELY_WRONG_KEY);
        }
        if (de != null && de < 15) {
            flags.add(ItemFlag.DUBIOUS_EFFICIENCY);
        }
        if (options.stream().anyMatch(o -> !o.flags().isEmpty())) {
            flags.add(ItemFlag.DISTRACTOR_NOT_WORKING);
        }
        return new ItemStatistics(id, maxMark, facility, di, de, flags, options);
    }

    private static List<OptionStatistics> options(String[] choices, boolean[] full, List<String> declared,
            Groups groups) {
        int s = choices.length;
        Set<String> labels = new LinkedHashSet<>(declared);
        Set<String> keys = new LinkedHashSet<>();
        for (int a = 0; a < s; a++) {
            if (choices[a] != null) {
                labels.add(choices[a]);
                if (full[a]) {
                    keys.add(choices[a]);
                }
            }
        }
        List<OptionStatistics> result = new ArrayList<>(labels.size());
        for (String label : labels) {
            int count = 0;
            int high = 0;
            int low = 0;
            for (int a = 0; a < s; a++) {
                if (label.equals(choices[a])) {
                    count++;
                    if (groups.isHigh(a)) {
                        high++;
                    }
                    if (groups.isLow(a)) {
                        low++;
                    }
                }
            }
            boolean key = keys.contains(label);
            Double share = s == 0 ? null : (double) count / s;
            Double highShare = groups.size() == 0 ? null : (double) high / groups.size();
            Double lowShare = groups.size() == 0 ? null : (double) low / groups.size();
            Set<OptionFlag> flags = EnumSet.noneOf(OptionFlag.class);
            if (!key && s > 1) {
                if (share < RARE_SHARE) {
                    flags.add(OptionFlag.RARELY_CHOSEN);
                }
                if (highShare != null && highShare > lowShare) {
                    flags.add(OptionFlag.FAVOURS_HIGH_SCORERS);
                }
            }
            result.add(new OptionStatistics(label, key, count, share, highShare, lowShare, flags));
        }
        return result;
    }

    private static boolean isZero(double variance, double mean) {
        return variance <= ZERO_VARIANCE * Math.max(1, mean * mean);
    }

    /** High and low scoring thirds: ⌊s/3⌋ attempts each, ranked by total desc then attemptId asc. */
    private record Groups(boolean[] high, boolean[] low, int size) {
        static Groups split(List<Attempt> attempts, double[] totals) {
            int s = attempts.size();
            List<Integer> order = new ArrayList<>(s);
            for (int a = 0; a < s; a++) {
                order.add(a);
            }
            order.sort(Comparator.<Integer>comparingDouble(a -> -totals[a])
                    .thenComparing(a -> attempts.get(a).attemptId()));
            int size = s / 3;
            boolean[] high = new boolean[s];
            boolean[] low = new boolean[s];
            for (int r = 0; r < size; r++) {
                high[order.get(r)] = true;
                low[order.get(s - 1 - r)] = true;
            }
            return new Groups(high, low, size);
        }

        boolean isHigh(int a) {
            return high[a];
        }

        boolean isLow(int a) {
            return low[a];
        }
    }
}
