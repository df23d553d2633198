"""Prints bench/peers/run.sh's table: time ratios (peer / vfit) and the largest differences."""
import sys

d = sys.argv[1]


def times(path):
    t = {}
    for line in open(path):
        f = line.split()
        if f and f[0] == "time_ns":
            t[f[1]] = float(f[2])
    return t


def rows(path):
    return [[float(x) for x in l.split()] for l in open(path) if l.strip()]


def maxdiff(a, b, ca, cb):
    return max(abs(x[ca] - y[cb]) for x, y in zip(a, b))


def line(what, vfit_ns, peer, peer_ns, diff, note=""):
    print("%-44s %12.4g %-12s %12.4g %8.2f  %9.2e  %s" % (what, vfit_ns, peer, peer_ns, peer_ns / vfit_ns, diff, note))


print("%-44s %12s %-12s %12s %8s  %9s" % ("quantity", "vfit ns", "peer", "peer ns", "peer/vfit", "max |dP|"))
try:
    v = times(d + "/vfit-constant-density.time")
    va = rows(d + "/vfit-constant-density.out")
    for n in ("0", "1", "3"):
        p = times(d + "/nufast-%s.time" % n)
        pa = rows(d + "/nufast-%s.out" % n)
        diff = max(maxdiff(va, pa, k, k) for k in range(9))
        line("constant density, all nine P (N_Newton=%s)" % n, v["all-nine"], "NuFast C++", p["all-nine"], diff)
    print("%-44s %12.4g  (one P(mu->e): the kernel of fits)" % ("constant density, one P", v["one"]))
except FileNotFoundError as e:
    print("constant density vs NuFast: skipped (%s)" % e.filename)
try:
    v, p = times(d + "/vfit-solar.time"), times(d + "/peanuts-solar.time")
    va, pa = rows(d + "/vfit-solar.out"), rows(d + "/peanuts-solar.out")
    line("solar 8B P_ee (standard form)", v["pee"], "PEANUTS", p["pee"], maxdiff(va, pa, 0, 0))
    print("%-44s %12s %-12s %12s %8s  %9.2e  (vfit with theta13 in matter)" % ("", "", "", "", "", maxdiff(va, pa, 1, 0)))
    v, p = times(d + "/vfit-chord.time"), times(d + "/peanuts-chord.time")
    va, pa = rows(d + "/vfit-chord.out"), rows(d + "/peanuts-chord.out")
    line("Earth chord P(nu2->nue), exact 3 flavour", v["exact"], "PEANUTS", p["chord"], maxdiff(va, pa, 0, 0))
    line("Earth chord, vfit's fast 2-flavour path", v["fast"], "PEANUTS", p["chord"], maxdiff(va, pa, 1, 0))
    v, p = times(d + "/vfit-daynight.time"), times(d + "/peanuts-daynight.time")
    va, pa = rows(d + "/vfit-daynight.out"), rows(d + "/peanuts-daynight.out")
    line("night P(nu2->nue), Kamioka exposure average", v["night-direct"], "PEANUTS", p["night-integrated"],
         maxdiff(va, pa, 0, 0), "(dP on night P_ee; day: %.2e)" % maxdiff(va, pa, 1, 1))
except FileNotFoundError as e:
    print("solar/Earth vs PEANUTS: skipped (%s)" % e.filename)
