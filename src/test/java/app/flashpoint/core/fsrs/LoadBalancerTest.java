package app.flashpoint.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LoadBalancerTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    /** A Wednesday, noon. */
    private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

    private static DueLoad loads(Map<Integer, Integer> byOffset) {
        return day -> byOffset.getOrDefault((int) (day.toEpochDay() - TODAY.toEpochDay()), 0);
    }

    @Test
    void theLighterDayIsPickedMostOften() {
        // days 9..11: 11 is empty, 9 and 10 are full
        LoadBalance balance = LoadBalance.of(loads(Map.of(9, 50, 10, 50, 11, 0)), UTC);
        int[] counts = new int[13];
        for (int i = 0; i < 1000; i++) {
            counts[LoadBalancer.pick(9, 11, NOW, balance, (i + 0.5) / 1000)]++;
        }
        assertThat(counts[11]).isGreaterThan(990);
    }

    @Test
    void theSameDrawAndLoadsGiveTheSameDayAndStayInTheRange() {
        var random = new SplittableRandom(7);
        Map<Integer, Integer> byOffset = new HashMap<>();
        for (int d = 0; d < 60; d++) {
            byOffset.put(d, random.nextInt(40));
        }
        LoadBalance balance = LoadBalance.of(loads(byOffset), UTC);
        for (int i = 0; i < 500; i++) {
            double u = random.nextDouble();
            int lower = 2 + random.nextInt(40);
            int upper = lower + random.nextInt(8);
            int day = LoadBalancer.pick(lower, upper, NOW, balance, u);
            assertThat(day).isBetween(lower, upper).isEqualTo(LoadBalancer.pick(lower, upper, NOW, balance, u));
        }
    }

    @Test
    void aMinimumDayIsAvoidedUnlessEveryDayIsMinimum() {
        // offsets 3..7 from Wednesday 1 Jan 2025 are Saturday 4 to Wednesday 8; Sunday is offset 4
        List<EasyDay> sundayMinimum = new ArrayList<>(Collections.nCopies(7, EasyDay.NORMAL));
        sundayMinimum.set(6, EasyDay.MINIMUM);
        // Sunday is empty, the others loaded: plain balancing would love Sunday
        LoadBalance balance = LoadBalance.of(loads(Map.of(3, 30, 5, 30, 6, 30, 7, 30)), UTC, sundayMinimum);
        for (int i = 0; i < 1000; i++) {
            int day = LoadBalancer.pick(3, 7, NOW, balance, i / 1000.0);
            assertThat(TODAY.plusDays(day).getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
        }
        LoadBalance allMinimum = LoadBalance.of(loads(Map.of()), UTC, Collections.nCopies(7, EasyDay.MINIMUM));
        var seen = new java.util.HashSet<Integer>();
        for (int i = 0; i < 1000; i++) {
            seen.add(LoadBalancer.pick(3, 7, NOW, allMinimum, i / 1000.0));
        }
        assertThat(seen).containsExactlyInAnyOrder(3, 4, 5, 6, 7);
    }

    @Test
    void aReducedDayFillsToAboutHalf() {
        // a week of ranges 1..7 days ahead, the load fed back as the picks land: Friday Reduced
        List<EasyDay> levels = new ArrayList<>(Collections.nCopies(7, EasyDay.NORMAL));
        levels.set(4, EasyDay.REDUCED);
        Map<Integer, Integer> byOffset = new HashMap<>();
        LoadBalance balance = LoadBalance.of(loads(byOffset), UTC, levels);
        var random = new SplittableRandom(3);
        for (int i = 0; i < 7000; i++) {
            byOffset.merge(LoadBalancer.pick(1, 7, NOW, balance, random.nextDouble()), 1, Integer::sum);
        }
        int friday = byOffset.get(2); // Friday 3 January
        double others = (7000 - friday) / 6.0;
        assertThat(friday / others).isBetween(0.4, 0.7); // about 0.6: the pick is random, weighted softly
    }

    @Test
    void withoutALoadBalanceTheSchedulerFuzzesAsBefore() {
        Scheduler plain = new Scheduler(SchedulerSettings.defaults());
        Scheduler balanced = plain.withLoadBalance(LoadBalance.of(day -> 0, UTC));
        assertThat(balanced.withLoadBalance(null).loadBalance()).isNull();
        var random = new SplittableRandom(11);
        int differ = 0;
        for (int c = 0; c < 300; c++) {
            CardState card = CardState.newCard(NOW);
            Instant t = NOW;
            for (int r = 0; r < 6; r++) {
                Rating rating = Rating.ofGrade(2 + random.nextInt(3));
                ReviewOutcome p = plain.review(card, rating, t, c);
                ReviewOutcome again = plain.review(card, rating, t, c);
                assertThat(again).isEqualTo(p);
                ReviewOutcome b = balanced.review(card, rating, t, c);
                // an even load: any day of the fuzz range, but a day interval only moves within it
                if (p.scheduledDays() == 0) {
                    assertThat(b).isEqualTo(p);
                } else {
                    int[] range = Fuzz.range(b.scheduledDays(), 1, 36500);
                    assertThat(Math.abs(b.scheduledDays() - p.scheduledDays())).isLessThanOrEqualTo(range[1] - range[0]);
                    differ += b.scheduledDays() != p.scheduledDays() ? 1 : 0;
                }
                assertThat(b.card().stability()).isEqualTo(p.card().stability());
                card = p.card();
                t = card.due();
            }
        }
        // the even load makes the balancer's pick equal the uniform fuzz: same draw, same equal weights
        assertThat(differ).isZero();
    }

    @Test
    void theButtonsStayOrderedWithABalance() {
        Map<Integer, Integer> byOffset = new HashMap<>();
        for (int d = 0; d < 400; d++) {
            byOffset.put(d, (d * 37) % 23);
        }
        Scheduler balanced = new Scheduler(SchedulerSettings.defaults()).withLoadBalance(LoadBalance.of(loads(byOffset), UTC));
        CardState card = CardState.newCard(NOW);
        Instant t = NOW;
        for (int r = 0; r < 8; r++) {
            Preview p = balanced.preview(card, t, 42);
            if (card.state() == State.REVIEW) {
                assertThat(p.hard().scheduledDays()).isLessThan(p.good().scheduledDays());
                assertThat(p.good().scheduledDays()).isLessThan(p.easy().scheduledDays());
            }
            card = p.good().card();
            t = t.plus(p.good().interval());
        }
        assertThat(card.state()).isEqualTo(State.REVIEW);
    }

    /**
     * 1,000 cards, 20 new a day, a simulated learner recalling with the predicted probability, 180 days: the
     * standard deviation of the reviews done per day with plain fuzz and with the load balancer, and with
     * Sunday Minimum the reviews on Sundays. Printed for docs/fsrs.md.
     */
    @Test
    void balancingEvensOutTheDailyLoad() {
        Stats plain = simulate(false, List.of());
        Stats balanced = simulate(true, List.of());
        List<EasyDay> sundayMinimum = new ArrayList<>(Collections.nCopies(7, EasyDay.NORMAL));
        sundayMinimum.set(6, EasyDay.MINIMUM);
        Stats easySunday = simulate(true, sundayMinimum);
        System.out.printf("load balance simulation (1000 cards, 180 days): plain fuzz %s; balanced %s; balanced, Sunday minimum %s%n",
                plain, balanced, easySunday);
        assertThat(balanced.roughness()).isLessThan(plain.roughness() * 0.8);
        // short intervals have no fuzz range to move within, so some Sunday reviews remain
        assertThat(easySunday.sundayShare()).isLessThan(plain.sundayShare() / 2);
    }

    /** {@code roughness}: the SD of each day's count less the mean of the week around it (the trend taken out). */
    record Stats(double sdAll, double sdAfterRamp, double roughness, double mean, double sundayShare, int reviews) {
        @Override
        public String toString() {
            return String.format("reviews %d, mean %.1f/day, SD all days %.2f, SD days 60-179 %.2f, "
                    + "SD from the 7-day mean %.2f, Sunday share %.3f", reviews, mean, sdAll, sdAfterRamp, roughness,
                    sundayShare);
        }
    }

    private static Stats simulate(boolean balance, List<EasyDay> levels) {
        Instant start = Instant.parse("2025-01-06T12:00:00Z"); // a Monday
        LocalDate first = LocalDate.of(2025, 1, 6);
        int cards = 1000;
        int days = 180;
        Map<LocalDate, Integer> dueCount = new HashMap<>();
        Scheduler plain = new Scheduler(SchedulerSettings.defaults());
        Scheduler scheduler = balance
                ? plain.withLoadBalance(levels.isEmpty() ? LoadBalance.of(d -> dueCount.getOrDefault(d, 0), UTC)
                        : LoadBalance.of(d -> dueCount.getOrDefault(d, 0), UTC, levels))
                : plain;
        CardState[] state = new CardState[cards];
        var random = new SplittableRandom(2024);
        int[] perDay = new int[days];
        int introduced = 0;
        for (int day = 0; day < days; day++) {
            Instant now = start.plus(Duration.ofDays(day));
            LocalDate today = first.plusDays(day);
            for (int c = 0; c < introduced; c++) {
                CardState card = state[c];
                if (card.due().isAfter(now)) {
                    continue;
                }
                perDay[day]++;
                dueCount.merge(card.due().atZone(UTC).toLocalDate(), -1, Integer::sum);
                boolean recalled = random.nextDouble() < scheduler.retrievability(card, now);
                card = scheduler.review(card, recalled ? Rating.GOOD : Rating.AGAIN, now, c).card();
                if (!recalled) { // relearnt at once
                    card = scheduler.review(card, Rating.GOOD, now.plus(Duration.ofMinutes(10)), c).card();
                }
                state[c] = card;
                dueCount.merge(card.due().atZone(UTC).toLocalDate(), 1, Integer::sum);
            }
            for (int n = 0; n < 20 && introduced < cards; n++, introduced++) {
                CardState card = scheduler.review(CardState.newCard(now), Rating.GOOD, now, introduced).card();
                card = scheduler.review(card, Rating.GOOD, now.plus(Duration.ofMinutes(10)), introduced).card();
                state[introduced] = card;
                dueCount.merge(card.due().atZone(UTC).toLocalDate(), 1, Integer::sum);
            }
            assertThat(today).isNotNull();
        }
        int total = 0;
        int sunday = 0;
        for (int d = 0; d < days; d++) {
            total += perDay[d];
            if (first.plusDays(d).getDayOfWeek() == DayOfWeek.SUNDAY) {
                sunday += perDay[d];
            }
        }
        double sq = 0;
        for (int d = 3; d < days - 3; d++) {
            double week = 0;
            for (int k = d - 3; k <= d + 3; k++) {
                week += perDay[k];
            }
            sq += Math.pow(perDay[d] - week / 7, 2);
        }
        double roughness = Math.sqrt(sq / (days - 6));
        return new Stats(sd(perDay, 0), sd(perDay, 60), roughness, total / (double) days, sunday / (double) total, total);
    }

    private static double sd(int[] perDay, int from) {
        double mean = 0;
        for (int d = from; d < perDay.length; d++) {
            mean += perDay[d];
        }
        mean /= perDay.length - from;
        double sq = 0;
        for (int d = from; d < perDay.length; d++) {
            sq += (perDay[d] - mean) * (perDay[d] - mean);
        }
        return Math.sqrt(sq / (perDay.length - from));
    }
}
