#include "routine/list_view.hpp"

#include "routine/duration.hpp"
#include "routine/timing.hpp"
#include "util/json.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace knead::routine {
namespace {

Text shadow_words(const std::string &path) {
  constexpr std::string_view k_builtin = "builtin:";
  if (path.rfind(k_builtin, 0) == 0) {
    return "shadows the built-in " + Text(Untrusted(path.substr(k_builtin.size())));
  }
  return "shadows " + Text(Untrusted(path));
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

Text format_routine_list(const std::vector<ListedRoutine> &routines, Charset charset) {
  // The ids as the terminal shows them, so that the columns line up there.
  std::vector<Text> ids;
  std::size_t id_width = 2;
  for (const auto &entry : routines) {
    ids.push_back(Text(Untrusted(entry.found.id)).in(charset));
    id_width = std::max(id_width, ids.back().width());
  }
  Text out = Text::format("{}  {:>7}  {:<8}  {}\n", Text("id").padded_right(id_width), "total",
                          "from", "title");
  const auto indent = Text().padded_right(id_width + 2);
  for (std::size_t i = 0; i < routines.size(); ++i) {
    const auto &entry = routines[i];
    const auto id = ids[i].padded_right(id_width);
    const char *origin = to_string(entry.found.origin);
    if (entry.routine) {
      out += Text::format("{}  {:>7}  {:<8}  {}\n", id,
                          Text::trusted(format_clock(routine_duration(*entry.routine))), origin,
                          Untrusted(entry.routine->title));
    } else {
      out += Text::format("{}  {:>7}  {:<8}  does not load: run 'knead check {}'\n", id, "-",
                          origin, Untrusted(entry.found.path));
    }
    for (const auto &shadowed : entry.found.shadows) {
      out += indent + shadow_words(shadowed) + "\n";
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
