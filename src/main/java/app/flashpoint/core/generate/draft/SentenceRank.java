package app.flashpoint.core.generate.draft;

import app.flashpoint.core.generate.text.Words;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TextRank (Mihalcea & Tarau 2004) over TF-IDF cosine similarity between sentences. Chosen over plain
 * TF-IDF scores because centrality rewards a sentence that many others echo, which is what an idea the
 * speaker keeps coming back to looks like; plain TF-IDF rewards rare words, which in an interview are
 * often asides. IDF is computed over the document's own sentences, so no corpus or model is needed.
 */
final class SentenceRank {
    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 40;

    private SentenceRank() {
    }

    static double[] of(List<Sentence> sentences) {
        int n = sentences.size();
        var vectors = new java.util.ArrayList<Map<String, Double>>();
        var documentFrequency = new HashMap<String, Integer>();
        for (Sentence s : sentences) {
            var tf = new HashMap<String, Double>();
            Words.contentWords(s.text()).forEach(w -> tf.merge(Words.stem(w), 1.0, Double::sum));
            tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            vectors.add(tf);
        }
        for (var v : vectors) {
            v.replaceAll((t, f) -> f * Math.log((double) n / documentFrequency.get(t)));
        }
        double[][] weight = new double[n][n];
        double[] outSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double w = cosine(vectors.get(i), vectors.get(j));
                weight[i][j] = w;
                weight[j][i] = w;
                outSum[i] += w;
                outSum[j] += w;
            }
        }
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (outSum[j] > 0 && weight[j][i] > 0) {
                        sum += weight[j][i] / outSum[j] * rank[j];
                    }
                }
                next[i] = (1 - DAMPING) + DAMPING * sum;
            }
            rank = next;
        }
        return rank;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (var e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        if (dot == 0) {
            return 0;
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> v) {
        return Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    }
}
