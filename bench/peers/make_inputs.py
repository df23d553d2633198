"""Writes the shared inputs of bench/peers/run.sh (one file per task) into the given folder."""
import math
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
# The oscillation benchmark's point (OscillationBenchmark): dm21 7.42e-5, dm31 2.514e-3 eV^2,
# theta12 33.44, theta13 8.57, theta23 49.0 deg, delta 195 deg.
s2 = lambda deg: math.sin(math.radians(deg)) ** 2
params = "%.17g %.17g %.17g %.17g %.17g %.17g" % (
    s2(33.44), s2(8.57), s2(49.0), math.radians(195), 7.42e-5, 2.514e-3)


def write(name, rows):
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(params + "\n")
        for r in rows:
            f.write(" ".join("%.17g" % x for x in r) + "\n")


# constant density: 500 long-baseline points (1300 km, 2.848 g/cc, 0.5-5 GeV, log-spaced) and 500
# reactor points (180 km of crust, 2.7 g/cc, 2-10 MeV); E in MeV, L in km.
cd = [[500 * 10 ** (i / 499), 1300, 2.848, 0.5] for i in range(500)]
cd += [[2 + 8 * i / 499, 180, 2.7, 0.5] for i in range(500)]
write("constant-density", cd)
# solar 8B P_ee at 200 energies, 1-16 MeV
write("solar", [[1 + 15 * i / 199] for i in range(200)])
# Earth chords: 100 (E, nadir) pairs, 5-15 MeV, nadir 0-80 deg (core and mantle chords)
write("chord", [[5 + 10 * (i % 10) / 9, math.radians(80 * (i // 10) / 9)] for i in range(100)])
# exposure-averaged night P_ee at Kamioka, 5 energies
write("daynight", [[e] for e in (4, 6, 8, 10, 12)])
