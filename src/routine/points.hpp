#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace knead::routine {

// A point from the source articles or the pregnancy lists. Locations follow the WHO
// standard (2008); a B-cun is about the width of the thumb at its knuckle. Every
// point, with its sources, is listed in docs/points.md, which a test keeps in step.
struct Point {
  std::string_view code;         // "BL40"
  std::string_view name;         // standard name: "Weizhong"
  std::string_view english;      // common English name: "Commanding Middle"
  std::string_view article_name; // what the source articles call it, or empty
  std::string_view region;       // a known region id (routine/regions.hpp)
  std::string_view where;        // location in words; steps naming the point inherit it
  std::string_view back_pain;    // what it is used for in back pain
  // True where the article's description only roughly fits this standard point and
  // the catalog chose the closest one (the article's foot and hand points).
  bool closest_standard_point = false;
  // True when any pregnancy list says avoid, conservative lists included.
  bool avoid_in_pregnancy = false;
  std::string_view pregnancy; // which lists say so, in words; empty when none
  std::string_view cautions;  // other cautions in words, or empty
  std::string_view sources;   // where the location, the names and the cautions come from
};

// Every point in the catalog, ordered as the source articles walk the body.
std::span<const Point> point_catalog();

// Every point's code, in catalog order, for did-you-mean hints.
std::vector<std::string_view> point_codes();

// The point with this code, ignoring case ("bl40" finds BL40), or nullptr.
const Point *find_point(std::string_view code);

} // namespace knead::routine
