package org.vfit.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vfit.datasets.model.SolarFluxes;
import org.vfit.datasets.model.SolarSpectrum;
import org.vfit.datasets.model.Values;
import org.vfit.datasets.model.ZenithExposure;
import org.vfit.oscillation.io.NumericTable;
import org.vfit.oscillation.solar.NeutrinoSpectrum;
import org.vfit.oscillation.solar.SolarFluxComponent;
import org.vfit.oscillation.solar.SolarModel;

/**
 * The numbers vfit bundles twice agree number for number: the oscillation module's solar tables
 * (what the physics reads) and the JSON copies in the datasets module (what users list, inspect and
 * replace), both written by tools/build_bundled.py from the same shared sources. A hand edit of
 * either copy, or a regeneration of only one, fails here. Exact equality throughout: the script
 * carries the source digits over, so the two parsed doubles are the same double.
 */
class PhysicsInputsAgreeTest {

  @Test
  void b16FluxesAreTheSolarModelsFluxes() {
    for (SolarModel.Bundled which : SolarModel.Bundled.values()) {
      String name = which == SolarModel.Bundled.B16_GS98 ? "ssm-b16-gs98" : "ssm-b16-agss09met";
      SolarFluxes json = Datasets.load(name, SolarFluxes.class);
      SolarModel model = SolarModel.bundled(which);
      assertEquals(SolarFluxComponent.values().length, json.fluxes().size(), name);
      for (SolarFluxComponent c : SolarFluxComponent.values()) {
        SolarFluxes.Flux f = json.flux(c.label());
        assertEquals(model.flux(c), f.value(), 0.0, name + " " + c.label());
        assertEquals(
            model.fluxFractionalError(c), f.fractionalUncertainty(), 0.0, name + " " + c.label());
      }
    }
  }

  @Test
  void continuumSpectraAreTheSolarModelsTables() {
    // component, oscillation resource, dataset, the dataset's scale (Winter's table is per 1e-3
    // MeV)
    Object[][] pairs = {
      {SolarFluxComponent.PP, "pp_shape.csv", "solar-spectrum-pp", "1"},
      {SolarFluxComponent.HEP, "hep_shape.csv", "solar-spectrum-hep", "1"},
      {SolarFluxComponent.N13, "n13_shape.csv", "solar-spectrum-13n", "1"},
      {SolarFluxComponent.O15, "o15_shape.csv", "solar-spectrum-15o", "1"},
      {SolarFluxComponent.F17, "f17_shape.csv", "solar-spectrum-17f", "1"},
      {SolarFluxComponent.B8, "8B_shape_Winter_et_al.csv", "solar-spectrum-8b", "0.001"}
    };
    NeutrinoSpectrum[] used = SolarModel.bundledSpectra();
    for (Object[] pair : pairs) {
      SolarFluxComponent c = (SolarFluxComponent) pair[0];
      NumericTable table = NumericTable.resource(SolarModel.class, (String) pair[1], false);
      SolarSpectrum json = Datasets.load((String) pair[2], SolarSpectrum.class);
      BigDecimal scale = new BigDecimal((String) pair[3]);
      String what = pair[1] + " vs " + pair[2];
      assertArrayEquals(table.column(0), json.energy().toArray(), 0.0, what + " energies");
      assertArrayEquals(scaled(table.column(1), scale), json.density().toArray(), 0.0, what);
      if (json.uncertainty() != null) {
        assertArrayEquals(scaled(table.column(2), scale), json.uncertainty().toArray(), 0.0, what);
      }
      // and that table is the one the physics uses
      assertArrayEquals(table.column(0), used[c.ordinal()].energiesMeV(), 0.0, what);
    }
  }

  @Test
  void lineSpectraAreTheSolarModelsLines() {
    NeutrinoSpectrum[] used = SolarModel.bundledSpectra();
    for (SolarFluxComponent c :
        new SolarFluxComponent[] {SolarFluxComponent.PEP, SolarFluxComponent.BE7}) {
      SolarSpectrum json =
          Datasets.load("solar-spectrum-" + c.label().toLowerCase(), SolarSpectrum.class);
      List<SolarSpectrum.Line> lines = new ArrayList<>(json.lines());
      lines.sort(Comparator.comparingDouble(SolarSpectrum.Line::energy));
      NeutrinoSpectrum fromJson =
          NeutrinoSpectrum.lines(
              lines.stream().mapToDouble(SolarSpectrum.Line::energy).toArray(),
              lines.stream().mapToDouble(SolarSpectrum.Line::branching).toArray());
      NeutrinoSpectrum model = used[c.ordinal()];
      assertArrayEquals(model.energiesMeV(), fromJson.energiesMeV(), 0.0, c.label());
      assertArrayEquals(model.weights(), fromJson.weights(), 0.0, c.label());
    }
  }

  @Test
  void zenithExposureIsTheEarthTestsTable() throws IOException {
    // The oscillation module's copy is a test resource (EarthTest compares the computed nadir
    // exposure with it), so it is read from the source tree: Maven runs this test in datasets/.
    Path table =
        Path.of(
            "..",
            "oscillation/src/test/resources/org/vfit/oscillation/earth",
            "bahcall_exposure_functions.txt");
    List<double[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(table)) {
      String t = line.strip();
      if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
        rows.add(
            java.util.Arrays.stream(t.split("\\s+")).mapToDouble(Double::parseDouble).toArray());
      }
    }
    ZenithExposure json = Datasets.load("zenith-exposure-bahcall1997", ZenithExposure.class);
    assertEquals(rows.size(), json.zenith().size());
    List<String> sites = List.of("Kamioka", "Sudbury", "Gran Sasso");
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(rows.get(i)[0], json.zenith().get(i), 0.0, "zenith row " + i);
      for (int s = 0; s < sites.size(); s++) {
        Values d = json.site(sites.get(s)).density();
        assertEquals(rows.get(i)[1 + s], d.get(i), 0.0, sites.get(s) + " row " + i);
      }
    }
  }

  /** Each value times a decimal scale, rounded once (as the build script scales). */
  private static double[] scaled(double[] v, BigDecimal scale) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = new BigDecimal(Double.toString(v[i])).multiply(scale).doubleValue();
    }
    return out;
  }
}
