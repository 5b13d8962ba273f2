#include "routine/points_view.hpp"

#include "util/json.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace knead::routine {
namespace {

bool contains_ignoring_case(std::string_view haystack, std::string_view needle) {
  const auto found = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                                 [](char a, char b) {
                                   return std::tolower(static_cast<unsigned char>(a)) ==
                                          std::tolower(static_cast<unsigned char>(b));
                                 });
  return found != haystack.end();
}

bool matches(const Point &point, std::string_view query) {
  for (const auto field :
       {point.code, point.name, point.english, point.article_name, point.region, point.where}) {
    if (contains_ignoring_case(field, query)) {
      return true;
    }
  }
  return false;
}

} // namespace

std::vector<const Point *> search_points(std::string_view query) {
  if (const auto *exact = find_point(query); exact != nullptr) {
    return {exact};
  }
  std::vector<const Point *> found;
  for (const auto &point : point_catalog()) {
    if (query.empty() || matches(point, query)) {
      found.push_back(&point);
    }
  }
  return found;
}

// The catalog is the program's own data: its text is trusted.
Text format_points(const std::vector<const Point *> &points) {
  Text out;
  for (const auto *point : points) {
    if (!out.empty()) {
      out += "\n";
    }
    out += Text::format("{:<5} {}, \"{}\" ({})\n", point->code, point->name, point->english,
                        point->region);
    out += Text::format("      where:     {}\n", point->where);
    out += Text::format("      for:       {}\n", point->back_pain);
    if (!point->article_name.empty()) {
      out += Text::format("      article:   {}{}\n", point->article_name,
                          point->closest_standard_point ? " (closest standard point)" : "");
    }
    out += Text::format("      pregnancy: {}\n", point->pregnancy.empty()
                                                     ? std::string_view("no caution found")
                                                     : point->pregnancy);
    if (!point->cautions.empty()) {
      out += Text::format("      caution:   {}\n", point->cautions);
    }
    out += Text::format("      sources:   {}\n", point->sources);
  }
  return out;
}

std::string points_json(const std::vector<const Point *> &points) {
  std::vector<std::string> items;
  for (const auto *point : points) {
    json::Object object;
    object.add("code", point->code)
        .add("name", point->name)
        .add("english", point->english)
        .add("article_name", point->article_name)
        .add("region", point->region)
        .add("where", point->where)
        .add("back_pain", point->back_pain)
        .add("closest_standard_point", point->closest_standard_point)
        .add("avoid_in_pregnancy", point->avoid_in_pregnancy)
        .add("pregnancy", point->pregnancy)
        .add("cautions", point->cautions)
        .add("sources", point->sources);
    items.push_back(object.str());
  }
  return json::array(items) + "\n";
}

} // namespace knead::routine
