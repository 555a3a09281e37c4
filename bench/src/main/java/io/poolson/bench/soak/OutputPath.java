package io.poolson.bench.soak;

import io.poolson.serializer.Serializer;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Every way the {@link Serializer} statics write a map, each checked against Jackson 2's output. A
 * serializer buffer lent to two calls at once would show here as a wrong output. Stateless.
 */
enum OutputPath {
    TO_JSON {
        @Override
        String mismatch(Expected e) {
            return compare(e.json(), Serializer.toJson(e.map()));
        }
    },
    TO_JSON_BYTES {
        @Override
        String mismatch(Expected e) {
            return compare(e.utf8(), Serializer.toJsonBytes(e.map()));
        }
    },
    WRITE_TO_STREAM {
        @Override
        String mismatch(Expected e) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Serializer.writeTo(e.map(), out);
            return compare(e.utf8(), out.toByteArray());
        }
    },
    WRITE_TO_STRING_BUILDER {
        @Override
        String mismatch(Expected e) {
            StringBuilder out = new StringBuilder();
            Serializer.writeTo(e.map(), out);
            return compare(e.json(), out.toString());
        }
    },
    WRITE_TO_WRITER {
        @Override
        String mismatch(Expected e) {
            StringWriter out = new StringWriter();
            Serializer.writeTo(e.map(), out);
            return compare(e.json(), out.toString());
        }
    },
    /** Into a buffer with bytes before and after, heap or (for documents up to 64 KiB) direct. */
    WRITE_TO_BYTE_BUFFER {
        @Override
        String mismatch(Expected e) {
            int len = e.utf8().length;
            int offset = 3;
            ByteBuffer out = len <= 64 * 1024 && len % 2 == 0
                    ? ByteBuffer.allocateDirect(len + 2 * offset) : ByteBuffer.allocate(len + 2 * offset);
            out.position(offset);
            int written = Serializer.writeTo(e.map(), out);
            if (written != len || out.position() != offset + len) {
                return "returned " + written + " and moved the position to " + out.position() + ", expected "
                        + len + " and " + (offset + len);
            }
            byte[] got = new byte[len];
            out.get(offset, got);
            return compare(e.utf8(), got);
        }
    };

    /** Writes the map this way; null if the output equals Jackson 2's, else what differs. */
    abstract String mismatch(Expected e);

    private static String compare(String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        int at = Arrays.mismatch(expected.toCharArray(), actual.toCharArray());
        return "length " + actual.length() + " vs Jackson's " + expected.length() + ", first difference at char " + at;
    }

    private static String compare(byte[] expected, byte[] actual) {
        int at = Arrays.mismatch(expected, actual);
        return at < 0 ? null
                : "length " + actual.length + " vs Jackson's " + expected.length + ", first difference at byte " + at;
    }
}
