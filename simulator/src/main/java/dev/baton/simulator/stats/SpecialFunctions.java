// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.stats;

/**
 * The few special functions the two-sample tests need, to double precision: log-gamma (Lanczos, g = 7, n = 9) and
 * the regularised upper incomplete gamma function (series below a + 1, Lentz continued fraction above, as in
 * Numerical Recipes section 6.2).
 */
final class SpecialFunctions {
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 10_000;

    private SpecialFunctions() {}

    /** ln Γ(x) for x > 0. */
    static double logGamma(double x) {
        if (x < 0.5) {
            // Reflection: Γ(x) Γ(1 - x) = π / sin(πx).
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        x -= 1;
        double sum = LANCZOS[0];
        double t = x + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (x + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** Q(a, x) = Γ(a, x) / Γ(a), the upper regularised incomplete gamma function, for a > 0, x >= 0. */
    static double upperRegularizedGamma(double a, double x) {
        if (x <= 0) {
            return 1.0;
        }
        if (x < a + 1) {
            return 1.0 - lowerSeries(a, x);
        }
        return upperContinuedFraction(a, x);
    }

    private static double lowerSeries(double a, double x) {
        double term = 1.0 / a;
        double sum = term;
        for (int n = 1; n < MAX_ITERATIONS; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double upperContinuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** P(χ²_k > statistic): the upper tail of the chi-square distribution with {@code k} degrees of freedom. */
    static double chiSquareUpperTail(double statistic, int k) {
        return upperRegularizedGamma(k / 2.0, statistic / 2.0);
    }

    /**
     * The Kolmogorov distribution's upper tail, P(K > lambda) = 2 Σ (-1)^(j-1) exp(-2 j² λ²), used for the
     * asymptotic two-sample Kolmogorov-Smirnov p-value.
     */
    static double kolmogorovUpperTail(double lambda) {
        if (lambda < 0.2) {
            return 1.0; // the series converges slowly here and the tail is 1 to double precision
        }
        double sum = 0;
        for (int j = 1; j <= 100; j++) {
            double term = Math.exp(-2.0 * j * j * lambda * lambda);
            sum += (j % 2 == 1 ? term : -term);
            if (term < 1e-17) {
                break;
            }
        }
        return Math.max(0.0, Math.min(1.0, 2 * sum));
    }
}
