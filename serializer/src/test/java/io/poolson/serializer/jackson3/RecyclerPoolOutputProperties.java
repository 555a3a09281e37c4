package io.poolson.serializer.jackson3;

import io.poolson.serializer.jackson.support.Mapper;
import io.poolson.serializer.jackson.support.RecyclerPoolOutputContract;
import tools.jackson.databind.ObjectMapper;

/** Jackson 3 writes exactly the same with the poolson recycler pool as with its default pool. */
class RecyclerPoolOutputProperties extends RecyclerPoolOutputContract {
    private static final Mapper DEFAULT = Jackson3.mapper(new ObjectMapper());
    // One pool across all tries: recyclers come back with buffers grown by earlier documents.
    private static final Mapper POOLED = Jackson3.mapper(Jackson3.mapperOver(PoolsonRecyclerPool.newPool()));

    RecyclerPoolOutputProperties() {
        super(DEFAULT, POOLED);
    }
}
