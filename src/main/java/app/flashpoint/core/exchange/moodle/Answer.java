package app.flashpoint.core.exchange.moodle;

/** One answer as both Moodle formats give it: its text, its credit in percent (-100…100) and its feedback. */
record Answer(String text, double weight, String feedback) {
    boolean full() {
        return weight >= 99.99;
    }

    boolean partial() {
        return weight > 0 && !full();
    }

    String percent() {
        return Answers.percent(weight);
    }
}
