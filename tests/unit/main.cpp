// The unit tests' main: the sandbox first (unit/sandbox.hpp), then doctest. ccache's
// unittest/main.cpp is the model.
#define DOCTEST_CONFIG_IMPLEMENT
#include "unit/sandbox.hpp"
#include "unit/snapshot.hpp"

#include <doctest/doctest.h>

#include <cstdlib>

int main(int argc, char **argv) {
  // Read before the sandbox unsets every KNEAD_ variable.
  knead::test::set_updating_snapshots(std::getenv("KNEAD_UPDATE_SNAPSHOTS") != nullptr);
  const knead::test::Sandbox sandbox;
  doctest::Context context;
  context.applyCommandLine(argc, argv);
  return context.run();
}
