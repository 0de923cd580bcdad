package app.flashpoint.progress;

import app.flashpoint.history.ReviewLogRow;
import app.flashpoint.history.ReviewLogRepository;
import app.flashpoint.history.CardStateRow;
import app.flashpoint.history.CardStateRepository;
import app.flashpoint.history.ReviewMode;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.fsrs.Scheduler;
import app.flashpoint.core.fsrs.SchedulerSettings;
import app.flashpoint.core.fsrs.State;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.deck.KeyPointSummary;
import app.flashpoint.account.Profiles;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes a learner's dashboard from their review_log and card_state. Days are calendar days in the
 * learner's zone (their account page's choice, else the server's {@code flashpoint.time-zone}). Weeks start
 * on Monday. "Now" comes from the injected Clock.
 */
@Singleton
class DashboardBuilder {
    static final int HEATMAP_WEEKS = 20;
    static final int RETENTION_WEEKS = 12;
    static final int FORECAST_DAYS = 30;

    // Chart geometry, in SVG user units (the SVGs scale to the page width).
    private static final int CELL = 13;
    private static final int STEP = 16;
    private static final int HEAT_LEFT = 30;
    private static final int HEAT_TOP = 16;
    private static final int PLOT_LEFT = 36;
    private static final int PLOT_TOP = 10;
    private static final int PLOT_HEIGHT = 100;
    private static final int STACK_WIDTH = 300;

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final ReviewLogRepository log;
    private final CardStateRepository cardStates;
    private final VisibleDecks decks;
    private final PersonalWeights weights;
    private final Clock clock;
    private final Profiles profiles;

    DashboardBuilder(ReviewLogRepository log, CardStateRepository cardStates, VisibleDecks decks, PersonalWeights weights,
                     Clock clock, Profiles profiles) {
        this.log = log;
        this.cardStates = cardStates;
        this.decks = decks;
        this.weights = weights;
        this.clock = clock;
        this.profiles = profiles;
    }

    Dashboard build(CurrentAccount learner) {
        long accountId = learner.id();
        Instant now = clock.instant();
        ZoneId zone = profiles.zone(accountId);
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<ReviewLogRow> all = log.history(accountId);
        List<ReviewLogRow> reviews = all.stream().filter(r -> r.mode().equals(ReviewMode.REVIEW.code())).toList();
        List<CardStateRow> states = cardStates.findByAccountId(accountId);
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        reviews.forEach(r -> perDay.merge(day(r.reviewedAt(), zone), 1, Integer::sum));
        List<VisibleDecks.Entry> deckCards = decks.all(learner);
        return new Dashboard(!reviews.isEmpty(), reviews.size(), today.toString(), zone.getId(),
                heatmap(perDay, today), streaks(perDay, today), retention(reviews, today, zone),
                forecast(states, today, zone), states(deckCards, states),
                mastery(deckCards, states, now, accountId), practice(all, zone));
    }

