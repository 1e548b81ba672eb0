package org.ossvalue.core.valuation.churn;

import java.util.Optional;

/** Numerical helpers for calibration, in double: dimensionless quantities only. */
final class Statistics {

  private Statistics() {}

  /**
   * The standard normal quantile (inverse CDF), by Acklam's rational approximation (relative error
   * below 1.2e-9): 1.959964 for 0.975.
   */
  static double normalQuantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p must be in (0, 1), was " + p);
    }
    double[] a = {
      -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
      1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
    };
    double[] b = {
      -5.447609879822406e+01,
      1.615858368580409e+02,
      -1.556989798598866e+02,
      6.680131188771972e+01,
      -1.328068155288572e+01
    };
    double[] c = {
      -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
      -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
    };
    double[] d = {
      7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
    };
    double low = 0.02425;
    double x;
    if (p < low) {
      double q = Math.sqrt(-2 * Math.log(p));
      x =
          (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
              / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - low) {
      double q = p - 0.5;
      double r = q * q;
      x =
          (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5])
              * q
              / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
      double q = Math.sqrt(-2 * Math.log(1 - p));
      x =
          -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
              / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    return x;
  }

  /**
   * Poisson regression with a log link and log(exposure) offset, by Newton–Raphson: events_i ~
   * Poisson(time_i × exp(x_i · beta)). Returns the estimates and the inverse Fisher information, or
   * empty when the information matrix is singular or the fit does not converge.
   */
  static Optional<Fit> poisson(double[][] x, double[] events, double[] time, int maxIterations) {
    int n = x.length;
    int k = x[0].length;
    double totalEvents = 0;
    double totalTime = 0;
    for (int i = 0; i < n; i++) {
      totalEvents += events[i];
      totalTime += time[i];
    }
    if (totalEvents <= 0 || totalTime <= 0) {
      return Optional.empty();
    }
    double[] beta = new double[k];
    beta[0] = Math.log(totalEvents / totalTime);
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      double[] score = new double[k];
      double[][] info = new double[k][k];
      for (int i = 0; i < n; i++) {
        double eta = 0;
        for (int j = 0; j < k; j++) {
          eta += x[i][j] * beta[j];
        }
        double mu = time[i] * Math.exp(eta);
        for (int j = 0; j < k; j++) {
          score[j] += x[i][j] * (events[i] - mu);
          for (int l = 0; l < k; l++) {
            info[j][l] += mu * x[i][j] * x[i][l];
          }
        }
      }
      Optional<double[][]> inverse = invert(info);
      if (inverse.isEmpty()) {
        return Optional.empty();
      }
      double change = 0;
      for (int j = 0; j < k; j++) {
        double step = 0;
        for (int l = 0; l < k; l++) {
          step += inverse.get()[j][l] * score[l];
        }
        beta[j] += step;
        change = Math.max(change, Math.abs(step));
      }
      if (!Double.isFinite(change)) {
        return Optional.empty();
      }
      if (change < 1e-10) {
        return Optional.of(new Fit(beta, covariance(x, time, beta).orElse(inverse.get())));
      }
    }
    return Optional.empty();
  }

  private static Optional<double[][]> covariance(double[][] x, double[] time, double[] beta) {
    int k = beta.length;
    double[][] info = new double[k][k];
    for (int i = 0; i < x.length; i++) {
      double eta = 0;
      for (int j = 0; j < k; j++) {
        eta += x[i][j] * beta[j];
      }
      double mu = time[i] * Math.exp(eta);
      for (int j = 0; j < k; j++) {
        for (int l = 0; l < k; l++) {
          info[j][l] += mu * x[i][j] * x[i][l];
        }
      }
    }
    return invert(info);
  }

  /** Gauss–Jordan inversion with partial pivoting; empty when (nearly) singular. */
  static Optional<double[][]> invert(double[][] m) {
    int k = m.length;
    double[][] a = new double[k][2 * k];
    double scale = 0;
    for (int i = 0; i < k; i++) {
      System.arraycopy(m[i], 0, a[i], 0, k);
      a[i][k + i] = 1;
      for (int j = 0; j < k; j++) {
        scale = Math.max(scale, Math.abs(m[i][j]));
      }
    }
    if (scale == 0) {
      return Optional.empty();
    }
    for (int col = 0; col < k; col++) {
      int pivot = col;
      for (int r = col + 1; r < k; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      if (Math.abs(a[pivot][col]) < 1e-12 * scale) {
        return Optional.empty();
      }
      double[] tmp = a[col];
      a[col] = a[pivot];
      a[pivot] = tmp;
      double p = a[col][col];
      for (int j = 0; j < 2 * k; j++) {
        a[col][j] /= p;
      }
      for (int r = 0; r < k; r++) {
        if (r != col && a[r][col] != 0) {
          double f = a[r][col];
          for (int j = 0; j < 2 * k; j++) {
            a[r][j] -= f * a[col][j];
          }
        }
      }
    }
    double[][] inverse = new double[k][k];
    for (int i = 0; i < k; i++) {
      System.arraycopy(a[i], k, inverse[i], 0, k);
    }
    return Optional.of(inverse);
  }

  /** A fitted model: estimates and their covariance. */
  static final class Fit {
    final double[] beta;
    final double[][] covariance;

    Fit(double[] beta, double[][] covariance) {
      this.beta = beta;
      this.covariance = covariance;
    }

    double standardError(int j) {
      return Math.sqrt(covariance[j][j]);
    }
  }
}
