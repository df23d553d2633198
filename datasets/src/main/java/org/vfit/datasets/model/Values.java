package org.vfit.datasets.model;

import java.util.Arrays;
import java.util.stream.DoubleStream;

/** An immutable array of doubles with value equality. */
public final class Values {
  private static final Values EMPTY = new Values(new double[0]);

  private final double[] data;

  private Values(double[] data) {
    this.data = data;
  }

  /** Copies the given numbers. */
  public static Values of(double... values) {
    return values.length == 0 ? EMPTY : new Values(values.clone());
  }

  public static Values empty() {
    return EMPTY;
  }

  public int size() {
    return data.length;
  }

  public boolean isEmpty() {
    return data.length == 0;
  }

  public double get(int i) {
    return data[i];
  }

  public double first() {
    return data[0];
  }

  public double last() {
    return data[data.length - 1];
  }

  /** A fresh copy the caller may modify. */
  public double[] toArray() {
    return data.clone();
  }

  public DoubleStream stream() {
    return Arrays.stream(data);
  }

  public double sum() {
    double s = 0;
    for (double v : data) {
      s += v;
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Values other && Arrays.equals(data, other.data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    if (data.length <= 8) {
      return Arrays.toString(data);
    }
    return "["
        + data[0]
        + ", "
        + data[1]
        + ", ... ("
        + data.length
        + " values) ..., "
        + last()
        + "]";
  }
}
