"""vfit's driver around PEANUTS (Gonzalo & Lucente, EPJC 84 (2024) 119) for bench/peers/run.sh.

PEANUTS itself is not part of vfit: this script imports it from bench/peers/vendor/PEANUTS, reads
vfit's input for one task, times PEANUTS on it (after its numba compilation, which is excluded and
reported separately) and writes its results.

Usage: peanuts_driver.py TASK INPUT OUTPUT   (TASK: solar, chord, daynight)
"""
import os
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
vendor = os.path.join(here, "vendor", "PEANUTS")
sys.path.insert(0, vendor)

import numpy as np  # noqa: E402
from peanuts.pmns import PMNS  # noqa: E402
from peanuts.solar import SolarModel, solar_flux_mass, Psolar  # noqa: E402
from peanuts.earth import EarthDensity, Pearth, Pearth_integrated  # noqa: E402

KAMIOKA_LATITUDE_DEG = 36.43  # the latitude vfit uses (Detector.KAMIOKA)


def read(path):
    rows = [[float(x) for x in l.split()] for l in open(path) if l.strip() and not l.startswith("#")]
    return rows[0], rows[1:]


def timed(label, n, fn, min_seconds=1.0):
    t = time.perf_counter()
    fn()  # first call: numba compiles
    compile_s = time.perf_counter() - t
    reps, t0 = 0, time.perf_counter()
    while True:
        fn()
        reps += 1
        el = time.perf_counter() - t0
        if el >= min_seconds:
            break
    print("time_ns %s %.6g" % (label, el * 1e9 / reps / n))
    print("first_call_s %s %.3g" % (label, compile_s))


def main():
    task, inp, out = sys.argv[1:4]
    q, rows = read(inp)
    s12sq, s13sq, s23sq, delta, dm21, dm31 = q
    th12, th13, th23 = np.arcsin(np.sqrt([s12sq, s13sq, s23sq]))
    pmns = PMNS(th12, th13, th23, delta)
    sun = SolarModel(solar_model_file=os.path.join(vendor, "Data", "nudistr_b16_gs98.dat"))
    radius, density, fraction = sun.radius(), sun.density(), sun.fraction("8B")
    earth = EarthDensity(density_file=os.path.join(vendor, "Data", "Earth_Density.csv"))
    res = []
    if task == "solar":
        def run():
            return [Psolar(pmns, dm21, dm31, r[0], radius, density, fraction)[0] for r in rows]
        timed("pee", len(rows), run)
        res = [[p] for p in run()]
    elif task == "chord":
        nu2 = np.array([0.0, 1.0, 0.0])

        def run():
            return [Pearth(nu2, earth, pmns, dm21, dm31, r[0], r[1], 0.0)[0] for r in rows]
        timed("chord", len(rows), run)
        res = [[p] for p in run()]
    elif task == "daynight":
        lam = np.radians(KAMIOKA_LATITUDE_DEG)

        def one(e):
            mass = solar_flux_mass(th12, th13, dm21, dm31, e, radius, density, fraction)
            night = Pearth_integrated(mass, earth, pmns, dm21, dm31, e, 0.0, lam=lam,
                                      normalized=True, daynight="night")[0]
            day = Psolar(pmns, dm21, dm31, e, radius, density, fraction)[0]
            return [night, day]

        def run():
            return [one(r[0]) for r in rows]
        timed("night-integrated", len(rows), run, min_seconds=0.0)
        res = run()
    else:
        sys.exit("unknown task " + task)
    with open(out, "w") as f:
        for r in res:
            f.write(" ".join("%.17g" % x for x in r) + "\n")


if __name__ == "__main__":
    main()
