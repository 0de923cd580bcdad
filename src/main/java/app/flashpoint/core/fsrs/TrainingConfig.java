package app.flashpoint.core.fsrs;

/** fsrs-rs's training hyper-parameters; the defaults are theirs. */
record TrainingConfig(int epochs, int batchSize, long seed, double learningRate, int maxSequenceLength,
        double l2Strength) {

    static TrainingConfig defaults() {
        return new TrainingConfig(5, 512, 2023, 0.04, 256, 1.0);
    }
}
