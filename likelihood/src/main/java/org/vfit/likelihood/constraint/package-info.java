/**
 * Published results used as Gaussian constraints on oscillation parameters (JUNO 2025, Daya Bay
 * θ₁₃): a likelihood term without a spectrum.
 */
package org.vfit.likelihood.constraint;
