package io.poolson.serializer;

/**
 * Test fixture: a {@link CharSequence} backed by a String, whose methods tests override to
 * misbehave (a {@code charAt} or {@code length} that throws, or lies).
 */
class MisbehavingCharSequence implements CharSequence {
    private final String s;

    MisbehavingCharSequence(String s) {
        this.s = s;
    }

    @Override
    public int length() {
        return s.length();
    }

    @Override
    public char charAt(int index) {
        return s.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return s.subSequence(start, end);
    }

    @Override
    public String toString() {
        return s;
    }
}
