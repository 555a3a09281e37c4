package io.poolson.serializer.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.poolson.serializer.jackson.support.Mapper;
import io.poolson.serializer.jackson.support.RecyclerPoolOutputContract;

/** Jackson 2 writes exactly the same with the poolson recycler pool as with its default pool. */
class RecyclerPoolOutputProperties extends RecyclerPoolOutputContract {
    private static final Mapper DEFAULT = Jackson2.mapper(new ObjectMapper());
    // One pool across all tries: recyclers come back with buffers grown by earlier documents.
    private static final Mapper POOLED = Jackson2.mapper(Jackson2.mapperOver(PoolsonRecyclerPool.newPool()));

    RecyclerPoolOutputProperties() {
        super(DEFAULT, POOLED);
    }
}
