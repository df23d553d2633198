package org.vfit.datasets.model;

import java.util.Objects;

/**
 * A bibliographic reference. Only {@code authors} is required: some sources are not papers (the
 * IAEA reactor database, a table found in third-party code), and a field that was not read in a
 * source is left out rather than recalled.
 */
public record Citation(
    String authors,
    String title,
    String journal,
    String volume,
    String page,
    Integer year,
    String arxiv,
    String doi,
    String url) {

  public Citation {
    Objects.requireNonNull(authors, "authors");
  }

  /**
   * One line such as {@code A. Gando et al., Phys. Rev. D 83, 052002 (2011), arXiv:1009.4771}; a
   * list of more than three authors is shortened to the first one, "et al.".
   */
  public String shortForm() {
    String[] names = authors.split(", ");
    StringBuilder s =
        new StringBuilder(
            names.length > 3 && !authors.contains("et al.") ? names[0] + " et al." : authors);
    if (journal != null) {
      s.append(", ").append(journal);
      if (volume != null) {
        s.append(' ').append(volume);
      }
      if (page != null) {
        s.append(", ").append(page);
      }
    }
    if (year != null) {
      s.append(" (").append(year).append(')');
    }
    if (arxiv != null) {
      s.append(", arXiv:").append(arxiv);
    } else if (doi != null) {
      s.append(", doi:").append(doi);
    } else if (journal == null && url != null) {
      s.append(", ").append(url);
    }
    return s.toString();
  }
}
