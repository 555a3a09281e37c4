package io.poolson.serializer;

/**
 * A caller's say over which classes a document may contain, for
 * {@link MapSerializer#writeCompleteTo(java.util.Map, java.io.Writer, Admission, int)}: the Jackson
 * integration uses it to leave to Jackson every map in which some key or value is of a class the
 * mapper writes differently from poolson. It is asked while the document is being written, so the
 * map is walked once; a refusal abandons the document before any of it reaches the target.
 *
 * <p>Asked about the class of each non-null key and each non-null value (including every container
 * and every element), on the writing thread, except where the key or value before it in the same
 * container (map, collection or array; nulls skipped) had the same class and was admitted: the
 * answer for a class must therefore not change during a call. Answers should be cached and cheap.
 * A class admitted is still written by poolson's rules, and one poolson rejects still fails as it
 * would without an admission. Implementations used from several threads must be thread-safe.
 */
public interface Admission {
    /**
     * Whether map keys of exactly this class may be written.
     *
     * @param c the class of a non-null map key
     * @return true to let poolson write the key; false to refuse the whole document
     */
    boolean admitsKey(Class<?> c);

    /**
     * Whether values (map values, elements, containers themselves) of exactly this class may be written.
     *
     * @param c the class of a non-null value, container or element
     * @return true to let poolson write the value; false to refuse the whole document
     */
    boolean admitsValue(Class<?> c);
}
