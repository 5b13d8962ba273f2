#include "cli/library.hpp"

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
  return {routine::builtin_routine_texts(), folders,
          [&out](const std::string &warning) { out.warning(Text(Untrusted(warning))); }};
}

fs::path user_routine_path(std::string_view id) {
  return xdg::user_routines_dir() / (std::string(id) + ".toml");
}

} // namespace knead::cli
