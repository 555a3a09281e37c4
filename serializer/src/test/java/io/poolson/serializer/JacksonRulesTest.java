package io.poolson.serializer;

import static io.poolson.serializer.JacksonOracle.assertAllOutputsMatch;
import static io.poolson.serializer.JacksonOracle.jacksonBytes;
import static io.poolson.serializer.JacksonOracle.jacksonString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The rules of Jackson 2's default ObjectMapper, each learned by running Jackson 2.22 and kept here as
 * a named test: every test compares all of poolson's outputs with Jackson's on the same JVM and also
 * asserts the rule itself on Jackson's output, so a Jackson upgrade that changes a rule fails by name.
 */
class JacksonRulesTest {
    enum Color {
        RED,
        GREEN {
            @Override
            public String toString() {
                return "green-ish";
            }
        }
    }

    private static Map<String, Object> single(Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", value);
        return m;
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void jacksonUsesShortEscapesOnlyForBackspaceTabNewlineFormfeedReturn() {
        String json = assertAllOutputsMatch(single("\b\t\n\f\r"));
        assertEquals("{\"k\":\"\\b\\t\\n\\f\\r\"}", json);
    }

    @Test
    void jacksonEscapesOtherControlsAsUpperCaseU00XX() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            all.append(c);
        }
        String json = assertAllOutputsMatch(single(all.toString()));
        assertTrue(json.contains("\\u0000") && json.contains("\\u000B") && json.contains("\\u001F"), json);
        assertFalse(json.contains("\\u000b"), json);
    }

    @Test
    void jacksonEscapesQuoteAndBackslashButNotSlashOrDel() {
        String json = assertAllOutputsMatch(single("\"\\/\u007f"));
        assertEquals("{\"k\":\"\\\"\\\\/\u007f\"}", json);
    }

    @Test
    void jacksonWritesNonAsciiUnescapedIncludingLineSeparators() {
        String json = assertAllOutputsMatch(single("\u0080é\u07ff\u0800\u2028\u2029\ufeff\uffff"));
        assertEquals("{\"k\":\"\u0080é\u07ff\u0800\u2028\u2029\ufeff\uffff\"}", json);
    }

    @Test
    void jacksonCharOutputPassesSurrogatesThrough() {
        String value = "\ud83d\ude00 a\ud800b \udc00";
        assertEquals("{\"k\":\"" + value + "\"}", assertAllOutputsMatch(single(value)));
    }

    @Test
    void jacksonEscapesEverySurrogateInUtf8OutputPairedOrLone() {
        Map<String, Object> m = single("\ud83d\ude00|\ud800|\udfff");
        assertAllOutputsMatch(m);
        assertEquals("{\"k\":\"\\uD83D\\uDE00|\\uD800|\\uDFFF\"}", utf8(jacksonBytes(m)));
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("\ud83d\ude00", 'x');
        assertAllOutputsMatch(key);
        assertEquals("{\"\\uD83D\\uDE00\":\"x\"}", utf8(jacksonBytes(key)));
    }

    @Test
    void jacksonEscapesLoneSurrogateCharacterValueInUtf8Output() {
        Map<String, Object> m = single('\ud800');
        assertAllOutputsMatch(m);
        assertEquals("{\"k\":\"\\uD800\"}", utf8(jacksonBytes(m)));
        assertEquals("{\"k\":\"\ud800\"}", jacksonString(m));
    }

    @Test
    void jacksonQuotesNaNAndInfinities() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("d", Double.NaN);
        m.put("p", Double.POSITIVE_INFINITY);
        m.put("n", Double.NEGATIVE_INFINITY);
        m.put("f", Float.NaN);
        m.put("fi", Float.NEGATIVE_INFINITY);
        m.put("arr", new double[] {Double.NaN, 1});
        m.put("farr", new float[] {Float.POSITIVE_INFINITY});
        String json = assertAllOutputsMatch(m);
        assertEquals("{\"d\":\"NaN\",\"p\":\"Infinity\",\"n\":\"-Infinity\",\"f\":\"NaN\",\"fi\":\"-Infinity\","
                + "\"arr\":[\"NaN\",1.0],\"farr\":[\"Infinity\"]}", json);
    }

    @Test
    void jacksonWritesDoublesAsDoubleToStringOfTheRunningJdk() {
        // 2e23 is "1.9999999999999998E23" on JDK 17 and "2.0E23" from JDK 19 (JDK-4511638): both JDKs agree
        // with Jackson because both use Double.toString.
        double[] ds = {-0.0, 0.0, 1.0, 1e7, 1e-3, 1e-4, 2e23, 1e23, 4.9e-324, Double.MAX_VALUE, 123456789.125, 0.1 + 0.2};
        for (double d : ds) {
            String json = assertAllOutputsMatch(single(d));
            assertEquals("{\"k\":" + Double.toString(d) + "}", json);
        }
    }

    @Test
    void jacksonWritesFloatsAsFloatToString() {
        for (float f : new float[] {-0.0f, 1.1f, 1e7f, 1e-5f, 3.4e38f, 1.4e-45f, 0.1f}) {
            assertEquals("{\"k\":" + Float.toString(f) + "}", assertAllOutputsMatch(single(f)));
        }
    }

    @Test
    void jacksonWritesBigDecimalWithToStringNotToPlainString() {
        for (String s : new String[] {"1E+3", "1E-10", "0.000001", "-12.50", "123456789012345678901234567890.5"}) {
            BigDecimal d = new BigDecimal(s);
            assertEquals("{\"k\":" + d + "}", assertAllOutputsMatch(single(d)));
        }
    }

    @Test
    void jacksonWritesIntegralBoxesBigIntegersAndAtomicsAsNumbers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", (short) -5);
        m.put("b", (byte) -128);
        m.put("i", Integer.MIN_VALUE);
        m.put("l", Long.MIN_VALUE);
        m.put("L", Long.MAX_VALUE);
        m.put("bi", new BigInteger("-123456789012345678901234567890"));
        m.put("ai", new AtomicInteger(7));
        m.put("al", new AtomicLong(-8));
        m.put("ab", new AtomicBoolean(true));
        assertEquals("{\"s\":-5,\"b\":-128,\"i\":-2147483648,\"l\":-9223372036854775808,\"L\":9223372036854775807,"
                + "\"bi\":-123456789012345678901234567890,\"ai\":7,\"al\":-8,\"ab\":true}", assertAllOutputsMatch(m));
    }

    @Test
    void jacksonWritesEnumValuesAndKeysByNameNotToString() {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(Color.GREEN, Color.GREEN);
        m.put(Color.RED, List.of(Color.RED));
        assertEquals("{\"GREEN\":\"GREEN\",\"RED\":[\"RED\"]}", assertAllOutputsMatch(m));
    }

    @Test
    void jacksonWritesNonStringKeysByToString() {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(1, "int");
        m.put(Long.MIN_VALUE, "long");
        m.put((short) 3, "short");
        m.put((byte) -4, "byte");
        m.put(-0.0, "-0.0");
        m.put(Double.NaN, "NaN");
        m.put(Double.POSITIVE_INFINITY, "inf");
        m.put(1.5f, "float");
        m.put('"', "char");
        m.put(true, "bool");
        m.put(new BigDecimal("1E+3"), "bigdec");
        m.put(new BigInteger("5"), "bigint");
        m.put(new AtomicInteger(9), "ai");
        m.put(new AtomicLong(10), "al");
        m.put(new AtomicBoolean(false), "ab");
        m.put(new StringBuilder("sb\n"), "cs");
        String json = assertAllOutputsMatch(m);
        assertTrue(json.startsWith("{\"1\":\"int\",\"-9223372036854775808\":\"long\",\"3\":\"short\",\"-4\":\"byte\","
                + "\"-0.0\":\"-0.0\",\"NaN\":\"NaN\",\"Infinity\":\"inf\",\"1.5\":\"float\",\"\\\"\":\"char\","
                + "\"true\":\"bool\",\"1E+3\":\"bigdec\""), json);
    }

    @Test
    void jacksonWritesNestedMapsWithNonStringKeysTheSameWay() {
        Map<Object, Object> inner = new LinkedHashMap<>();
        inner.put(2L, 'c');
        assertEquals("{\"n\":{\"1\":[{\"2\":\"c\"}]}}", assertAllOutputsMatch(single(Map.of(1, List.of(inner)))).replace("\"k\":", "\"n\":"));
    }

    @Test
    void jacksonWritesByteArraysAsPaddedStandardBase64WithoutLineBreaks() {
        byte[] big = new byte[200];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 37);
        }
        for (byte[] b : new byte[][] {{}, {(byte) 0xfb, (byte) 0xff}, {1, 2, 3}, big}) {
            assertEquals("{\"k\":\"" + Base64.getEncoder().encodeToString(b) + "\"}", assertAllOutputsMatch(single(b)));
        }
    }

    @Test
    void jacksonWritesCharArraysAsStrings() {
        assertEquals("{\"k\":\"a\\n\\\"\ud800\"}", assertAllOutputsMatch(single(new char[] {'a', '\n', '"', '\ud800'})));
    }

    @Test
    void jacksonWritesPrimitiveAndObjectArraysAsArrays() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("i", new int[] {1, -2, Integer.MAX_VALUE});
        m.put("l", new long[] {Long.MAX_VALUE});
        m.put("s", new short[] {1, -2});
        m.put("z", new boolean[] {true, false});
        m.put("d", new double[] {1.0, -0.0});
        m.put("f", new float[] {1.5f});
        m.put("o", new Object[] {1, "a", null, new int[0], new String[] {"x", null}});
        m.put("e", new Object[0]);
        assertEquals("{\"i\":[1,-2,2147483647],\"l\":[9223372036854775807],\"s\":[1,-2],\"z\":[true,false],"
                + "\"d\":[1.0,-0.0],\"f\":[1.5],\"o\":[1,\"a\",null,[],[\"x\",null]],\"e\":[]}", assertAllOutputsMatch(m));
    }

    @Test
    void jacksonWritesCollectionsAndOtherIterablesAsArrays() {
        Iterable<Object> iterable = () -> List.<Object>of(1, List.of(), Map.of()).iterator();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("list", Arrays.asList(1, "x", null));
        m.put("set", new LinkedHashSet<>(List.of(3, 1)));
        m.put("iterable", iterable);
        m.put("empty", new ArrayList<>());
        m.put("emptyMap", new HashMap<>());
        assertEquals("{\"list\":[1,\"x\",null],\"set\":[3,1],\"iterable\":[1,[],{}],\"empty\":[],\"emptyMap\":{}}",
                assertAllOutputsMatch(m));
    }

    @Test
    void jacksonWritesCharSequencesAsStrings() {
        assertEquals("{\"k\":\"s\\\"b\\u0001\"}", assertAllOutputsMatch(single(new StringBuilder("s\"b\u0001"))));
    }

    /**
     * Jackson writes other CharSequences by toString(); poolson reads length() and charAt(), which agree
     * for every CharSequence that keeps its contract. A CharBuffer makes Jackson 2 fail (it tries a bean
     * serializer); poolson writes it as the string it is.
     */
    @Test
    void charBufferIsAStringForUsThoughJacksonFailsOnIt() {
        Map<String, Object> m = single(java.nio.CharBuffer.wrap("c\\\n"));
        assertThrows(JsonProcessingException.class, () -> JacksonOracle.JACKSON.writeValueAsString(m));
        assertEquals(jacksonString(single("c\\\n")), Serializer.toJson(m));
    }

    @Test
    void jacksonWritesNullValues() {
        assertEquals("{\"k\":null}", assertAllOutputsMatch(single(null)));
    }

    @Test
    void jacksonRejectsOptionalWithoutTheJdk8ModuleAndSoDoWe() {
        Map<String, Object> m = single(Optional.of(1));
        assertThrows(JsonProcessingException.class, () -> JacksonOracle.JACKSON.writeValueAsString(m));
        JsonSerializationException e = assertThrows(JsonSerializationException.class, () -> Serializer.toJson(m));
        assertTrue(e.getMessage().contains("java.util.Optional") && e.getMessage().contains("jdk8"), e.getMessage());
        assertEquals("$.k", e.path());
    }

    @Test
    void jacksonRejectsNullKeysAndSoDoWe() {
        Map<Object, Object> m = new HashMap<>();
        m.put(null, 1);
        JsonProcessingException jackson =
                assertThrows(JsonProcessingException.class, () -> JacksonOracle.JACKSON.writeValueAsString(m));
        assertTrue(jackson.getMessage().startsWith("Null key for a Map not allowed in JSON"));
        JsonSerializationException e = assertThrows(JsonSerializationException.class, () -> Serializer.toJson(m));
        assertTrue(e.getMessage().startsWith("Null key for a Map not allowed in JSON"), e.getMessage());
    }

    /** Jackson writes these through bean or toString serializers; poolson supports a closed set of types. */
    @Test
    void typesJacksonWritesButWeRejectOnPurpose() {
        for (Object v : new Object[] {UUID.randomUUID(), new Object(), new java.util.concurrent.atomic.LongAdder()}) {
            assertThrows(JsonSerializationException.class, () -> Serializer.toJson(single(v)), v.getClass().getName());
        }
        Map<Object, Object> uuidKey = new HashMap<>();
        uuidKey.put(UUID.randomUUID(), 1);
        assertThrows(JsonSerializationException.class, () -> Serializer.toJson(uuidKey));
    }

    private static Map<Object, Object> nested(int maps, Object leaf) {
        Map<Object, Object> root = new HashMap<>();
        Map<Object, Object> cur = root;
        for (int i = 1; i < maps; i++) {
            Map<Object, Object> next = new HashMap<>();
            cur.put("a", next);
            cur = next;
        }
        cur.put("a", leaf);
        return root;
    }

    @Test
    void jacksonAllowsDepth1000CountingTheRootMapAsOne() {
        assertAllOutputsMatch(nested(1000, 1));
        assertAllOutputsMatch(nested(999, List.of()));
        Map<Object, Object> tooDeep = nested(1000, List.of());
        assertThrows(JsonProcessingException.class, () -> JacksonOracle.JACKSON.writeValueAsBytes(tooDeep));
        assertThrows(JsonSerializationException.class, () -> Serializer.toJsonBytes(tooDeep));
    }

    /**
     * Jackson 2.22's WriterBasedJsonGenerator.writeStartObject(Object) skips validateNestingDepth, so its
     * character output accepts a map at depth 1001 that its UTF-8 output rejects. poolson applies the
     * limit to every output alike.
     */
    @Test
    void jacksonCharOutputSkipsTheDepthCheckForMapsButWeDoNot() throws Exception {
        Map<Object, Object> m = nested(1000, new HashMap<>());
        JacksonOracle.JACKSON.writeValueAsString(m);
        assertThrows(JsonProcessingException.class, () -> JacksonOracle.JACKSON.writeValueAsBytes(m));
        assertThrows(JsonSerializationException.class, () -> Serializer.toJson(m));
        assertThrows(JsonSerializationException.class, () -> Serializer.toJsonBytes(m));
    }

    @Test
    void byteAndCharArraysAreStringsSoTheyDoNotCountAsNesting() {
        assertAllOutputsMatch(nested(1000, new byte[] {1}));
        assertAllOutputsMatch(nested(1000, new char[] {'c'}));
    }
}
