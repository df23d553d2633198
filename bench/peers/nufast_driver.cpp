// vfit's driver around NuFast (Denton & Parke, arXiv:2405.02400) for bench/peers/run.sh.
// NuFast itself is not part of vfit: run.sh compiles vendor/NuFast/c++/NuFast.cpp next to this file
// (its demo main renamed away). This file only reads vfit's input, times the same loop vfit times,
// and writes the nine probabilities.
//
// Usage: nufast INPUT OUTPUT N_NEWTON
// Input: first line s12sq s13sq s23sq delta dm21 dm31; then lines E[MeV] L[km] rho[g/cc] Ye.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

void Probability_Matter_LBL(double s12sq, double s13sq, double s23sq, double delta,
                            double Dmsq21, double Dmsq31, double L, double E, double rho,
                            double Ye, int N_Newton, double (*probs_returned)[3][3]);

int main(int argc, char **argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: nufast INPUT OUTPUT N_NEWTON\n");
    return 2;
  }
  std::ifstream in(argv[1]);
  std::string line;
  std::vector<std::vector<double>> rows;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream s(line);
    std::vector<double> v;
    double x;
    while (s >> x) v.push_back(x);
    rows.push_back(v);
  }
  const std::vector<double> q = rows.front();
  rows.erase(rows.begin());
  const int newton = std::atoi(argv[3]);
  double probs[3][3];
  double sink = 0;
  // NuFast takes E in GeV; vfit's inputs are MeV.
  auto pass = [&]() {
    for (const auto &r : rows) {
      Probability_Matter_LBL(q[0], q[1], q[2], q[3], q[4], q[5], r[1], r[0] * 1e-3, r[2], r[3],
                             newton, &probs);
      sink += probs[1][0];
    }
  };
  using clock = std::chrono::steady_clock;
  auto warm = clock::now();
  while (std::chrono::duration<double>(clock::now() - warm).count() < 1.0) pass();
  long reps = 0;
  auto t0 = clock::now();
  double seconds;
  do {
    pass();
    reps++;
    seconds = std::chrono::duration<double>(clock::now() - t0).count();
  } while (seconds < 1.0);
  std::printf("time_ns all-nine %.6g\n", seconds * 1e9 / reps / rows.size());
  FILE *out = std::fopen(argv[2], "w");
  for (const auto &r : rows) {
    Probability_Matter_LBL(q[0], q[1], q[2], q[3], q[4], q[5], r[1], r[0] * 1e-3, r[2], r[3],
                           newton, &probs);
    // probs[alpha][beta] = P(alpha -> beta) (NuFast's [1][0] is mu -> e), as vfit writes them
    for (int a = 0; a < 3; a++)
      for (int b = 0; b < 3; b++) std::fprintf(out, "%.17g ", probs[a][b]);
    std::fprintf(out, "\n");
  }
  std::fclose(out);
  return sink == 42 ? 1 : 0;
}
