package org.mplus.tck.report;

/** Shards' reports that cannot be merged into one run's: one line saying which shard, what is wrong, what to do. */
public final class ShardMergeError extends RuntimeException {

    public ShardMergeError(String message) {
        super(message);
    }
}
