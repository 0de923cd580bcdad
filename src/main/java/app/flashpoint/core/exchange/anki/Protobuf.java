package app.flashpoint.core.exchange.anki;

import app.flashpoint.core.exchange.ImportException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Just enough protobuf to read the latest Anki package's small messages (the {@code meta} version, the
 * {@code media} list, note type and template configs) without protobuf-java: a message is a sequence of
 * (field number, wire type) keys, each followed by a varint (type 0), 8 bytes (1), a length-prefixed
 * payload (2: strings, bytes, nested messages) or 4 bytes (5). Unknown fields are kept and ignored.
 */
public final class Protobuf {
    private final List<Field> fields;

    private Protobuf(List<Field> fields) {
        this.fields = fields;
    }

    /** One field occurrence: {@code varint} for wire type 0, {@code bytes} for type 2. */
    record Field(int number, long varint, byte[] bytes) {
    }

    public static Protobuf parse(byte[] b, String what) {
        var fields = new ArrayList<Field>();
        int[] at = {0};
        while (at[0] < b.length) {
            long key = varint(b, at, what);
            int number = (int) (key >>> 3);
            int wire = (int) (key & 7);
            switch (wire) {
                case 0 -> fields.add(new Field(number, varint(b, at, what), null));
                case 1, 5 -> {
                    int size = wire == 1 ? 8 : 4;
                    need(b, at[0], size, what);
                    at[0] += size;
                }
                case 2 -> {
                    long len = varint(b, at, what);
                    if (len < 0 || len > b.length - at[0]) {
                        throw damaged(what);
                    }
                    fields.add(new Field(number, 0, Arrays.copyOfRange(b, at[0], at[0] + (int) len)));
                    at[0] += (int) len;
                }
                default -> throw damaged(what);
            }
        }
        return new Protobuf(fields);
    }

    /** The last occurrence of a varint field (proto3 semantics), or {@code absent}. */
    public long varint(int number, long absent) {
        long value = absent;
        for (Field f : fields) {
            if (f.number() == number && f.bytes() == null) {
                value = f.varint();
            }
        }
        return value;
    }

    public String string(int number) {
        byte[] value = null;
        for (Field f : fields) {
            if (f.number() == number && f.bytes() != null) {
                value = f.bytes();
            }
        }
        return value == null ? "" : new String(value, StandardCharsets.UTF_8);
    }

    /** Every occurrence of a length-delimited field, in order (a repeated message). */
    public List<byte[]> repeated(int number) {
        return fields.stream().filter(f -> f.number() == number && f.bytes() != null).map(Field::bytes).toList();
    }

    private static long varint(byte[] b, int[] at, String what) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            need(b, at[0], 1, what);
            int x = b[at[0]++] & 0xff;
            value |= (long) (x & 0x7f) << shift;
            if (x < 0x80) {
                return value;
            }
        }
        throw damaged(what);
    }

    private static void need(byte[] b, int at, int n, String what) {
        if (at + n > b.length) {
            throw damaged(what);
        }
    }

    private static ImportException damaged(String what) {
        return new ImportException("not an Anki package: " + what + " is damaged");
    }
}
