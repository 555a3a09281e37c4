/**
 * poolson for Jackson 2 (2.16+, {@code com.fasterxml.jackson}; an optional dependency):
 * {@link io.poolson.serializer.jackson.PoolsonRecyclerPool}, a {@code RecyclerPool} of Jackson's
 * buffer recyclers backed by a poolson {@code Pool}, and
 * {@link io.poolson.serializer.jackson.PoolsonModule}, which has poolson write {@code Map}s wherever
 * the output is byte-identical to the mapper's own. The two are independent; use either or both.
 */
package io.poolson.serializer.jackson;
