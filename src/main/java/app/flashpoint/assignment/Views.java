package app.flashpoint.assignment;

/** How the assignment pages write a score. */
final class Views {
    private Views() {
    }

    static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
