/**
 * The physics of flavour oscillation: potential matrices A (eV²) with H = A/E, their conversion to
 * and from mixing parameters, and exact three-flavour propagation in vacuum, constant matter,
 * layered matter (Earth chords), and the Sun.
 *
 * <p>Start at {@link org.vfit.oscillation.Oscillation}: mixing parameters ⇄ potential matrix, the
 * H- and V-models, paths (vacuum, constant density, PREM chords), propagation, solar survival and
 * Earth regeneration, each delegating to the class that does the work. This module depends on no
 * other vfit module.
 *
 * <p>The bundled solar and Earth tables (resources next to {@code solar} and {@code earth}) are
 * written by {@code tools/build_bundled.py} from the shared sources, together with the datasets
 * module's JSON copies of the same numbers.
 */
package org.vfit.oscillation;
