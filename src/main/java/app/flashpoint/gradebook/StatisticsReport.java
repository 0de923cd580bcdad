package app.flashpoint.gradebook;

import app.flashpoint.core.stats.ItemFlag;
import app.flashpoint.core.stats.ItemStatistics;
import app.flashpoint.core.stats.OptionFlag;
import app.flashpoint.core.stats.OptionStatistics;
import app.flashpoint.core.stats.QuizStatistics;
import app.flashpoint.core.stats.ReliabilityRating;

import java.util.List;

/**
 * Item analysis as pages show it. Every figure is text already: a dash stands for "not enough data" (fewer
 * than two attempts, or a variance of zero), which the page explains.
 */
record StatisticsReport(int attempts, String alpha, String errorRatio, String standardError, String reliability,
                        List<ItemLine> items) {

    record ItemLine(ItemTexts.ItemText item, int attempts, String facility, String discrimination,
                    String efficiency, List<String> flags, List<OptionLine> options) {
        public boolean needsChecking() {
            return !flags.isEmpty();
        }
    }

    record OptionLine(String option, boolean key, int count, String share, String high, String low, List<String> flags) {
    }

    static StatisticsReport of(QuizStatistics quiz, List<ItemLine> items) {
        ReliabilityRating rating = quiz.reliability();
        return new StatisticsReport(quiz.attempts(), Figures.decimal(quiz.alpha()), Figures.decimal(quiz.errorRatio()),
                Figures.decimal(quiz.standardError()), rating == null ? Figures.NONE : switch (rating) {
                    case SATISFACTORY -> "satisfactory (above 75)";
                    case ACCEPTABLE -> "acceptable (64 to 75)";
                    case UNSATISFACTORY -> "unsatisfactory (below 64)";
                }, items);
    }

    static ItemLine line(ItemTexts.ItemText item, int attempts, ItemStatistics s) {
        List<String> flags = s.flags().stream().sorted().map(StatisticsReport::words).toList();
        List<OptionLine> options = s.options().stream().map(StatisticsReport::option).toList();
        return new ItemLine(item, attempts, Figures.percent(s.facility()), Figures.decimal(s.discriminationIndex()),
                Figures.decimal(s.discriminativeEfficiency()), flags, options);
    }

    private static OptionLine option(OptionStatistics o) {
        return new OptionLine(o.option(), o.key(), o.count(), Figures.percent(o.share()), Figures.percent(o.highShare()),
                Figures.percent(o.lowShare()), o.flags().stream().sorted().map(f -> f == OptionFlag.RARELY_CHOSEN
                        ? "chosen by under 5%" : "chosen more by high scorers").toList());
    }

    static String words(ItemFlag flag) {
        return switch (flag) {
            case TOO_HARD -> "too hard (facility under 35%)";
            case TOO_EASY -> "too easy (facility 65% or more)";
            case DISCRIMINATION_NEEDS_CHECKING -> "discrimination under 30";
            case LIKELY_WRONG_KEY -> "negative discrimination: check the key";
            case DUBIOUS_EFFICIENCY -> "discriminative efficiency under 15%";
            case DISTRACTOR_NOT_WORKING -> "a distractor is not working";
        };
    }
}
