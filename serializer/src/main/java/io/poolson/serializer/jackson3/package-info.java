/**
 * poolson for Jackson 3 ({@code tools.jackson}; an optional dependency):
 * {@link io.poolson.serializer.jackson3.PoolsonRecyclerPool}, a {@code RecyclerPool} of Jackson's
 * buffer recyclers backed by a poolson {@code Pool}, and
 * {@link io.poolson.serializer.jackson3.PoolsonModule}, which has poolson write {@code Map}s wherever
 * the output is byte-identical to the mapper's own (Jackson 3's defaults: surrogate pairs combined
 * in UTF-8, nesting depth 500, enums by {@code toString()}). Use either or both.
 *
 * <p>{@code PoolsonRecyclerPool}, whose code is Jackson 2's twin's with only Jackson's package names
 * changed, and {@code PoolsonMapSerializer}, whose code differs also by the databind types Jackson 3
 * renamed, have no source here: the build generates them from {@code io/poolson/serializer/jackson}
 * (see {@code serializer/pom.xml}), so there is one of each to edit.
 */
package io.poolson.serializer.jackson3;
