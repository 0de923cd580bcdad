package app.flashpoint.core.generate.draft;

import app.flashpoint.core.generate.text.Words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TextRank (Mihalcea & Tarau 2004) over TF-IDF cosine similarity between sentences. Chosen over plain
 * TF-IDF scores because centrality rewards a sentence that many others echo, which is what an idea the
 * speaker keeps coming back to looks like; plain TF-IDF rewards rare words, which in an interview are
 * often asides. IDF is computed over the document's own sentences, so no corpus or model is needed.
 * <p>
 * A sentence is linked only to the sentences within {@link #WINDOW} of it. The complete graph is O(n²) in
 * time and memory (a 1 MB document has ~7,000 sentences: a 400 MB weight matrix and seconds of work);
 * the window keeps drafting linear, and a document of up to {@code WINDOW} sentences (the interview has
 * 148) still gets the complete graph, so its ranks are exactly those of plain TextRank.
 */
final class SentenceRank {
    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 40;
    static final int WINDOW = 200;

    private SentenceRank() {
    }

    static double[] of(List<Sentence> sentences) {
        return of(sentences, WINDOW);
    }

    static double[] of(List<Sentence> sentences, int window) {
        int n = sentences.size();
        Vector[] vectors = vectors(sentences);
        // Sparse symmetric graph: per sentence, its linked neighbours in ascending order with their weights,
        // so sums run in the same order as over the rows of a dense matrix.
        var neighbours = new ArrayList<Links>(n);
        for (int i = 0; i < n; i++) {
            neighbours.add(new Links());
        }
        double[] outSum = new double[n];
        double[] scratch = new double[vocabularySize(vectors)];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n && j - i <= window; j++) {
                double w = cosine(vectors[i], vectors[j], scratch);
                outSum[i] += w;
                outSum[j] += w;
                if (w > 0) {
                    neighbours.get(i).add(j, w);
                    neighbours.get(j).add(i, w);
                }
            }
        }
        // Divided once here rather than in every iteration: w / outSum[j] * rank[j] evaluates left to right,
        // so the ranks are bit for bit the same. A linked j has outSum[j] >= w > 0.
        for (Links links : neighbours) {
            for (int k = 0; k < links.size; k++) {
                links.weight[k] /= outSum[links.to[k]];
            }
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                Links links = neighbours.get(i);
                double sum = 0;
                for (int k = 0; k < links.size; k++) {
                    sum += links.weight[k] * rank[links.to[k]];
                }
                next[i] = (1 - DAMPING) + DAMPING * sum;
            }
            rank = next;
        }
        return rank;
    }

    /** TF-IDF vectors as parallel arrays of term ids and weights, with their norms computed once. */
    private static Vector[] vectors(List<Sentence> sentences) {
        int n = sentences.size();
        var maps = new ArrayList<Map<String, Double>>();
        var documentFrequency = new HashMap<String, Integer>();
        for (Sentence s : sentences) {
            var tf = new HashMap<String, Double>();
            Words.contentWords(s.text()).forEach(w -> tf.merge(Words.stem(w), 1.0, Double::sum));
            tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            maps.add(tf);
        }
        var ids = new HashMap<String, Integer>();
        Vector[] vectors = new Vector[n];
        for (int i = 0; i < n; i++) {
            var v = maps.get(i);
            v.replaceAll((t, f) -> f * Math.log((double) n / documentFrequency.get(t)));
            int[] terms = new int[v.size()];
            double[] weights = new double[v.size()];
            int k = 0;
            for (var e : v.entrySet()) {
                terms[k] = ids.computeIfAbsent(e.getKey(), t -> ids.size());
                weights[k++] = e.getValue();
            }
            vectors[i] = new Vector(terms, weights, Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum()));
        }
        return vectors;
    }

    private static int vocabularySize(Vector[] vectors) {
        return Arrays.stream(vectors).flatMapToInt(v -> Arrays.stream(v.terms)).max().orElse(-1) + 1;
    }

    /** {@code scratch} is all zeros on entry and on exit: b is spread into it for O(1) look-ups. */
    private static double cosine(Vector a, Vector b, double[] scratch) {
        for (int k = 0; k < b.terms.length; k++) {
            scratch[b.terms[k]] = b.weights[k];
        }
        double dot = 0;
        for (int k = 0; k < a.terms.length; k++) {
            dot += a.weights[k] * scratch[a.terms[k]];
        }
        for (int term : b.terms) {
            scratch[term] = 0;
        }
        if (dot == 0) {
            return 0;
        }
        return dot / (a.norm * b.norm);
    }

    private record Vector(int[] terms, double[] weights, double norm) {
    }

    private static final class Links {
        int[] to = new int[8];
        double[] weight = new double[8];
        int size;

        void add(int j, double w) {
            if (size == to.length) {
                to = Arrays.copyOf(to, size * 2);
                weight = Arrays.copyOf(weight, size * 2);
            }
            to[size] = j;
            weight[size++] = w;
        }
    }
}
