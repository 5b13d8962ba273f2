#include "routine/name.hpp"

#include <filesystem>

namespace knead::routine {

bool is_routine_path(std::string_view name) {
  return name.find('/') != std::string_view::npos || name.ends_with(".toml");
}

std::string routine_id_of(std::string_view name) {
  if (!is_routine_path(name)) {
    return std::string(name);
  }
  return std::filesystem::path(name).stem().string();
}

} // namespace knead::routine
