package app.flashpoint.core.fsrs;

/**
 * One card's reviews in time order: grades and whole days since the previous review (0 for the
 * first). Training items are prefixes of it, so they share these arrays instead of copying.
 */
record CardHistory(long cardId, int[] grades, int[] elapsedDays, long[] epochSeconds) {

    int size() {
        return grades.length;
    }
}
