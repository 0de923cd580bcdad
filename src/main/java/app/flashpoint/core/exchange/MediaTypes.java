package app.flashpoint.core.exchange;

import java.util.Optional;

/**
 * The type of a media file, told by its first bytes and never by its name: only images and sounds a browser shows
 * without running anything (no SVG or HTML, which can carry scripts).
 */
public final class MediaTypes {
    private MediaTypes() {
    }

    public static Optional<String> of(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G')) {
            return Optional.of("image/png");
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 0, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'A', 'V', 'E')) {
            return Optional.of("audio/wav");
        }
        if (starts(b, 0, 'O', 'g', 'g', 'S')) {
            return Optional.of("audio/ogg");
        }
        if (starts(b, 0, 'I', 'D', '3') || starts(b, 0, 0xFF, 0xFB) || starts(b, 0, 0xFF, 0xF3) || starts(b, 0, 0xFF, 0xF2)) {
            return Optional.of("audio/mpeg");
        }
        if (starts(b, 4, 'f', 't', 'y', 'p')) {
            return Optional.of("audio/mp4");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
