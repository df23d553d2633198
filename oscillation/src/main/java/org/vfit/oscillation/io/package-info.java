/** Reading the plain numeric tables bundled with the oscillation module (solar model, PREM). */
package org.vfit.oscillation.io;
