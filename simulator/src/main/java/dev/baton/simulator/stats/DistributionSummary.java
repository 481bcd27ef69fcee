// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

/**
 * The summary of a sample: count, mean, spread and the quantiles the reports show. Quantiles use linear
 * interpolation between order statistics (Hyndman and Fan type 7, the default of R and NumPy). All values are NaN
 * when the sample is empty.
 *
 * @param count  number of values
 * @param mean   arithmetic mean
 * @param stdDev sample standard deviation (n - 1 denominator; 0 for a single value)
 * @param min    smallest value
 * @param p50    median
 * @param p95    95th percentile
 * @param p99    99th percentile
 * @param max    largest value
 */
public record DistributionSummary(
        long count, double mean, double stdDev, double min, double p50, double p95, double p99, double max) {

    /** The summary of an empty sample. */
    public static DistributionSummary empty() {
        return new DistributionSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN);
    }

    /** The standard error of the mean, {@code stdDev / sqrt(count)}. */
    public double standardError() {
        return stdDev / Math.sqrt(count);
    }
}
