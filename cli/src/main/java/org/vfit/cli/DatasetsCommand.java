package org.vfit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vfit.datasets.DatasetException;
import org.vfit.datasets.Datasets;
import org.vfit.datasets.model.Citation;
import org.vfit.datasets.model.Dataset;
import org.vfit.datasets.model.DayNight;
import org.vfit.datasets.model.GaussianConstraint;
import org.vfit.datasets.model.PolynomialSurvival;
import org.vfit.datasets.model.Provenance;
import org.vfit.datasets.model.Rates;
import org.vfit.datasets.model.ReactorSpectrum;
import org.vfit.datasets.model.RecoilSpectrum;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vfit datasets list|show|validate}: the bundled datasets and checks of user files. Bad
 * input exits with {@link Vfit#EXIT_BAD_INPUT} and the loader's one-line message (file, JSON
 * pointer, expected, found).
 */
@Command(
    name = "datasets",
    header = "Bundled datasets, their provenance, and validation of dataset files.",
    mixinStandardHelpOptions = true,
    description = {
      "Bundled datasets and validation of dataset files.",
      "Wherever a dataset is asked for, a bundled name or a path to a JSON file may be given."
    },
    subcommands = {
      DatasetsCommand.ListDatasets.class,
      DatasetsCommand.Show.class,
      DatasetsCommand.Validate.class
    })
public final class DatasetsCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Converts a {@code --dataset NAME|FILE} argument with {@link Datasets#resolve(String)}; a file
   * that does not validate becomes a picocli conversion error, i.e. exit code 2 with the message.
   * For later commands: {@code @Option(names = "--dataset", converter =
   * DatasetsCommand.Resolver.class)}.
   */
  public static final class Resolver implements CommandLine.ITypeConverter<Dataset> {
    @Override
    public Dataset convert(String value) {
      try {
        return Datasets.resolve(value);
      } catch (DatasetException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "One line per bundled dataset: name, kind, status, source.")
  static final class ListDatasets implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<Dataset> all = Datasets.bundled();
      int wName = all.stream().mapToInt(d -> d.name().length()).max().orElse(4);
      int wKind = all.stream().mapToInt(d -> d.kind().id().length()).max().orElse(4);
      String format = "%-" + wName + "s  %-" + wKind + "s  %-10s  %s%n";
      for (Dataset d : all) {
        out.printf(
            Locale.ROOT,
            format,
            d.name(),
            d.kind().id(),
            d.status().id(),
            d.meta().provenance().reference().shortForm());
      }
      out.flush();
      return Vfit.EXIT_OK;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description =
          "Describe a dataset (bundled name or file); --json prints it in canonical form.")
  static final class Show implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME|FILE", description = "A bundled dataset name or a dataset file.")
    String target;

    @Option(
        names = "--json",
        description = "Print the dataset as JSON (reads back to the same dataset).")
    boolean json;

    @Override
    public Integer call() {
      Dataset d = Datasets.resolve(target);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.print(Datasets.toJson(d));
      } else {
        describe(d, out);
      }
      out.flush();
      return Vfit.EXIT_OK;
    }
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Check dataset files (or bundled names), including the datasets they refer to.",
        "Exit code 0 when all are valid, 2 otherwise."
      })
  static final class Validate implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        arity = "1..*",
        paramLabel = "FILE",
        description = "Dataset files or bundled names.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      int bad = 0;
      for (String f : files) {
        try {
          Dataset d = Datasets.validate(f);
          out.println(
              "valid: " + f + " (" + d.kind().id() + " " + d.name() + ", " + d.status().id() + ")");
        } catch (DatasetException e) {
          err.println("vfit: " + e.getMessage());
          bad++;
        }
      }
      out.flush();
      err.flush();
      return bad == 0 ? Vfit.EXIT_OK : Vfit.EXIT_BAD_INPUT;
    }
  }

  static void describe(Dataset d, PrintWriter out) {
    Provenance p = d.meta().provenance();
    Citation c = p.reference();
    out.println(d.name() + ": " + d.meta().title());
    out.println("  kind     " + d.kind().id());
    out.println("  status   " + d.status().id());
    out.println("  source   " + c.shortForm() + (c.title() == null ? "" : " — " + c.title()));
    if (p.tableOrFigure() != null) {
      out.println("  from     " + p.tableOrFigure());
    }
    out.println("  read in  " + p.readIn());
    for (Citation r : p.related()) {
      out.println("  also     " + r.shortForm());
    }
    List<String> units = new ArrayList<>();
    d.meta().units().forEach((k, v) -> units.add(k + " [" + v + "]"));
    out.println("  units    " + String.join(", ", units));
    for (String line : contents(d)) {
      out.println("  data     " + line);
    }
    for (String n : d.meta().notes()) {
      out.println("  note     " + n);
    }
  }

  private static List<String> contents(Dataset d) {
    List<String> out = new ArrayList<>();
    if (d instanceof ReactorSpectrum r) {
      out.add(
          String.format(
              Locale.ROOT,
              "%d prompt-energy bins, %s-%s MeV",
              r.binCount(),
              num(r.binEdges().first()),
              num(r.binEdges().last())));
      for (ReactorSpectrum.Period p : r.periods()) {
        out.add(
            String.format(
                Locale.ROOT,
                "period %s: %s observed, %s live days, backgrounds %s",
                p.name(),
                num(p.observed().sum()),
                num(p.livetime()),
                String.join(
                    ", ",
                    p.backgrounds().stream()
                        .map(b -> b.name() + " " + num(b.expected().sum()))
                        .toList())));
      }
    } else if (d instanceof Rates r) {
      for (Rates.Measurement m : r.measurements()) {
        out.add(
            String.format(
                Locale.ROOT,
                "%s = %s +%s -%s",
                m.id(),
                num(m.value()),
                num(m.uncertainty().plus()),
                num(m.uncertainty().minus())));
      }
    } else if (d instanceof PolynomialSurvival p) {
      for (PolynomialSurvival.Parameter x : p.parameters()) {
        out.add(
            String.format(
                Locale.ROOT, "%s = %s +- %s", x.name(), num(x.value()), num(x.total().average())));
      }
    } else if (d instanceof DayNight n) {
      for (DayNight.Asymmetry a : n.asymmetries()) {
        out.add(
            String.format(
                Locale.ROOT,
                "%s = %s +- %s (%s)",
                a.id(),
                num(a.value()),
                num(a.uncertainty().average()),
                n.convention().id()));
      }
    } else if (d instanceof GaussianConstraint g) {
      for (GaussianConstraint.Parameter x : g.parameters()) {
        out.add(
            String.format(Locale.ROOT, "%s = %s +- %s", x.name(), num(x.value()), num(x.sigma())));
      }
    } else if (d instanceof RecoilSpectrum s) {
      out.add(
          String.format(
              Locale.ROOT,
              "%d rows, %s-%s MeV (%s energy), %s live days",
              s.rows().size(),
              num(s.rows().get(0).energyLow()),
              num(s.rows().get(s.rows().size() - 1).energyHigh()),
              s.energyVariable().id(),
              num(s.livetime())));
    }
    return out;
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.6g", v)
        .replaceAll("(\\.\\d*?)0+(e|$)", "$1$2")
        .replaceAll("\\.(e|$)", "$1");
  }
}
