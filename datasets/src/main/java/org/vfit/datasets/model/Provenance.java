package org.vfit.datasets.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a dataset's numbers come from: the paper ({@code reference}), the table or figure, where
 * the numbers were actually read ({@code readIn}: the paper, a data release, a third-party
 * repository at a commit) and further papers the file draws on.
 */
public record Provenance(
    Citation reference, String tableOrFigure, String readIn, List<Citation> related) {

  public Provenance {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(readIn, "readIn");
    related = Checks.list(related, "related");
  }
}
