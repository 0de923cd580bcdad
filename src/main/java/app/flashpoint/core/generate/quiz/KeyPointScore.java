package app.flashpoint.core.generate.quiz;

public record KeyPointScore(String keyPoint, double score, int questions) {
    public double fraction() {
        return questions == 0 ? 0 : score / questions;
    }
}
