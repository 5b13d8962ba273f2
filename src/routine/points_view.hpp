#pragma once

#include "routine/points.hpp"
#include "util/text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace knead::routine {

// The points `knead points QUERY` shows: the one whose code is `query` (ignoring
// case), otherwise every point whose code, names, region or location contains it
// (ignoring case); every point for an empty query.
std::vector<const Point *> search_points(std::string_view query);

// Each point as a short block of text: code and names, where, what for, pregnancy
// and other cautions, and where the facts come from.
Text format_points(const std::vector<const Point *> &points);

// The points as JSON: [{code, name, english, article_name, region, where, back_pain,
// closest_standard_point, avoid_in_pregnancy, pregnancy, cautions, sources}].
std::string points_json(const std::vector<const Point *> &points);

} // namespace knead::routine
