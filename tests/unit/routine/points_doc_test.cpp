// docs/points.md lists every point of the catalog. Its lower part is the catalog
// itself, written out here: when a point changes and the page does not, this test
// fails and prints the text the page should have.
#include "routine/points.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <fstream>
#include <sstream>
#include <string>

using namespace knead::routine;

namespace {

constexpr std::string_view k_marker = "<!-- generated from the point catalog";

std::string catalog_markdown() {
  std::string out;
  for (const auto &point : point_catalog()) {
    out += fmt::format("\n## {} {}, \"{}\"\n\n", point.code, point.name, point.english);
    out += fmt::format("- **Region:** `{}`\n", point.region);
    out += fmt::format("- **Where:** {}\n", point.where);
    out += fmt::format("- **For back pain:** {}\n", point.back_pain);
    if (!point.article_name.empty()) {
      out += fmt::format("- **In the article:** {}{}\n", point.article_name,
                         point.closest_standard_point ? " (the closest standard point)" : "");
    }
    out += fmt::format("- **Pregnancy:** {}\n",
                       point.pregnancy.empty() ? "no caution found" : point.pregnancy);
    if (!point.cautions.empty()) {
      out += fmt::format("- **Caution:** {}\n", point.cautions);
    }
    out += fmt::format("- **Sources:** {}\n", point.sources);
  }
  return out;
}

std::string read_file(const std::string &path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace

TEST_CASE("docs/points.md lists the catalog as it is") {
  const auto page = read_file(std::string(KNEAD_SOURCE_DIR) + "/docs/points.md");
  const auto marker = page.find(k_marker);
  REQUIRE(marker != std::string::npos);
  const auto generated = page.find('\n', marker);
  REQUIRE(generated != std::string::npos);
  // On a failure, the expected text is what belongs below the marker line.
  CHECK(page.substr(generated + 1) == catalog_markdown());
}