    private static LocalDate day(long epochMillis, ZoneId zone) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), zone);
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    Dashboard.Heatmap heatmap(Map<LocalDate, Integer> perDay, LocalDate today) {
        LocalDate first = monday(today).minusWeeks(HEATMAP_WEEKS - 1);
        int max = perDay.entrySet().stream().filter(e -> !e.getKey().isBefore(first) && !e.getKey().isAfter(today))
                .mapToInt(Map.Entry::getValue).max().orElse(0);
        List<Dashboard.HeatCell> cells = new ArrayList<>();
        List<Dashboard.Label> months = new ArrayList<>();
        int total = 0;
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            int column = (int) ChronoUnit.WEEKS.between(first, d);
            int row = d.getDayOfWeek().getValue() - 1;
            int count = perDay.getOrDefault(d, 0);
            total += count;
            // Four shades relative to the busiest day, so a light learner's map is not all pale.
            int level = count == 0 ? 0 : Math.max(1, (int) Math.ceil(4.0 * count / max));
            cells.add(new Dashboard.HeatCell(HEAT_LEFT + column * STEP, HEAT_TOP + row * STEP, level, d.toString(), count));
            if (row == 0 && (d.equals(first) || d.getDayOfMonth() <= 7)) {
                months.add(new Dashboard.Label(HEAT_LEFT + column * STEP, HEAT_TOP - 4,
                        d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
            }
        }
        List<Dashboard.Label> weekdays = List.of(new Dashboard.Label(0, HEAT_TOP + 10, "Mon"),
                new Dashboard.Label(0, HEAT_TOP + 2 * STEP + 10, "Wed"),
                new Dashboard.Label(0, HEAT_TOP + 4 * STEP + 10, "Fri"));
        List<Dashboard.HeatCell> active = cells.stream().filter(c -> c.count() > 0).toList();
        return new Dashboard.Heatmap(HEAT_LEFT + HEATMAP_WEEKS * STEP, HEAT_TOP + 7 * STEP, cells, months, weekdays,
                first.toString(), today.toString(), total, active.size(), active);
    }

    /**
     * A streak is a run of consecutive days with at least one review. The current streak is still alive
     * when today has no review yet but yesterday had (the day is not over); it counts back from there.
     */
    static Dashboard.Streaks streaks(Map<LocalDate, Integer> perDay, LocalDate today) {
        TreeSet<LocalDate> days = new TreeSet<>(perDay.keySet());
        days.removeIf(d -> d.isAfter(today));
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate d : days) {
            run = previous != null && previous.plusDays(1).equals(d) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = d;
        }
        int current = 0;
        LocalDate d = days.contains(today) ? today : today.minusDays(1);
        while (days.contains(d)) {
            current++;
            d = d.minusDays(1);
        }
        return new Dashboard.Streaks(current, longest);
    }

    /**
     * True retention: among review-mode answers given at least 24 h after the same card's previous
     * review-mode answer (see {@link TrainingItems}), the share rated Hard, Good or Easy. review_log has no
     * state column; this is the usual proxy for "answers on cards in the Review state", excluding
     * (re)learning steps, which fall within the day.
     */
    Dashboard.Retention retention(List<ReviewLogRow> reviews, LocalDate today, ZoneId zone) {
        LocalDate first = monday(today).minusWeeks(RETENTION_WEEKS - 1);
        Map<LocalDate, int[]> byWeek = new HashMap<>();
        TrainingItems.forEach(reviews, r -> {
            int[] counts = byWeek.computeIfAbsent(monday(day(r.reviewedAt(), zone)), w -> new int[2]);
            counts[0] += r.passed() ? 1 : 0;
            counts[1]++;
        });
        List<Dashboard.WeekRetention> weeks = new ArrayList<>();
        int passed = 0;
        int total = 0;
        int barWidth = 24;
        for (int i = 0; i < RETENTION_WEEKS; i++) {
            LocalDate week = first.plusWeeks(i);
            int[] c = byWeek.getOrDefault(week, new int[2]);
            passed += c[0];
            total += c[1];
            Integer percent = percent(c[0], c[1]);
            int height = percent == null ? 0 : percent * PLOT_HEIGHT / 100;
            weeks.add(new Dashboard.WeekRetention(week.format(SHORT), c[0], c[1], percent,
                    PLOT_LEFT + i * (barWidth + 12), PLOT_TOP + PLOT_HEIGHT - height, height));
        }
        return new Dashboard.Retention(PLOT_LEFT + RETENTION_WEEKS * (barWidth + 12), PLOT_TOP + PLOT_HEIGHT + 20,
                barWidth, PLOT_TOP + PLOT_HEIGHT, weeks, passed, total, percent(passed, total));
    }

    /** Cards due on each of the next 30 days; overdue cards are due today. New cards are not scheduled. */
    Dashboard.Forecast forecast(List<CardStateRow> states, LocalDate today, ZoneId zone) {
        int[] counts = new int[FORECAST_DAYS];
        int overdue = 0;
        for (CardStateRow s : states) {
            if (s.isNew()) {
                continue;
            }
            long offset = ChronoUnit.DAYS.between(today, day(s.due(), zone));
            if (offset < 0) {
                overdue++;
            }
            if (offset < FORECAST_DAYS) {
                counts[(int) Math.max(0, offset)]++;
            }
        }
        int max = java.util.Arrays.stream(counts).max().orElse(0);
        int barWidth = 12;
        List<Dashboard.ForecastDay> days = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < FORECAST_DAYS; i++) {
            LocalDate d = today.plusDays(i);
            int height = max == 0 ? 0 : (int) Math.round((double) PLOT_HEIGHT * counts[i] / max);
            total += counts[i];
            days.add(new Dashboard.ForecastDay(d.toString(), i == 0 ? "today" : d.format(SHORT), counts[i],
                    PLOT_LEFT + i * (barWidth + 4), PLOT_TOP + PLOT_HEIGHT - height, height));
        }
        return new Dashboard.Forecast(PLOT_LEFT + FORECAST_DAYS * (barWidth + 4), PLOT_TOP + PLOT_HEIGHT + 20, barWidth,
                PLOT_TOP + PLOT_HEIGHT, max, days, total, overdue);
    }

    /** Per deck: its real card count; cards without a (non-new) card_state row are New. */
    static List<Dashboard.DeckStates> states(List<VisibleDecks.Entry> decks, List<CardStateRow> states) {
        Map<String, Map<String, Long>> byDeck = states.stream().filter(s -> !s.isNew()).collect(Collectors.groupingBy(
                CardStateRow::deckSlug, Collectors.groupingBy(CardStateRow::state, Collectors.counting())));
        List<Dashboard.DeckStates> result = new ArrayList<>();
        for (VisibleDecks.Entry deck : decks) {
            Map<String, Long> c = byDeck.getOrDefault(deck.detail().slug(), Map.of());
            int learning = c.getOrDefault(State.LEARNING.name(), 0L).intValue();
            int review = c.getOrDefault(State.REVIEW.name(), 0L).intValue();
            int relearning = c.getOrDefault(State.RELEARNING.name(), 0L).intValue();
            int total = Math.max(deck.cards().size(), learning + review + relearning);
            if (total == 0) {
                continue;
            }
            int fresh = total - learning - review - relearning;
            List<Dashboard.Segment> segments = new ArrayList<>();
            int x = 0;
            int[] counts = {fresh, learning, review, relearning};
            String[] names = {"new", "learning", "review", "relearning"};
            for (int i = 0; i < counts.length; i++) {
                int width = (int) Math.round((double) STACK_WIDTH * counts[i] / total);
                if (i == counts.length - 1) {
                    width = STACK_WIDTH - x; // rounding leftovers go to the last segment so the bar is always full
                }
                segments.add(new Dashboard.Segment(names[i], counts[i], x, counts[i] == 0 ? 0 : width));
                x += counts[i] == 0 ? 0 : width;
            }
            result.add(new Dashboard.DeckStates(deck.detail().slug(), deck.detail().title(), total, fresh, learning,
                    review, relearning, segments));
        }
        return result;
    }

    /**
     * Mastery of a key point: the mean probability of recall now over its cards, by the learner's own
     * weights; a card never reviewed counts as 0. Only decks the learner has started are listed.
     */
    List<Dashboard.DeckMastery> mastery(List<VisibleDecks.Entry> decks, List<CardStateRow> states, Instant now,
                                        long accountId) {
        Map<String, CardStateRow> byCard = LearnerMastery.reviewedCards(states);
        if (byCard.isEmpty()) {
            return List.of();
        }
        Scheduler scheduler = new Scheduler(SchedulerSettings.defaults().withParameters(weights.forAccount(accountId)));
        List<Dashboard.DeckMastery> result = new ArrayList<>();
        for (VisibleDecks.Entry deck : decks) {
            if (deck.cards().stream().noneMatch(c -> byCard.containsKey(c.id()))) {
                continue;
            }
            Map<String, List<Card>> byKeyPoint = deck.cards().stream().collect(Collectors.groupingBy(Card::keyPoint));
            List<Dashboard.KeyPointMastery> keyPoints = new ArrayList<>();
            double deckSum = 0;
            for (KeyPointSummary k : deck.detail().keyPoints()) {
                List<Card> cards = byKeyPoint.getOrDefault(k.id(), List.of());
                if (cards.isEmpty()) {
                    continue;
                }
                LearnerMastery.Recall recall = LearnerMastery.recall(cards, byCard, scheduler, now);
                deckSum += recall.sum();
                keyPoints.add(new Dashboard.KeyPointMastery(k.title(), k.family(), cards.size(), recall.reviewed(),
                        (int) Math.round(100 * recall.sum() / cards.size())));
            }
            result.add(new Dashboard.DeckMastery(deck.detail().slug(), deck.detail().title(),
                    (int) Math.round(100 * deckSum / deck.cards().size()), keyPoints));
        }
        return result;
    }

    /** Cram and self-test answers per day (latest 10 days with any), kept apart from reviews. */
    Dashboard.Practice practice(List<ReviewLogRow> all, ZoneId zone) {
        int[] cram = new int[2];
        int[] test = new int[2];
        Map<String, int[]> byDayAndMode = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (ReviewLogRow r : all) {
            int[] c = switch (r.reviewMode()) {
                case CRAM -> cram;
                case TEST -> test;
                case REVIEW -> null;
            };
            if (c == null) {
                continue;
            }
            c[0]++;
            c[1] += r.passed() ? 1 : 0;
            int[] d = byDayAndMode.computeIfAbsent(day(r.reviewedAt(), zone) + " " + r.mode(), k -> new int[2]);
            d[0]++;
            d[1] += r.passed() ? 1 : 0;
        }
        List<Dashboard.PracticeDay> recent = byDayAndMode.entrySet().stream().limit(10).map(e -> {
            String[] parts = e.getKey().split(" ");
            return new Dashboard.PracticeDay(parts[0], parts[1].equals(ReviewMode.CRAM.code()) ? "Cram" : "Self-test",
                    e.getValue()[0], e.getValue()[1]);
        }).toList();
        return new Dashboard.Practice(cram[0], cram[1], test[0], test[1], recent);
    }

    private static Integer percent(int part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}
