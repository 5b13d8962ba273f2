#include "cli/app.hpp"

int main(int argc, char **argv) {
  return knead::cli::run_app(argc, argv);
}
