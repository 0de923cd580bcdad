package app.flashpoint.progress;

import app.flashpoint.account.Profiles;
import app.flashpoint.history.ReviewLogRepository;
import app.flashpoint.deck.HomePage;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the learner's day on the home page ({@code day}): the study streak, as the progress page counts it, and
 * today's answers toward their daily goal.
 */
@Singleton
class HomeDayModel implements ViewModelProcessor<Map<String, Object>> {
    /** How far back a streak is counted: a longer one shows as this many days. */
    static final int STREAK_DAYS = 400;

    private final ReviewLogRepository log;
    private final Profiles profiles;
    private final Clock clock;

    HomeDayModel(ReviewLogRepository log, Profiles profiles, Clock clock) {
        this.log = log;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** {@code studiedToday}: whether the streak already counts today (else it is kept alive by studying today). */
    @Introspected
    record Day(int streak, boolean studiedToday, int answeredToday, int goal) {
        public int goalPercent() {
            return Math.min(100, 100 * answeredToday / goal);
        }

        public boolean goalReached() {
            return answeredToday >= goal;
        }
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        var learner = HomePage.learner(request, modelAndView);
        if (learner.isEmpty()) {
            return;
        }
        var model = new HashMap<String, Object>(modelAndView.getModel().orElse(Map.of()));
        model.put("day", day(learner.get().id()));
        modelAndView.setModel(model);
    }

    Day day(long accountId) {
        Profiles.Profile profile = profiles.of(accountId);
        ZoneId zone = profile.zone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        long since = today.minusDays(STREAK_DAYS).atStartOfDay(zone).toInstant().toEpochMilli();
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (long at : log.reviewTimesSince(accountId, since)) {
            perDay.merge(LocalDate.ofInstant(Instant.ofEpochMilli(at), zone), 1, Integer::sum);
        }
        int answered = perDay.getOrDefault(today, 0);
        return new Day(DashboardBuilder.streaks(perDay, today).current(), answered > 0, answered, profile.dailyGoal());
    }
}
