package app.flashpoint.core.generate.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Fisher–Yates from an explicit seed: the same seed always gives the same order on any JVM. */
final class Shuffle {
    private Shuffle() {
    }

    static <T> List<T> of(List<T> items, long seed) {
        var random = new SplittableRandom(seed);
        var copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return List.copyOf(copy);
    }
}
