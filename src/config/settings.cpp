#include "config/settings.hpp"

#include "util/xdg.hpp"

namespace knead::config {

const char *to_string(Origin origin) {
  switch (origin) {
  case Origin::builtin:
    return "default";
  case Origin::file:
    return "file";
  case Origin::flag:
    return "flag";
  }
  return "default";
}

std::filesystem::path default_config_path() {
  return xdg::config_dir() / "config.toml";
}

} // namespace knead::config
