package dev.alinea.align;

/** The standard normal distribution's tail, in log space so that far tails do not underflow. */
final class Normal {

    private Normal() {
    }

    /**
     * {@code ln P(|Z| >= z)} for a standard normal Z and {@code z >= 0}, i.e. {@code ln erfc(z / sqrt 2)};
     * 0 at z = 0, decreasing. Accurate to about 1e-7 relative (Numerical Recipes' erfcc).
     */
    static double logTwoSidedTail(double z) {
        double x = z / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * x);
        double poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277))))))));
        return Math.min(0, Math.log(t) - x * x + poly);
    }
}
