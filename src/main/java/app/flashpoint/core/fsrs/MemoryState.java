package app.flashpoint.core.fsrs;

/** Stability (days until recall probability falls to 90 %) and difficulty (1..10). */
record MemoryState(double stability, double difficulty) {
}
