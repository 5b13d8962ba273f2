#include "routine/diagnostic_view.hpp"
#include "routine/loader.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace knead;
using namespace knead::routine;

namespace {

std::string read_file(const std::filesystem::path &path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace

// tests/data/check/README.md: each NAME.toml there and exactly what knead check says.
TEST_CASE("every common mistake in tests/data/check gets exactly its diagnostics") {
  const std::filesystem::path folder = std::filesystem::path(KNEAD_SOURCE_DIR) / "tests/data/check";
  std::vector<std::filesystem::path> cases;
  for (const auto &entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() == ".toml") {
      cases.push_back(entry.path());
    }
  }
  std::sort(cases.begin(), cases.end());
  CHECK(cases.size() >= 30);
  for (const auto &path : cases) {
    const auto name = path.filename().string();
    CAPTURE(name);
    const auto text = read_file(path);
    const auto result = parse_routine(text, name, path.stem().string());
    CHECK_FALSE(result.ok());
    const auto expected = read_file(std::filesystem::path(path).replace_extension(".expected"));
    CHECK(render_diagnostics(result.diagnostics, result.text, name, Charset::utf8).plain().utf8() ==
          expected);
  }
}
