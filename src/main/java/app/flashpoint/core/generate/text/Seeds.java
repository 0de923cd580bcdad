package app.flashpoint.core.generate.text;

import java.nio.charset.StandardCharsets;

/**
 * Derives a seed from stable parts (learner, attempt, card), so a caller can reproduce any draw without
 * storing it. FNV-1a is used rather than {@code hashCode()} for 64 bits and a documented algorithm.
 */
public final class Seeds {
    private Seeds() {
    }

    public static long of(Object... parts) {
        long hash = 0xcbf29ce484222325L;
        for (Object part : parts) {
            for (byte b : (String.valueOf(part) + '\u0000').getBytes(StandardCharsets.UTF_8)) {
                hash ^= b & 0xff;
                hash *= 0x100000001b3L;
            }
        }
        return hash;
    }
}
