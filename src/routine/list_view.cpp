#include "routine/list_view.hpp"

#include "routine/duration.hpp"
#include "routine/timing.hpp"
#include "util/json.hpp"
#include "util/sanitize.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace knead::routine {
namespace {

std::string shadow_words(const std::string &path) {
  constexpr std::string_view k_builtin = "builtin:";
  if (path.rfind(k_builtin, 0) == 0) {
    return "shadows the built-in " + path.substr(k_builtin.size());
  }
  return "shadows " + path;
}

} // namespace

std::vector<ListedRoutine> list_routines(const Library &library) {
  std::vector<ListedRoutine> listed;
  for (auto &found : library.find_all()) {
    auto result = library.load_found(found);
    listed.push_back({std::move(found), std::move(result.routine)});
  }
  return listed;
}

std::string format_routine_list(const std::vector<ListedRoutine> &routines) {
  std::size_t id_width = 2;
  for (const auto &entry : routines) {
    id_width = std::max(id_width, utf8::width(sanitize_for_terminal(entry.found.id)));
  }
  std::string out = fmt::format("{}  {:>7}  {:<8}  {}\n", utf8::pad_right("id", id_width), "total",
                                "from", "title");
  const std::string indent(id_width + 2, ' ');
  for (const auto &entry : routines) {
    const auto id = utf8::pad_right(sanitize_for_terminal(entry.found.id), id_width);
    const char *origin = to_string(entry.found.origin);
    if (entry.routine) {
      out +=
          fmt::format("{}  {:>7}  {:<8}  {}\n", id, format_clock(routine_duration(*entry.routine)),
                      origin, sanitize_for_terminal(entry.routine->title));
    } else {
      out += fmt::format("{}  {:>7}  {:<8}  does not load: run 'knead check {}'\n", id, "-", origin,
                         sanitize_for_terminal(entry.found.path));
    }
    for (const auto &shadowed : entry.found.shadows) {
      out += indent + sanitize_for_terminal(shadow_words(shadowed)) + "\n";
    }
  }
  return out;
}

std::string routine_list_json(const std::vector<ListedRoutine> &routines) {
  std::vector<std::string> items;
  for (const auto &entry : routines) {
    json::Object object;
    object.add("id", entry.found.id);
    if (entry.routine) {
      object.add("title", entry.routine->title)
          .add("total_s", routine_duration(*entry.routine).count());
    } else {
      object.add_null("title").add_null("total_s");
    }
    object.add("origin", to_string(entry.found.origin))
        .add("path", entry.found.path)
        .add_raw("shadows", json::string_array(entry.found.shadows))
        .add("ok", entry.routine.has_value());
    items.push_back(object.str());
  }
  return json::array(items) + "\n";
}

} // namespace knead::routine
