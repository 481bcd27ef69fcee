// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Review records in memory. This class is threadsafe. */
public final class InMemoryReviewRecordRepository implements ReviewRecordRepository {
    private final List<ReviewRecord> records = new ArrayList<>();

    @Override
    public synchronized long save(ReviewRecord record) {
        records.add(record);
        return records.size();
    }

    @Override
    public synchronized List<ReviewRecord> forDesign(String designHash) {
        List<ReviewRecord> result = new ArrayList<>();
        for (int i = records.size() - 1; i >= 0; i--) {
            if (records.get(i).designHash().equals(designHash)) {
                result.add(records.get(i));
            }
        }
        // Newest first; equal instants keep the later save first (the loop runs backwards, the sort is stable).
        result.sort(Comparator.comparing(ReviewRecord::reviewedAt).reversed());
        return result;
    }
}
