/**
 * The physics of flavour oscillation: potential matrices A (eV²) with H = A/E, their conversion to
 * and from mixing parameters, and exact three-flavour propagation in vacuum, constant matter,
 * layered matter (Earth chords), and the Sun.
 *
 * <p>Start at {@link org.vfit.oscillation.Oscillation}. This module depends on no other vfit
 * module.
 */
package org.vfit.oscillation;
