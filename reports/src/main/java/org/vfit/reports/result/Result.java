package org.vfit.reports.result;

import java.util.List;

/**
 * A result file: a tension run ({@link TensionResult}) or a scan ({@link ScanResult}). Both carry
 * the run, the inputs and any grids and profiles, which is what the plots, the HTML page and the
 * table export read.
 */
public sealed interface Result permits TensionResult, ScanResult {
  /** The schema identifier written into the file. */
  String schema();

  RunInfo run();

  List<DatasetInput> inputs();

  List<Chi2Grid> grids();

  List<Profile> profiles();
}
