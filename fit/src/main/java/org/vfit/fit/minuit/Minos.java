package org.vfit.fit.minuit;

/**
 * MINOS (F. James, MINUIT Reference Manual, "MINOS"; "Interpretation of the errors on
 * parameters"): for one parameter, find on each side the value where the profile
 * F_p(v) = min over the other free parameters of F(v, ·) rises to fmin + errorDef.
 *
 * <p>The root is found on u(v) = √(F_p(v) − fmin), which is linear in v for a parabolic profile
 * and close to linear for realistic ones, so secant steps toward u = √errorDef converge in a few
 * conditional minimisations; once the crossing is bracketed the steps stay inside the bracket
 * (falling back to bisection). Each conditional minimisation starts from the nearest point
 * already done, shifted along the covariance regression of the other parameters.
 */
final class Minos {

    /** Allowed error on F at the crossing, in units of errorDef: moves the error by ≤ 10⁻⁵σ/2. */
    private static final double F_TOLERANCE = 2e-5;
    /**
     * A profile point this far below fmin (in errorDef units) proves a better minimum exists;
     * smaller negative values are within the EDM of the fit and are harmless.
     */
    private static final double NEW_MINIMUM = 0.01;
    private static final int MAX_ITERATIONS = 30;

    private final ConditionalFit fit;
    private final double fmin;
    private final double up;
    private final double[] best;
    private final double[][] covariance;
    private final Limits[] limits;
    private final long maxCallsPerSide;

    Minos(ConditionalFit fit, double fmin, double up, double[] best, double[][] covariance, Limits[] limits,
            long maxCallsPerSide) {
        this.fit = fit;
        this.fmin = fmin;
        this.up = up;
        this.best = best.clone();
        this.covariance = covariance;
        this.limits = limits;
        this.maxCallsPerSide = maxCallsPerSide;
    }

    private record Side(double error, boolean valid, boolean atLimit, boolean callLimit, boolean newMinimum,
            long nfcn) {
    }

    MinosError errors(String name, int i, double sigma) {
        Side lo = side(i, -1, sigma);
        Side hi = side(i, +1, sigma);
        return new MinosError(name, best[i], lo.error, hi.error, lo.valid, hi.valid, lo.atLimit, hi.atLimit,
                lo.callLimit, hi.callLimit, lo.newMinimum, hi.newMinimum, lo.nfcn + hi.nfcn);
    }

    private Side side(int i, int dir, double sigma) {
        double x0 = best[i];
        double limit = dir > 0 ? limits[i].upper() : limits[i].lower();
        double target = Math.sqrt(up);
        long calls = 0;
        // Evaluated points: v, u = √max(ΔF,0), and the other parameters there (for warm starts).
        double[] vs = new double[MAX_ITERATIONS + 1];
        double[] us = new double[MAX_ITERATIONS + 1];
        double[][] xs = new double[MAX_ITERATIONS + 1][];
        vs[0] = x0;
        us[0] = 0.0;
        xs[0] = best.clone();
        int count = 1;
        double inside = x0;
        double insideU = 0.0;
        double outside = Double.NaN;
        double outsideU = Double.NaN;
        double v = x0 + dir * sigma;
        if (dir * (v - limit) > 0) {
            v = limit;
        }
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double[] start = warmStart(i, v, vs, xs, count);
            ConditionalFit.Point p = fit.minimize(new int[] {i}, new double[] {v}, start);
            calls += p.nfcn();
            if (!p.valid()) {
                return new Side(v - x0, false, false, p.reachedCallLimit(), false, calls);
            }
            double df = p.fval() - fmin;
            if (df < -NEW_MINIMUM * up) {
                return new Side(v - x0, false, false, false, true, calls);
            }
            if (Math.abs(df - up) < F_TOLERANCE * up) {
                return new Side(v - x0, true, false, false, false, calls);
            }
            double u = Math.sqrt(Math.max(df, 0.0));
            vs[count] = v;
            us[count] = u;
            xs[count] = p.values();
            count++;
            if (df < up) {
                if (v == limit) {
                    return new Side(v - x0, false, true, false, false, calls);
                }
                if (dir * (v - inside) > 0) {
                    inside = v;
                    insideU = u;
                }
            } else if (Double.isNaN(outside) || dir * (v - outside) < 0) {
                outside = v;
                outsideU = u;
            }
            if (calls >= maxCallsPerSide) {
                return new Side(v - x0, false, false, true, false, calls);
            }
            double next = nextTrial(vs, us, count, target, inside, insideU, outside, outsideU, dir);
            if (dir * (next - limit) > 0) {
                next = limit;
            }
            if (Math.abs(next - v) <= 1e-9 * Math.max(sigma, Math.abs(v))) {
                return new Side(v - x0, Math.abs(df - up) < 100 * F_TOLERANCE * up, false, false, false, calls);
            }
            v = next;
        }
        return new Side(v - x0, false, false, false, false, calls);
    }

    /** Secant step on u toward the target from the two latest points, kept inside the bracket. */
    private static double nextTrial(double[] vs, double[] us, int count, double target, double inside,
            double insideU, double outside, double outsideU, int dir) {
        double va = vs[count - 2];
        double ua = us[count - 2];
        double vb = vs[count - 1];
        double ub = us[count - 1];
        double next;
        if (ub != ua) {
            next = vb + (target - ub) * (vb - va) / (ub - ua);
        } else {
            next = Double.NaN;
        }
        if (Double.isNaN(outside)) {
            // Not bracketed yet (every point so far is inside): go outward, but at most three
            // times as far from the minimum as the furthest point so far.
            double reach = Math.abs(inside - vs[0]);
            if (Double.isNaN(next) || !(dir * (next - inside) > 0)) {
                next = vs[0] + dir * 2.0 * reach;
            }
            if (Math.abs(next - vs[0]) > 3.0 * reach) {
                next = vs[0] + dir * 3.0 * reach;
            }
            return next;
        }
        double lo = Math.min(inside, outside);
        double hi = Math.max(inside, outside);
        if (Double.isNaN(next) || !(next > lo && next < hi)) {
            // Regula falsi on the bracket, then bisection if that degenerates.
            next = inside + (target - insideU) * (outside - inside) / (outsideU - insideU);
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
        }
        return next;
    }

    /**
     * Start values for the conditional fit at v: the nearest evaluated point, with the other
     * parameters moved along the linear regression on parameter i implied by the covariance.
     */
    private double[] warmStart(int i, double v, double[] vs, double[][] xs, int count) {
        int nearest = 0;
        for (int k = 1; k < count; k++) {
            if (Math.abs(vs[k] - v) < Math.abs(vs[nearest] - v)) {
                nearest = k;
            }
        }
        double[] start = xs[nearest].clone();
        double dv = v - vs[nearest];
        double cii = covariance[i][i];
        if (cii > 0) {
            for (int j = 0; j < start.length; j++) {
                if (j != i) {
                    start[j] = limits[j].clamp(start[j] + covariance[j][i] / cii * dv);
                }
            }
        }
        start[i] = v;
        return start;
    }
}
