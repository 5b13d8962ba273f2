#include "cli/library.hpp"

#include "config/loader.hpp"
#include "knead_version.hpp"
#include "routine/builtin.hpp"
#include "util/error.hpp"
#include "util/xdg.hpp"

#include <string>

namespace knead::cli {

namespace fs = std::filesystem;

routine::Library make_library(Output &out) {
  routine::LibraryFolders folders;
  folders.install = fs::path(KNEAD_INSTALL_DATADIR) / "knead" / "routines";
  for (const auto &dir : xdg::data_dirs()) {
    folders.data.push_back(dir / "knead" / "routines");
  }
  try {
    folders.user = xdg::user_routines_dir();
  } catch (const Error &) {
    // Neither XDG_CONFIG_HOME nor HOME: there is no user folder to search.
  }
  // The warning names a folder: untrusted.
  routine::Library library{
      routine::builtin_routine_texts(), folders,
      [&out](const std::string &warning) { out.warning(Text(Untrusted(warning))); }};
  library.set_default_ready(configured_ready());
  return library;
}

std::chrono::seconds configured_ready() {
  try {
    const auto loaded = config::load_config_file(config::default_config_path());
    if (loaded.ok()) {
      return loaded.settings.ready.value;
    }
  } catch (const Error &) {
    // Neither XDG_CONFIG_HOME nor HOME: no file, the default.
  }
  return routine::k_default_ready;
}

fs::path user_routine_path(std::string_view id) {
  return xdg::user_routines_dir() / (std::string(id) + ".toml");
}

} // namespace knead::cli
