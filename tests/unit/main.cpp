// The unit tests' main: the sandbox first (unit/sandbox.hpp), then doctest. ccache's
// unittest/main.cpp is the model.
#define DOCTEST_CONFIG_IMPLEMENT
#include "unit/sandbox.hpp"

#include <doctest/doctest.h>

int main(int argc, char **argv) {
  const knead::test::Sandbox sandbox;
  doctest::Context context;
  context.applyCommandLine(argc, argv);
  return context.run();
}
