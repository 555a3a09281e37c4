package io.poolson.pool.internal;

/**
 * 128 bytes laid out ahead of every field of a subclass, so that what a subclass stores on its hot
 * path never shares a cache line (or an adjacent-line prefetch pair) with the end of whatever object
 * precedes it in memory. A collection copies live objects next to each other in whatever order it
 * meets them, so that neighbour can be anything: another thread's hot object, or an object every
 * thread reads, whose line the subclass's stores would then take away from every reader.
 *
 * <p>Superclass fields are laid out before subclass fields. The padding is bytes, not longs, as in
 * JCTools: since JDK 15 the JVM places a subclass field in any hole a superclass leaves
 * ({@code -XX:+UseEmptySlotsInSupers}), and longs after a 12-byte object header leave a 4-byte hole
 * that an int or a compressed reference fits, unpadded. Bytes leave no hole. Each user's layout test
 * checks the offsets the running JVM chose.
 *
 * <p>For poolson's own classes (the pool's stripes, the serializer's pooled writers); exported to
 * the serializer module only. Holds no state.
 */
public abstract class LeadingPadding {
    byte p000, p001, p002, p003, p004, p005, p006, p007, p008, p009, p010, p011, p012, p013, p014, p015;
    byte p016, p017, p018, p019, p020, p021, p022, p023, p024, p025, p026, p027, p028, p029, p030, p031;
    byte p032, p033, p034, p035, p036, p037, p038, p039, p040, p041, p042, p043, p044, p045, p046, p047;
    byte p048, p049, p050, p051, p052, p053, p054, p055, p056, p057, p058, p059, p060, p061, p062, p063;
    byte p064, p065, p066, p067, p068, p069, p070, p071, p072, p073, p074, p075, p076, p077, p078, p079;
    byte p080, p081, p082, p083, p084, p085, p086, p087, p088, p089, p090, p091, p092, p093, p094, p095;
    byte p096, p097, p098, p099, p100, p101, p102, p103, p104, p105, p106, p107, p108, p109, p110, p111;
    byte p112, p113, p114, p115, p116, p117, p118, p119, p120, p121, p122, p123, p124, p125, p126, p127;

    /** For subclasses only. */
    protected LeadingPadding() {
    }
}
