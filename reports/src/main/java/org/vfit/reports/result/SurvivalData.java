package org.vfit.reports.result;

import java.util.List;

/**
 * P_ee(E) for the best fits and the measured solar points shown with them.
 *
 * @param curves predictions, one per fit shown
 * @param points measurements
 */
public record SurvivalData(List<SurvivalCurve> curves, List<SurvivalPoint> points) {
  public SurvivalData {
    curves = Checks.list("curves", curves);
    points = Checks.list("points", points);
  }
}
